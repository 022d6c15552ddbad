import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  checkVersion,
  decodeRecord,
  decodeVocabulary,
  encodeRecord,
  encodeVocabulary,
  INDEX_VERSION,
  type ManifestWire,
  type SearchRecord,
} from './wire.ts';

describe('search index wire format', () => {
  it('front-codes the sorted vocabulary: one digit for the shared prefix, then the rest', () => {
    const words = ['musa', 'musaev', 'musaeva', 'putin', 'tokaev'];
    assert.equal(encodeVocabulary(words), '0musa\n4ev\n6a\n0putin\n0tokaev');
    assert.deepEqual(decodeVocabulary(encodeVocabulary(words)), words);
    assert.deepEqual(decodeVocabulary(''), []);
  });

  it('keeps long shared prefixes to what one digit can say', () => {
    const long = 'a'.repeat(40);
    const words = [long, `${long}b`];
    assert.deepEqual(decodeVocabulary(encodeVocabulary(words)), words);
  });

  it('stores a record as a short tuple, kind and verdict as numbers, and restores its URL', () => {
    const claim: SearchRecord = {
      kind: 'claim',
      id: 'c1',
      url: '/claims/c1/',
      title: 'Trump is in close contact.',
      text: 'No evidence.',
      aliases: [],
      names: ['Alnur Musayev', 'Мусаев'],
      verdict: 'unsupported',
    };
    assert.deepEqual(encodeRecord(claim), [4, 'c1', 'Trump is in close contact.', 'No evidence.', 5, [], ['Alnur Musayev', 'Мусаев']]);
    assert.deepEqual(decodeRecord(JSON.parse(JSON.stringify(encodeRecord(claim)))), claim);
    const person = decodeRecord([0, 'alnur-musayev', 'Alnur Musayev', '', -1, ['Mussayev'], []]);
    assert.equal(person.url, '/people/alnur-musayev/');
    assert.equal('verdict' in person, false);
  });

  it('refuses an index of another version', () => {
    const manifest: ManifestWire = { v: INDEX_VERSION, h: 'x', n: 0, c: 1, w: '', d: [], p: [] };
    assert.doesNotThrow(() => checkVersion(manifest));
    assert.throws(() => checkVersion({ ...manifest, v: 1 }), /version 1/);
  });
});
