import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { schemaFieldNames } from './schema-fields.ts';

describe('schema field names', () => {
  it('lists top-level and nested fields of every collection', () => {
    const names = schemaFieldNames();
    for (const n of ['claim', 'urlNote', 'legalNotices', 'anchoredInText', 'originalTitle', 'reasoning', 'archiveUrl', 'evidenceGap', 'stateAffiliation', 'aliases']) {
      assert.ok(names.has(n), n);
    }
  });
});
