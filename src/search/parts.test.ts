import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { searchIndexFiles } from './build/index-files.ts';
import { IndexParts } from './parts.ts';
import type { ManifestWire, SearchRecord } from './wire.ts';

const records: SearchRecord[] = Array.from({ length: 20 }, (_, n) => ({
  kind: 'claim',
  id: `c${n}`,
  url: `/claims/c${n}/`,
  title: `Claim number${n}`,
  text: '',
  aliases: [],
  names: [],
}));
const files = searchIndexFiles(records);
const manifest = JSON.parse(files.get('manifest.json') ?? '') as ManifestWire;

/** A loader over `files` that notes every path asked for, failing the first `failures` loads. */
function loader(failures = 0) {
  const asked: string[] = [];
  const load = async (path: string) => {
    asked.push(path);
    if (failures-- > 0) throw new Error('offline');
    return JSON.parse(files.get(`${manifest.h}/${path}`) ?? 'null') as unknown;
  };
  return { asked, load };
}

describe('IndexParts', () => {
  it('fetches only the parts asked for, each once, even when asked twice at the same time', async () => {
    const { asked, load } = loader();
    const parts = new IndexParts(manifest, load);
    await Promise.all([parts.loadRecords([0, 1]), parts.loadRecords([1]), parts.loadPostings([0]), parts.loadPostings([0])]);
    assert.deepEqual(asked.sort(), ['p0.json', 'r0.json']);
    assert.equal(parts.record(1)?.id, 'c1');
    assert.equal(parts.record(19), undefined);
    await parts.loadRecords([19]);
    assert.equal(parts.record(19)?.url, '/claims/c19/');
    assert.equal(asked.length, 3);
  });

  it('tries a part again after a failed fetch', async () => {
    const { asked, load } = loader(1);
    const parts = new IndexParts(manifest, load);
    await assert.rejects(parts.loadRecords([0]), /offline/);
    await parts.loadRecords([0]);
    assert.equal(parts.record(0)?.id, 'c0');
    assert.deepEqual(asked, ['r0.json', 'r0.json']);
  });

  it('refuses a postings part that does not match the manifest', async () => {
    const parts = new IndexParts(manifest, async () => [[0, 1]]);
    await assert.rejects(parts.loadPostings([0]), /does not match the manifest/);
  });
});
