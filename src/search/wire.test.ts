import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { SearchDocument } from './build/document.ts';
import { decodeSearchIndex, encodeSearchIndex, type SearchIndexWire } from './wire.ts';

const docs: SearchDocument[] = [
  { kind: 'person', id: 'alnur-musayev', title: 'Alnur Musayev', text: 'Former KNB head', aliases: ['Mussayev', 'Мусаев'], refs: [] },
  { kind: 'outlet', id: 'espreso-tv', title: 'Espreso TV', text: 'Ukraine.', aliases: [], refs: [] },
  {
    kind: 'claim',
    id: 'c1',
    title: 'Trump is in close contact.',
    text: 'No evidence.',
    aliases: [],
    refs: ['people/alnur-musayev', 'outlets/espreso-tv', 'people/missing'],
    verdict: 'unsupported',
  },
];

describe('search index wire format', () => {
  const wire = encodeSearchIndex(docs);

  it('stores kinds and verdicts as one character per record, aliases and references sparsely', () => {
    assert.equal(wire.k, '014');
    assert.equal(wire.d, '--5');
    assert.deepEqual(wire.a, [[0, 'Mussayev', 'Мусаев']]);
    assert.deepEqual(wire.r, [[2, 0, 1]]);
  });

  it('decodes into records with URLs, verdicts, and the names of referenced entries', () => {
    const [person, outlet, claim] = decodeSearchIndex(JSON.parse(JSON.stringify(wire)) as SearchIndexWire);
    assert.deepEqual(person, {
      kind: 'person',
      id: 'alnur-musayev',
      url: '/people/alnur-musayev/',
      title: 'Alnur Musayev',
      text: 'Former KNB head',
      aliases: ['Mussayev', 'Мусаев'],
      names: [],
    });
    assert.equal(outlet?.verdict, undefined);
    assert.equal(claim?.verdict, 'unsupported');
    assert.deepEqual(claim?.names, ['Alnur Musayev', 'Mussayev', 'Мусаев', 'Espreso TV']);
  });

  it('refuses an index of another version', () => {
    assert.throws(() => decodeSearchIndex({ ...wire, v: 2 } as unknown as SearchIndexWire), /version 2/);
  });
});
