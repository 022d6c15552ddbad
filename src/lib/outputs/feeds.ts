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
import { translator } from '../i18n/messages.ts';
import { verdictIn } from '../i18n/names.ts';
import { absolute, DEFAULT_LOCALE, paths, type Locale } from '../urls.ts';
import { claimKindLabel } from '../model/labels.ts';

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
export function checkFeedItems(index: SiteIndex, siteUrl: URL | string, locale: Locale = DEFAULT_LOCALE): FeedItem[] {
  const t = translator(locale);
  return index.claims
    .map((c) => {
      const d = c.data;
      const view = claimView(c, index, siteUrl, locale);
      const v = view.verdict;
      const url = view.permalink;
      return {
        // Never the bare claim: the verdict, then who claimed it, where and when (claim-view.ts).
        title: d.updated ? t('common.feed.updated', { title: view.title }) : view.title,
        link: url,
        pubDate: day(view.checked),
        description: t('common.feed.description', { verdict: v.label, conclusion: view.conclusion, claimant: view.claimantNames }),
        categories: [v.label, locale === DEFAULT_LOCALE ? d.kind : claimKindLabel(d.kind, locale)],
        customData: guid(d.updated ? `${url}#updated-${d.updated}` : url),
      };
    })
    .sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime() || a.link.localeCompare(b.link));
}

/** Every correction, newest first, linking to the claim page's corrections section. */
export function correctionFeedItems(index: SiteIndex, siteUrl: URL | string, locale: Locale = DEFAULT_LOCALE): FeedItem[] {
  const t = translator(locale);
  return index.claims
    .flatMap((c) =>
      c.data.corrections.map((corr, n) => {
        const url = absolute(paths.claim(c.id, locale), siteUrl);
        const now = verdictIn(c.data.verdict, locale).label;
        const was = corr.previousVerdict
          ? ` ${t('common.feed.verdictWas', { was: verdictIn(corr.previousVerdict, locale).label, now })}`
          : '';
        return {
          title: t('common.feed.correction', { headline: claimView(c, index, siteUrl, locale).headline }),
          link: `${url}#corrections-h`,
          pubDate: day(corr.date),
          description: `${corr.text}${was}`,
          categories: [now, t('common.feed.correctionCategory')],
          customData: guid(`${url}#correction-${n + 1}`),
        };
      }),
    )
    .sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime() || a.link.localeCompare(b.link));
}

/** Channel-level extras: language, a self link (feed validators ask for it), and the newest item's date. */
/** RSS `<language>` of each edition. */
const FEED_LANGUAGE: Record<Locale, string> = { en: 'en-gb', uk: 'uk', ru: 'ru' };

export function channelData(selfUrl: string, items: readonly FeedItem[], locale: Locale = DEFAULT_LOCALE): string {
  const newest = items[0]?.pubDate;
  return [
    `<language>${FEED_LANGUAGE[locale]}</language>`,
    `<atom:link href="${escapeXml(selfUrl)}" rel="self" type="application/rss+xml"/>`,
    ...(newest ? [`<lastBuildDate>${newest.toUTCString()}</lastBuildDate>`] : []),
  ].join('');
}

/** The site's two feeds. */
export type FeedKind = 'checks' | 'corrections';

/** Everything `@astrojs/rss` needs for one feed of one edition: its channel in the edition's words, and its items. */
export function editionFeed(kind: FeedKind, index: SiteIndex, siteUrl: URL | string, locale: Locale = DEFAULT_LOCALE) {
  const t = translator(locale);
  const items = kind === 'checks' ? checkFeedItems(index, siteUrl, locale) : correctionFeedItems(index, siteUrl, locale);
  const self = kind === 'checks' ? paths.checksFeed(locale) : paths.correctionsFeed(locale);
  return {
    title: t(kind === 'checks' ? 'common.feed.checksTitle' : 'common.feed.correctionsTitle'),
    description: t(kind === 'checks' ? 'common.feed.checksDescription' : 'common.feed.correctionsDescription'),
    site: absolute(kind === 'checks' ? paths.home(locale) : paths.corrections(locale), siteUrl),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: channelData(absolute(self, siteUrl), items, locale),
    items,
  };
}
