/**
 * Open Graph images (1200 × 630 PNG), drawn at build time by Takumi
 * (`@takumi-rs/core`: flexbox layout, text shaping and rasterising in native
 * code) with the Noto Sans files from @fontsource/noto-sans (SIL Open Font
 * License, shipped in the package). The verdict is carried by its label and a
 * shape, never by colour alone, as on the site.
 *
 * Takumi replaced satori + resvg: about a quarter of the CPU time per card
 * with the same layout, line breaks and glyphs (docs/performance.md has the
 * measurements and the visual comparison; `npm run bench:og` repeats them).
 *
 * Drawing still costs about 12 ms of CPU per card, so PNGs are cached by a hash
 * of what they show (node_modules/.cache/og/): an unchanged claim is never
 * drawn twice, however often the site is rebuilt. The build draws them in
 * worker threads outside page generation (src/integrations/og-images.ts).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Renderer, type Node } from '@takumi-rs/core';
import { VERDICTS, type VerdictId } from '../model/verdicts.ts';
import { shorten } from '../model/text.ts';
import { SITE_SHORT_NAME } from '../../consts.ts';

/** Bump when the layout changes, so cached images are redrawn. */
export const OG_LAYOUT_VERSION = 3;

const require = createRequire(import.meta.url);

/** The renderer and its version: part of the cache key, so an upgrade redraws every card. */
export const OG_RENDERER = `takumi ${(JSON.parse(readFileSync(join(dirname(require.resolve('@takumi-rs/core')), '..', 'package.json'), 'utf8')) as { version: string }).version}`;

/** Image size recommended by Open Graph consumers (1.91:1). */
export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

/** Where rendered images are kept between builds. */
export const OG_CACHE_DIR = join(process.cwd(), 'node_modules', '.cache', 'og');

/**
 * What one card shows. A claim's card is never the bare claim: `kicker` says
 * who claimed it, where and when above it, and the verdict with the conclusion
 * (`subtitle`) take as much room as the claim.
 */
export interface OgCard {
  /** The main text: the claim, restated, or the site's headline. */
  title: string;
  /** For a claim: who claimed it, where and when ("RT claimed, January 2025"), shown before the claim. */
  kicker?: string | undefined;
  /** The verdict to show as label and shape; none for the site card. */
  verdict?: VerdictId | undefined;
  /** The verdict's label in the card's language (the English label when absent). */
  verdictLabel?: string | undefined;
  /** A shorter text: the conclusion under the verdict (always shown), or the site card's line under the title (when it fits). */
  subtitle?: string | undefined;
  /** The line at the bottom of the site card, or at the top of a claim's: when it was checked, or a strapline. */
  footer: string;
}

const COLOURS = { bg: '#fdfcf9', fg: '#1c1c1c', muted: '#555555', line: '#d8d4cc' };

/** The shape of each verdict, matching its symbol in verdicts.ts (100 × 100 SVG, stroked in the verdict colour). */
const SHAPES: Record<VerdictId, string> = {
  accurate: '<circle cx="50" cy="50" r="44"/><path d="M28 52 L44 68 L73 34"/>',
  'mostly-accurate': '<circle cx="50" cy="50" r="44"/><path d="M50 6 A44 44 0 0 1 50 94 Z" fill="currentColor"/>',
  'missing-context': '<path d="M50 6 L94 50 L50 94 L6 50 Z"/>',
  misleading: '<path d="M50 8 L94 90 L6 90 Z"/>',
  false: '<path d="M18 18 L82 82 M82 18 L18 82"/>',
  unsupported:
    '<circle cx="50" cy="50" r="44"/><path d="M36 38 A14 14 0 1 1 50 52 L50 62"/><circle cx="50" cy="76" r="3" fill="currentColor"/>',
  'not-rated': '<path d="M20 50 L80 50"/>',
};

type Style = Record<string, string | number>;

/**
 * A flex box: text when its content is a string, a container otherwise (the
 * JSX `<div style>` shape that satori also draws, as Takumi nodes).
 */
function h(style: Style, children: string | Node[] = []): Node {
  const box = { display: 'flex', ...style };
  return typeof children === 'string' ? { type: 'text', text: children, style: box } : { type: 'container', style: box, children };
}

const SUBTITLE_SIZE = 32;
const CONCLUSION_SIZE = 32;
/** Height the claim and the conclusion share on a claim card, in pixels. */
const CLAIM_TEXT_HEIGHT = 335;
/** Width and height of the box the title and subtitle share, in pixels. */
const TEXT_BOX_WIDTH = 1050;
const TEXT_BOX_HEIGHT = 260;

/** A rough height for wrapped text (average glyph width as a fraction of the size): enough to decide what fits. */
function textHeight(text: string, size: number, lineHeight: number, glyph: number): number {
  if (text === '') return 0;
  const perLine = Math.floor(TEXT_BOX_WIDTH / (size * glyph));
  return Math.ceil(text.length / perLine) * size * lineHeight;
}

function verdictShape(verdict: VerdictId): Node {
  const colour = VERDICTS[verdict].colour.light;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100" color="${colour}" fill="none" stroke="${colour}" stroke-width="10" stroke-linecap="round" stroke-linejoin="round">${SHAPES[verdict]}</svg>`;
  return { type: 'image', src: `data:image/svg+xml,${encodeURIComponent(svg)}`, width: 56, height: 56, style: { width: 56, height: 56 } };
}

function verdictPill(verdict: VerdictId, label = VERDICTS[verdict].label): Node {
  const colour = VERDICTS[verdict].colour.light;
  return h(
    {
      alignItems: 'center',
      gap: 18,
      border: `5px solid ${colour}`,
      borderRadius: 999,
      padding: '10px 30px 10px 16px',
      color: colour,
      fontSize: 44,
      fontWeight: 700,
    },
    [verdictShape(verdict), { type: 'text', text: label }],
  );
}

/** The node tree Takumi draws for a card (exported for tests and the renderer benchmark). */
export function ogTree(card: OgCard): Node {
  return card.verdict ? claimTree({ ...card, verdict: card.verdict }) : siteTree(card);
}

/** The claim card: "What was claimed" (who, where, when, then the claim) above "Our verdict" (shape, label, conclusion). */
function claimTree(card: OgCard & { verdict: VerdictId }): Node {
  const kicker = `${shorten(card.kicker ?? 'Claim', 59)}:`;
  const claim = shorten(card.title, 150);
  const claimSize = claim.length <= 80 ? 46 : 40;
  // What the claim leaves of the text area goes to the conclusion, whole lines of it.
  const room = CLAIM_TEXT_HEIGHT - textHeight(claim, claimSize, 1.2, 0.54);
  const conclusionLines = Math.max(2, Math.floor(room / (CONCLUSION_SIZE * 1.3)));
  const conclusion = shorten(card.subtitle ?? '', Math.floor((conclusionLines * TEXT_BOX_WIDTH) / (CONCLUSION_SIZE * 0.56)));
  const accent = VERDICTS[card.verdict].colour.light;
  return h({ width: OG_WIDTH, height: OG_HEIGHT, background: COLOURS.bg, color: COLOURS.fg, fontFamily: FONT_FAMILY }, [
    h({ width: 24, height: '100%', background: accent }),
    h({ flexDirection: 'column', flex: 1, padding: '40px 64px 36px 56px', gap: 18 }, [
      h({ fontSize: 26, color: COLOURS.muted, fontWeight: 700 }, `${SITE_SHORT_NAME} · ${card.footer}`),
      h({ flexDirection: 'column', gap: 8 }, [
        h({ fontSize: 30, fontWeight: 700, color: COLOURS.muted }, kicker),
        h({ fontSize: claimSize, lineHeight: 1.2 }, claim),
      ]),
      h({ flexDirection: 'column', flex: 1, gap: 14, borderTop: `3px solid ${COLOURS.line}`, paddingTop: 22 }, [
        h({}, [verdictPill(card.verdict, card.verdictLabel)]),
        ...(conclusion ? [h({ fontSize: CONCLUSION_SIZE, lineHeight: 1.3, fontWeight: 700 }, conclusion)] : []),
      ]),
    ]),
  ]);
}

/** The site card: headline, the line under it when it fits, strapline. */
function siteTree(card: OgCard): Node {
  const title = shorten(card.title, 230);
  const size = title.length <= 90 ? 60 : title.length <= 160 ? 50 : 42;
  const subtitle = card.subtitle ? shorten(card.subtitle, 150) : '';
  const roomForSubtitle = textHeight(title, size, 1.2, 0.56) + 22 + textHeight(subtitle, SUBTITLE_SIZE, 1.3, 0.5) <= TEXT_BOX_HEIGHT;
  return h({ width: OG_WIDTH, height: OG_HEIGHT, background: COLOURS.bg, color: COLOURS.fg, fontFamily: FONT_FAMILY }, [
    h({ width: 24, height: '100%', background: COLOURS.fg }),
    h({ flexDirection: 'column', flex: 1, padding: '52px 64px 48px 56px', gap: 30 }, [
      h({ fontSize: 28, color: COLOURS.muted, fontWeight: 700 }, SITE_SHORT_NAME),
      h({ flexDirection: 'column', flex: 1, gap: 22 }, [
        h({ fontSize: size, fontWeight: 700, lineHeight: 1.2 }, title),
        ...(subtitle && roomForSubtitle ? [h({ fontSize: SUBTITLE_SIZE, lineHeight: 1.3, color: COLOURS.muted }, subtitle)] : []),
      ]),
      h({ borderTop: `3px solid ${COLOURS.line}`, paddingTop: 20, fontSize: 28, color: COLOURS.muted }, shorten(card.footer, 80)),
    ]),
  ]);
}

/** One family per subset file: the renderer falls back from one to the next glyph by glyph. */
const FONT_FAMILY = "'Noto Sans latin', 'Noto Sans latin-ext', 'Noto Sans cyrillic'";

let renderer: Promise<Renderer> | undefined;

/** A renderer with Noto Sans regular and bold, Latin, Latin Extended and Cyrillic (names and quotes in any of them); one per thread. */
function loadRenderer(): Promise<Renderer> {
  renderer ??= (async () => {
    const r = new Renderer();
    for (const subset of ['latin', 'latin-ext', 'cyrillic']) {
      for (const weight of [400, 700]) {
        const data = await readFile(require.resolve(`@fontsource/noto-sans/files/noto-sans-${subset}-${weight}-normal.woff`));
        await r.registerFont({ name: `Noto Sans ${subset}`, data, weight, style: 'normal' });
      }
    }
    return r;
  })();
  return renderer;
}

/** Draws a card to PNG bytes, without the cache. */
export async function drawOgImage(card: OgCard): Promise<Uint8Array<ArrayBuffer>> {
  const png = await (await loadRenderer()).render(ogTree(card), { width: OG_WIDTH, height: OG_HEIGHT, format: 'png' });
  return new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
}

/** The cache key: what the card shows plus the layout version and the renderer. */
export function ogCacheKey(card: OgCard): string {
  const { title, kicker, verdict, verdictLabel, subtitle, footer } = card;
  return createHash('sha256')
    .update(
      JSON.stringify([
        OG_LAYOUT_VERSION,
        OG_RENDERER,
        title,
        kicker ?? null,
        verdict ?? null,
        verdictLabel ?? null,
        subtitle ?? null,
        footer,
      ]),
    )
    .digest('hex');
}

/** Where a card's PNG is cached. */
export function ogCachePath(card: OgCard, cacheDir: string = OG_CACHE_DIR): string {
  return join(cacheDir, `${ogCacheKey(card)}.png`);
}

/** A card as PNG bytes, from the cache when the same card was drawn before. */
export async function ogImage(card: OgCard, cacheDir: string = OG_CACHE_DIR): Promise<Uint8Array<ArrayBuffer>> {
  const path = ogCachePath(card, cacheDir);
  try {
    return new Uint8Array(await readFile(path));
  } catch {
    // Not cached yet: draw it below.
  }
  const png = await drawOgImage(card);
  await mkdir(cacheDir, { recursive: true });
  // Write then rename, so a parallel build never reads half a file.
  const tmp = `${path}.${process.pid}.tmp`;
  await writeFile(tmp, png);
  await rename(tmp, path);
  return png;
}
