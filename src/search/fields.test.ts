import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { FIELDS, posting, postingField, postingRecord, recordFields } from './fields.ts';
import { foldWord } from './fold.ts';

describe('FIELDS', () => {
  it('packs a record and any field into one posting and back', () => {
    FIELDS.forEach((_, field) => {
      for (const record of [0, 1, 9_999, 250_000]) {
        const p = posting(record, field);
        assert.deepEqual([postingRecord(p), postingField(p)], [record, field]);
      }
    });
  });

  it('folds a record field by field, in table order, each name word once', () => {
    const fields = recordFields({
      kind: 'claim',
      id: 'c',
      url: '/claims/c/',
      title: 'Musayev on Trump',
      text: 'Musayev said so.',
      aliases: ['Alnur Mussayev'],
      names: ['Alnur Musayev', 'Espreso TV'],
    });
    const musaev = foldWord('Musayev');
    assert.deepEqual(Object.fromEntries(FIELDS.map((f, n) => [f.name, fields[n]])), {
      title: [musaev, 'on', 'trump'],
      aliases: ['alnur'],
      names: ['espreso', 'tv'],
      text: [musaev, 'said', 'so'],
    });
  });
});
