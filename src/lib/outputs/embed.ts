/**
 * The embeddable claim card, seen from outside: the `<iframe>` snippet a
 * journalist copies from the claim page, and the oEmbed description
 * (https://oembed.com/, type `rich`) that the claim page announces with a
 * discovery link, so publishing tools can embed the card from the claim's URL.
 */
import { SITE_SHORT_NAME } from '../../consts.ts';
import type { ClaimView } from '../site/claim-view.ts';
import { absolute, paths } from '../urls.ts';

/** The card's default width in CSS pixels; it shrinks with its frame. */
export const EMBED_WIDTH = 560;

/**
 * A height that fits the card at {@link EMBED_WIDTH} without a scroll bar: a
 * count of wrapped lines of the attribution, the claim and the conclusion plus
 * the fixed rows (site, verdict, link). Characters per line and the fixed part
 * were measured on every claim in Chromium with DejaVu Sans, a wide font, plus
 * a margin: narrower fonts only leave room below the card. A frame cannot grow
 * without a script, so generous beats tight.
 */
export function embedHeight(view: ClaimView): number {
  const lines = (text: string, perLine: number) => Math.ceil(text.length / perLine);
  const d = view.entry.data;
  return 170 + 23 * lines(`${view.attribution}:`, 50) + 26 * lines(d.claim, 46) + 25 * lines(d.conclusion, 52);
}

/** The `<iframe>` to paste into another page. */
export function embedSnippet(view: ClaimView): string {
  const title = `Fact check by ${SITE_SHORT_NAME}: ${view.headline}`.replace(/"/g, '&quot;');
  return `<iframe src="${view.embedUrl}" title="${title}" width="${EMBED_WIDTH}" height="${embedHeight(view)}" style="max-width: 100%; border: 0" loading="lazy"></iframe>`;
}

/** An oEmbed 1.0 `rich` response for a claim. */
export interface OEmbed {
  version: '1.0';
  type: 'rich';
  title: string;
  author_name: string;
  provider_name: string;
  provider_url: string;
  html: string;
  width: number;
  height: number;
  thumbnail_url: string;
  thumbnail_width: number;
  thumbnail_height: number;
  cache_age: number;
}

/** The oEmbed description of a claim's card. */
export function oembedFor(view: ClaimView, site: { siteName: string; siteUrl: URL | string }): OEmbed {
  return {
    version: '1.0',
    type: 'rich',
    title: view.title,
    author_name: site.siteName,
    provider_name: site.siteName,
    provider_url: absolute(paths.home(), site.siteUrl),
    html: embedSnippet(view),
    width: EMBED_WIDTH,
    height: embedHeight(view),
    thumbnail_url: absolute(view.imagePath, site.siteUrl),
    // The Open Graph image's size (OG_WIDTH × OG_HEIGHT in og-image.ts, not imported: it loads the renderer).
    thumbnail_width: 1200,
    thumbnail_height: 630,
    // A day: verdicts change only with a published correction.
    cache_age: 86400,
  };
}
