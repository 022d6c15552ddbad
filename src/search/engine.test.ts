import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createSearchEngine } from './build/in-memory.ts';
import { searchIndexFiles } from './build/index-files.ts';
import { openSearchEngine, queryTerms } from './engine.ts';
import { markRuns } from './hits.ts';
import type { ManifestWire, SearchRecord } from './wire.ts';

const record = (kind: SearchRecord['kind'], id: string, title: string, extra: Partial<SearchRecord> = {}): SearchRecord => ({
  kind,
  id,
  url: `/${kind}/${id}/`,
  title,
  text: '',
  aliases: [],
  names: [],
  ...extra,
});

const musayevNames = ['Alnur Musayev', 'Alnur Mussayev', 'Мусаев'];
const records: SearchRecord[] = [
  record('person', 'alnur-musayev', 'Alnur Musayev', { text: 'Former head of the KNB', aliases: ['Alnur Mussayev', 'Мусаев'] }),
  record('person', 'konstantin-malofeyev', 'Konstantin Malofeyev', { text: 'Russian businessman', aliases: ['Malofeev'] }),
  record('person', 'volodymyr-zelensky', 'Volodymyr Zelensky', { aliases: ['Zelenskyy'] }),
  record('outlet', 'rt', 'RT', { text: 'Russia. State-funded broadcaster.', aliases: ['Russia Today'] }),
  record('event', 'kyiv-strike', 'Missile strike on Kyiv', { text: 'A strike on the capital.' }),
  record('claim', 'musayev-trump-contact', 'Trump is in close contact with Russian political circles.', {
    text: 'No public evidence.',
    names: musayevNames,
    verdict: 'unsupported',
  }),
  record('claim', 'musayev-spheres', 'A deal on spheres of influence is possible.', {
    text: 'Speculative.',
    names: musayevNames,
    verdict: 'not-rated',
  }),
  record('claim', 'malofeyev-reject', 'Putin will likely reject a Trump deal.', {
    text: 'A prediction.',
    names: ['Konstantin Malofeyev', 'Malofeev'],
    verdict: 'not-rated',
  }),
  record('claim', 'spheres-europe', 'Europe is divided into spheres of influence.', { text: 'False.', verdict: 'false' }),
];
const engine = createSearchEngine(records);
const ids = async (q: string, limit = 10) => (await engine.search(q, limit)).hits.map((h) => h.record.id);

describe('search: names and their spellings', () => {
  for (const q of ['Musayev', 'Mussayev', 'Мусаев', 'musayev', 'Alnur Mussayev']) {
    it(`"${q}" finds the person first, then their claims`, async () => {
      const found = await ids(q);
      assert.equal(found[0], 'alnur-musayev');
      assert.ok(found.includes('musayev-trump-contact') && found.includes('musayev-spheres'), found.join());
    });
  }
  it('folds transliterations that are not listed as aliases', async () => {
    assert.equal((await ids('Malofeev'))[0], 'konstantin-malofeyev');
    assert.equal((await ids('Zelenskiy'))[0], 'volodymyr-zelensky');
    assert.equal((await ids('Kiev'))[0], 'kyiv-strike');
  });
  it('finds an outlet by an alias', async () => assert.equal((await ids('Russia Today'))[0], 'rt'));
});

describe('search: typos and typing', () => {
  it('survives one or two wrong letters', async () => {
    assert.equal((await ids('Musayve'))[0], 'alnur-musayev');
    assert.equal((await ids('Malofyeev'))[0], 'konstantin-malofeyev');
    assert.equal((await ids('Mlaofeve'))[0], 'konstantin-malofeyev');
  });
  it('finds a word from its first letters while it is being typed', async () => {
    assert.equal((await ids('Malof'))[0], 'konstantin-malofeyev');
    assert.equal((await ids('Musay'))[0], 'alnur-musayev');
    assert.deepEqual(await ids('Malof '), [], 'a finished word is not a prefix');
  });
});

describe('search: ranking', () => {
  it('puts records with every word of the query first', async () => {
    assert.equal((await ids('Mussayev spheres'))[0], 'musayev-spheres');
    assert.equal((await ids('spheres Mussayev'))[0], 'musayev-spheres');
  });
  it('ignores stop words when the query has other words', async () => {
    assert.deepEqual(await ids('the spheres of influence'), await ids('spheres influence'));
  });
  it('returns nothing for an empty or one-letter query', async () => {
    assert.deepEqual(await engine.search('', 10), { query: '', hits: [], total: 0 });
    assert.deepEqual(await ids('m'), []);
  });
  it('honours the limit and reports how many records matched', async () => {
    const res = await engine.search('spheres', 1);
    assert.equal(res.hits.length, 1);
    assert.equal(res.total, 2);
  });
});

describe('search: results to show', () => {
  it('marks the matching words in the title, whatever their spelling', async () => {
    const [hit] = (await engine.search('Mussayev', 1)).hits;
    assert.deepEqual(hit?.title, ['Alnur ', 'Musayev', '']);
  });
  it('says which name matched when the title and snippet do not show it', async () => {
    const hit = (await engine.search('Mussayev', 10)).hits.find((h) => h.record.id === 'musayev-trump-contact');
    assert.deepEqual(hit?.via, ['Alnur ', 'Musayev', '']);
    assert.equal(hit?.record.verdict, 'unsupported');
  });
});

describe('queryTerms', () => {
  it('folds, dedupes and notes whether the last word is still being typed', () => {
    assert.deepEqual(queryTerms('Kiev kyiv Mussa'), { terms: ['kyiv', 'musa'], lastIsPrefix: true });
    assert.deepEqual(queryTerms('Mussayev '), { terms: ['musaev'], lastIsPrefix: false });
  });
});

describe('markRuns', () => {
  it('splits text into plain and marked runs', () => {
    assert.deepEqual(markRuns('Putin and Trump', new Set(['trump'])), ['Putin and ', 'Trump', '']);
    assert.deepEqual(markRuns('Nothing here', new Set(['trump'])), ['Nothing here']);
  });
});

describe('search: what it fetches', () => {
  it('fetches the records it shows, not the others', async () => {
    const files = searchIndexFiles(records);
    const manifest = JSON.parse(files.get('manifest.json') ?? '') as ManifestWire;
    const asked: string[] = [];
    const lazy = openSearchEngine(manifest, async (path) => {
      asked.push(path);
      return JSON.parse(files.get(`${manifest.h}/${path}`) ?? 'null') as unknown;
    });
    const [hit] = (await lazy.search('Malofeev', 1)).hits;
    assert.equal(hit?.record.id, 'konstantin-malofeyev');
    assert.ok(records.length > manifest.c, 'the records fill more than one part');
    assert.deepEqual(
      asked.filter((p) => p.startsWith('r')),
      [`r${Math.floor((hit?.ref ?? 0) / manifest.c)}.json`],
    );
  });
});
