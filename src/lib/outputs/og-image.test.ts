/**
 * Open Graph images: a real PNG of the right size, the claim and verdict in
 * the layout (label and shape), and the content-hash cache that keeps an
 * unchanged claim from being drawn again.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { shorten as clampText } from '../model/text.ts';
import { ogCacheKey, ogImage, ogTree, OG_HEIGHT, OG_WIDTH, type OgCard } from './og-image.ts';

const card: OgCard = {
  kicker: 'Jane Doe claimed in The Daily, 2 December 2024',
  title: 'The sky is green.',
  verdict: 'false',
  subtitle: 'The sky is not green.',
  footer: 'checked 3 December 2024',
};

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Uint8Array): { width: number; height: number } {
  assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'PNG signature');
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

describe('Open Graph image', () => {
  it('shows the claim, the verdict label and the verdict shape', () => {
    const json = JSON.stringify(ogTree(card));
    assert.match(json, /The sky is green\./);
    assert.match(json, /"False"/);
    assert.match(json, /data:image\/svg\+xml,.*M18%2018%20L82%2082/, 'the cross drawn for False');
    assert.match(json, /#b3261e/);
  });

  it('says who claimed it, where and when before the claim, and always shows the conclusion', () => {
    const json = JSON.stringify(ogTree({ ...card, title: 'The sky is green. '.repeat(12) }));
    const who = json.indexOf('Jane Doe claimed in The Daily, 2 December 2024:');
    assert.ok(who >= 0 && who < json.indexOf('The sky is green.'), 'the attribution comes first');
    assert.match(json, /The sky is not green\./);
  });

  it('draws a 1200 × 630 PNG and caches it by content', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'og-test-'));
    const png = await ogImage(card, dir);
    assert.deepEqual(pngSize(png), { width: OG_WIDTH, height: OG_HEIGHT });
    assert.deepEqual(readdirSync(dir), [`${ogCacheKey(card)}.png`]);

    // A cache hit returns the stored file without drawing: prove it by planting a marker.
    writeFileSync(join(dir, `${ogCacheKey(card)}.png`), 'cached');
    assert.equal(Buffer.from(await ogImage(card, dir)).toString(), 'cached');

    // Any change to what the card shows is a new key, so a new drawing.
    const changed = { ...card, verdict: 'misleading' as const };
    assert.notEqual(ogCacheKey(changed), ogCacheKey(card));
    assert.deepEqual(pngSize(await ogImage(changed, dir)), { width: OG_WIDTH, height: OG_HEIGHT });
    assert.equal(readdirSync(dir).length, 2);
  });

  it('shortens long text at a word boundary', () => {
    assert.equal(clampText('one two three four five', 14), 'one two three…');
    assert.equal(clampText('  short\n text ', 50), 'short text');
  });
});
