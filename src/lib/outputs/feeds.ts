/**
 * The RSS feeds: one item per new or updated check (/rss.xml) and one per
 * correction (/corrections.xml). Pure functions over the site index; the
 * endpoints hand the items to @astrojs/rss.
 *
 * An updated check gets its own guid (`…#updated-<date>`), so feed readers show
 * the update as a new item instead of silently replacing the old one.
 */
import type { SiteIndex } from '../site/site-index.ts';
import { claimView } from '../site/claim-view.ts';
import { VERDICTS } from '../model/verdicts.ts';
import { absolute, paths } from '../urls.ts';

/** One feed item, in the shape @astrojs/rss takes. */
export interface FeedItem {
  /** The item title. */
  title: string;
  /** Absolute URL of the page. */
  link: string;
  /** When the check or correction was published. */
  pubDate: Date;
  /** Plain-text summary. */
  description: string;
  /** Verdict label and claim kind. */
  categories: string[];
  /** Extra XML: a guid that is unique per version. */
  customData: string;
}

/** A YYYY-MM-DD date as midnight UTC. */
const day = (date: string) => new Date(`${date.slice(0, 10)}T00:00:00Z`);

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const guid = (id: string) => `<guid isPermaLink="false">${escapeXml(id)}</guid>`;

/** New and updated checks, newest first. */
export function checkFeedItems(index: SiteIndex, siteUrl: URL | string): FeedItem[] {
  return index.claims
    .map((c) => {
      const d = c.data;
      const view = claimView(c, index, siteUrl);
      const v = view.verdict;
      const url = view.permalink;
      return {
        // Never the bare claim: the verdict, then who claimed it, where and when (claim-view.ts).
        title: `${d.updated ? 'Updated: ' : ''}${view.title}`,
        link: url,
        pubDate: day(view.checked),
        description: `${v.label}. ${d.conclusion} (Claim by ${view.claimantNames}.)`,
        categories: [v.label, d.kind],
        customData: guid(d.updated ? `${url}#updated-${d.updated}` : url),
      };
    })
    .sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime() || a.link.localeCompare(b.link));
}

/** Every correction, newest first, linking to the claim page's corrections section. */
export function correctionFeedItems(index: SiteIndex, siteUrl: URL | string): FeedItem[] {
  return index.claims
    .flatMap((c) =>
      c.data.corrections.map((corr, n) => {
        const url = absolute(paths.claim(c.id), siteUrl);
        const was = corr.previousVerdict
          ? ` Verdict was ${VERDICTS[corr.previousVerdict].label}, now ${VERDICTS[c.data.verdict].label}.`
          : '';
        return {
          title: `Correction: ${claimView(c, index, siteUrl).headline}`,
          link: `${url}#corrections-h`,
          pubDate: day(corr.date),
          description: `${corr.text}${was}`,
          categories: [VERDICTS[c.data.verdict].label, 'correction'],
          customData: guid(`${url}#correction-${n + 1}`),
        };
      }),
    )
    .sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime() || a.link.localeCompare(b.link));
}

/** Channel-level extras: language, a self link (feed validators ask for it), and the newest item's date. */
export function channelData(selfUrl: string, items: readonly FeedItem[]): string {
  const newest = items[0]?.pubDate;
  return [
    '<language>en-gb</language>',
    `<atom:link href="${escapeXml(selfUrl)}" rel="self" type="application/rss+xml"/>`,
    ...(newest ? [`<lastBuildDate>${newest.toUTCString()}</lastBuildDate>`] : []),
  ].join('');
}
