import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { SearchDocument } from './document.ts';
import { searchRecords } from './records.ts';

const docs: SearchDocument[] = [
  { kind: 'person', id: 'alnur-musayev', title: 'Alnur Musayev', text: 'Former KNB head', aliases: ['Mussayev', 'Мусаев'], refs: [] },
  { kind: 'outlet', id: 'espreso-tv', title: 'Espreso TV', text: 'Ukraine.', aliases: [], refs: ['outlets/espreso-tv'] },
  {
    kind: 'claim',
    id: 'c1',
    title: 'Trump is in close contact.',
    text: 'No evidence.',
    aliases: [],
    refs: ['people/alnur-musayev', 'outlets/espreso-tv', 'people/missing', 'people/alnur-musayev'],
    verdict: 'unsupported',
  },
];

describe('searchRecords', () => {
  const [person, outlet, claim] = searchRecords(docs);

  it('gives each record its URL, and a verdict only to claims', () => {
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
  });

  it('resolves references into the names and aliases of the entries, once each, dropping unknown ones', () => {
    assert.deepEqual(claim?.names, ['Alnur Musayev', 'Mussayev', 'Мусаев', 'Espreso TV']);
  });

  it('ignores a reference of an entry to itself', () => assert.deepEqual(outlet?.names, []));
});
