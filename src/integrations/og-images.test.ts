/**
 * The og-images integration's two halves on a real renderer: drawing only
 * what the cache lacks (in worker threads), and putting every image at its
 * public path as a hard link to the cached file.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { OgOutput } from '../lib/outputs/og-cards.ts';
import { drawMissing, pruneCache, publish } from './og-images.ts';

const outputs: OgOutput[] = [
  { path: 'og/site.png', card: { title: 'The site', footer: 'Strapline' } },
  { path: 'og/claims/a.png', card: { title: 'Claim A', verdict: 'false', subtitle: 'No.', footer: 'Claim by X · checked 2025' } },
  { path: 'og/claims/b.png', card: { title: 'Claim B', verdict: 'accurate', subtitle: 'Yes.', footer: 'Claim by Y · checked 2025' } },
];

describe('og-images integration', () => {
  const cache = mkdtempSync(join(tmpdir(), 'og-cache-'));

  it('draws each missing card once, on two threads, and nothing when the cache has them all', async () => {
    const first = await drawMissing(outputs, cache, 2);
    assert.equal(first.drew, 3);
    assert.equal(first.threads, 1, 'three cards do not justify a second thread');
    assert.equal(readdirSync(cache).filter((f) => f.endsWith('.png')).length, 3);
    const again = await drawMissing(outputs, cache, 2);
    assert.equal(again.drew, 0);
    const changed = await drawMissing(
      [...outputs.slice(0, 2), { path: 'og/claims/b.png', card: { ...outputs[2]!.card, verdict: 'misleading' } }],
      cache,
      2,
    );
    assert.equal(changed.drew, 1, 'only the changed card is drawn again');
  });

  it('links every cached image to its public path', async () => {
    const { outputs: files } = await drawMissing(outputs, cache, 2);
    const dist = mkdtempSync(join(tmpdir(), 'og-dist-'));
    publish(files, dist);
    publish(files, dist); // a second publish into the same output replaces, not fails
    for (const { path, file } of files) {
      assert.equal(statSync(join(dist, path)).ino, statSync(file).ino, `${path} is the cached file`);
    }
    assert.deepEqual(readdirSync(join(dist, 'og', 'claims')).sort(), ['a.png', 'b.png']);
  });

  it('prunes unused images only once they outnumber the used ones', async () => {
    const { outputs: files } = await drawMissing(outputs, cache, 2);
    const count = () => readdirSync(cache).filter((f) => f.endsWith('.png')).length;
    // The 'misleading' variant of claim B from the first test is unused: 4 files for 3 images, kept.
    assert.equal(pruneCache(files, cache), 0);
    assert.equal(count(), 4);
    for (let i = 0; i < 3; i++) writeFileSync(join(cache, `stale-${i}.png`), 'x');
    assert.equal(pruneCache(files, cache), 4, 'seven files for three images: the four unused go');
    assert.deepEqual(
      readdirSync(cache)
        .filter((f) => f.endsWith('.png'))
        .sort(),
      files.map((f) => f.file.split('/').pop()).sort(),
    );
  });
});
