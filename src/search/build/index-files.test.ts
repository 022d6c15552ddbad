import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { postingField, postingRecord, recordFields } from '../fields.ts';
import { IndexParts } from '../parts.ts';
import { buildVocabulary } from '../vocabulary.ts';
import { decodeVocabulary, type ManifestWire, type SearchRecord } from '../wire.ts';
import { POSTINGS_PART_CHARS, RECORDS_PER_PART, searchIndexFiles } from './index-files.ts';

const record = (n: number, title: string, text = ''): SearchRecord => ({
  kind: 'claim',
  id: `c${n}`,
  url: `/claims/c${n}/`,
  title,
  text,
  aliases: [],
  names: n % 3 === 0 ? ['Alnur Musayev', 'Mussayev'] : [],
});
// Enough words that the postings need several parts, and a frequent word with a long postings list.
const records = Array.from({ length: 60 }, (_, n) =>
  record(n, `Claim ${n} about spheres of influence word${n} and token${n % 7}`, `Snippet ${n} mentions Kyiv and Ukraine`),
);
const files = searchIndexFiles(records);
const manifest = JSON.parse(files.get('manifest.json') ?? '') as ManifestWire;
const load = async (path: string) => JSON.parse(files.get(`${manifest.h}/${path}`) ?? 'null') as unknown;

describe('searchIndexFiles', () => {
  it('puts the whole vocabulary in the manifest, sorted, with document frequencies', () => {
    const built = buildVocabulary(records.map((r) => recordFields(r)));
    const words = decodeVocabulary(manifest.w);
    assert.deepEqual(words, [...built.words].sort());
    assert.equal(manifest.d[words.indexOf('spheres')], 60);
    assert.equal(manifest.d[words.indexOf('word7')], 1);
    assert.equal(manifest.n, 60);
  });

  it('cuts postings into parts near the target size and records into parts of a few records', () => {
    const postings = [...files.keys()].filter((p) => /\/p\d+\.json$/.test(p));
    const recordParts = [...files.keys()].filter((p) => /\/r\d+\.json$/.test(p));
    assert.ok(postings.length > 1, `${postings.length} postings parts`);
    assert.equal(postings.length, manifest.p.length);
    for (const path of postings) {
      const part = JSON.parse(files.get(path) ?? '[]') as unknown[];
      assert.ok(part.length === 1 || (files.get(path)?.length ?? 0) <= POSTINGS_PART_CHARS + 2, path);
    }
    assert.equal(recordParts.length, Math.ceil(60 / RECORDS_PER_PART));
  });

  it('keeps every posting with its field and field length, so the parts restore the vocabulary', async () => {
    const built = buildVocabulary(records.map((r) => recordFields(r)));
    const words = decodeVocabulary(manifest.w);
    const parts = new IndexParts(manifest, load);
    await parts.loadPostings(words.map((_, n) => n));
    words.forEach((word, position) => {
      const expected = built.postings[built.ids.get(word) ?? -1] ?? [];
      const loaded = parts.postings(position);
      assert.deepEqual([...(loaded?.postings ?? [])], [...expected], word);
      const lengths = [...expected].map((p) => recordFields(records[postingRecord(p)] as SearchRecord)[postingField(p)]?.length);
      assert.deepEqual([...(loaded?.lengths ?? [])], lengths, word);
    });
  });

  it('puts the parts under a hash of their content', () => {
    const again = searchIndexFiles(records);
    const changed = searchIndexFiles([...records.slice(1), record(99, 'A new claim')]);
    const hash = (f: Map<string, string>) => (JSON.parse(f.get('manifest.json') ?? '') as ManifestWire).h;
    assert.equal(hash(again), manifest.h);
    assert.notEqual(hash(changed), manifest.h);
    assert.ok([...files.keys()].every((p) => p === 'manifest.json' || p.startsWith(`${manifest.h}/`)));
  });
});

describe('searchIndexFiles per edition', () => {
  it('names the edition in the manifest, so records decode to that edition’s pages', async () => {
    const { decodeRecord, encodeRecord } = await import('../wire.ts');
    const record = { kind: 'person' as const, id: 'p', url: '/people/p/', title: 'П', text: '', aliases: [], names: [] };
    const manifest = JSON.parse(searchIndexFiles([record], 'uk').get('manifest.json')!) as { l?: string };
    assert.equal(manifest.l, 'uk');
    assert.equal(JSON.parse(searchIndexFiles([record]).get('manifest.json')!).l, undefined);
    assert.equal(decodeRecord(encodeRecord(record), 'uk').url, '/uk/people/p/');
    assert.equal(decodeRecord(encodeRecord(record)).url, '/people/p/');
  });
});
