/**
 * `npm run bench:og [-- --cards 60]`: draws the same Open Graph cards with
 * Takumi (what the site uses), satori + resvg (what it used before) and
 * satori + sharp, one card at a time on one thread, and prints CPU and wall
 * milliseconds per image, bytes per image, and how far each image is from the
 * satori + resvg one (share of pixels that differ, share that differ by more
 * than a quarter of the range, mean difference per pixel). The first cards of
 * each, and a diff image per card (red where they differ), are written to
 * `.bench/og-renderers/` to look at.
 *
 * The cards are the real site's claims plus a few made to stress the layout:
 * Cyrillic and Latin Extended text, a title and footer long enough to be cut.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import sharp from 'sharp';
import type { Node } from '@takumi-rs/core';
import { PLACEHOLDER_SITE_URL } from '../src/consts.ts';
import { loadContent } from '../src/lib/content/loader.ts';
import { ogOutputs } from '../src/lib/outputs/og-cards.ts';
import { drawOgImage, ogTree, OG_HEIGHT, OG_WIDTH, type OgCard } from '../src/lib/outputs/og-image.ts';
import { indexSite } from '../src/lib/site/site-index.ts';

const OUT = '.bench/og-renderers';
const { values } = parseArgs({ options: { cards: { type: 'string', default: '60' } } });

const STRESS: OgCard[] = [
  {
    title: 'Володимир Зеленський заявив, що Łódź і Kraków — «не предмет торгу» на переговорах.',
    verdict: 'missing-context',
    subtitle: 'Зеленський сказав інше.',
    footer: 'Claim by Володимир Зеленський, Espreso TV · checked 3 December 2024',
  },
  {
    title: 'A very long claim '.repeat(20),
    verdict: 'unsupported',
    subtitle: 'A long conclusion '.repeat(12),
    footer: 'Claim by Someone With A Very Long Name, An Outlet With An Even Longer Name · checked 1 January 2025',
  },
];

/** A satori element (the JSX shape) for a Takumi node: the same boxes, styles and text. */
function toSatori(node: Node): unknown {
  if (node.type === 'text') return node.style ? { type: 'div', props: { style: node.style, children: node.text } } : node.text;
  if (node.type === 'image') return { type: 'img', props: { src: node.src, width: node.width, height: node.height } };
  return { type: 'div', props: { style: node.style, children: (node.children ?? []).map(toSatori) } };
}

const require = createRequire(import.meta.url);
const fonts = ['latin', 'latin-ext', 'cyrillic'].flatMap((subset) =>
  ([400, 700] as const).map((weight) => ({
    name: `Noto Sans ${subset}`,
    data: readFileSync(require.resolve(`@fontsource/noto-sans/files/noto-sans-${subset}-${weight}-normal.woff`)),
    weight,
    style: 'normal' as const,
  })),
);
const svg = (card: OgCard) => satori(toSatori(ogTree(card)) as Parameters<typeof satori>[0], { width: OG_WIDTH, height: OG_HEIGHT, fonts });

const renderers: Record<string, (card: OgCard) => Promise<Uint8Array>> = {
  takumi: drawOgImage,
  'satori + resvg': async (card) => new Resvg(await svg(card), { fitTo: { mode: 'width', value: OG_WIDTH } }).render().asPng(),
  'satori + sharp': async (card) =>
    sharp(Buffer.from(await svg(card)))
      .png()
      .toBuffer(),
};

/** How far two PNGs are apart, and a picture of where (red). */
async function compare(a: Uint8Array, b: Uint8Array, diffFile: string) {
  const [pa, pb] = await Promise.all([a, b].map((png) => sharp(png).ensureAlpha().raw().toBuffer()));
  const diff = Buffer.alloc(pa!.length);
  let differ = 0;
  let far = 0;
  let sum = 0;
  for (let i = 0; i < pa!.length; i += 4) {
    let d = 0;
    for (let c = 0; c < 3; c++) d = Math.max(d, Math.abs(pa![i + c]! - pb![i + c]!));
    if (d > 0) differ++;
    if (d > 64) far++;
    sum += d;
    diff.set([255, 255 - Math.min(255, d * 4), 255 - Math.min(255, d * 4), 255], i);
  }
  await sharp(diff, { raw: { width: OG_WIDTH, height: OG_HEIGHT, channels: 4 } })
    .png()
    .toFile(diffFile);
  const px = pa!.length / 4;
  return { differ: differ / px, far: far / px, mean: sum / px };
}

const { snapshot } = loadContent('content');
const cards = [...STRESS, ...ogOutputs(indexSite(snapshot), PLACEHOLDER_SITE_URL).map((o) => o.card)].slice(0, Number(values.cards));
mkdirSync(OUT, { recursive: true });
const drawn: Record<string, Uint8Array[]> = {};
console.log(`${cards.length} cards, one at a time on one thread:`);
for (const [name, draw] of Object.entries(renderers)) {
  await draw(cards[0]!); // fonts, renderer and JIT warm
  const cpu = process.cpuUsage();
  const started = performance.now();
  drawn[name] = [];
  for (const card of cards) drawn[name].push(await draw(card));
  const used = process.cpuUsage(cpu);
  const ms = (performance.now() - started) / cards.length;
  const kb = drawn[name].reduce((s, png) => s + png.length, 0) / cards.length / 1024;
  console.log(
    `${name.padEnd(15)} ${((used.user + used.system) / 1000 / cards.length).toFixed(1).padStart(6)} ms CPU/image ${ms.toFixed(1).padStart(6)} ms wall/image ${kb.toFixed(1).padStart(6)} KB/image`,
  );
  drawn[name].slice(0, 4).forEach((png, i) => writeFileSync(join(OUT, `${i}-${name.replace(/\W+/g, '-')}.png`), png));
}
console.log('\nagainst satori + resvg, mean over the cards:');
for (const name of ['takumi', 'satori + sharp']) {
  const diffs = await Promise.all(
    cards.map((_, i) => compare(drawn[name]![i]!, drawn['satori + resvg']![i]!, join(OUT, `${i}-diff-${name.replace(/\W+/g, '-')}.png`))),
  );
  const avg = (k: 'differ' | 'far' | 'mean') => diffs.reduce((s, d) => s + d[k], 0) / diffs.length;
  console.log(
    `${name.padEnd(15)} ${(100 * avg('differ')).toFixed(2)}% pixels differ, ${(100 * avg('far')).toFixed(2)}% by more than 64/255, mean difference ${avg('mean').toFixed(2)}/255 (worst card ${(100 * Math.max(...diffs.map((d) => d.differ))).toFixed(2)}%)`,
  );
}
console.log(`\nImages and diffs: ${OUT}/`);
