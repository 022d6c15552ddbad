/**
 * The timeline's pages. While the timeline is small (at most
 * `TIMELINE_WHOLE_MAX` entries) it is one page, `/timeline/`, with a month
 * index of jump links, and every entry's anchor is `/timeline/#<kind>-<id>`:
 * the links journalists have made so far. Above that size one page would
 * outgrow its budget, so it splits: `/timeline/` becomes the index of months,
 * each month gets its page (`/timeline/2024-12/`, entries dated only to a year
 * on `/timeline/2024/`), paginated past `TIMELINE_PAGE_SIZE` entries
 * (`/timeline/2024-12/page/2/`). The site's own links then point at an
 * entry's page directly (`timelineHref`), and a link to `/timeline/#<anchor>`
 * made before the split is forwarded by the index page's script, which looks
 * the anchor up in `/timeline/anchors.json` (`anchorIndex`).
 */
import { DEFAULT_LOCALE, paths, unlocalize, type Locale, type TimelineAnchorKind } from '../urls.ts';
import { formatMonthKey } from '../model/dates.ts';
import { groupByMonth, timelineEntries, timelineKinds, type TimelineEntry, type TimelineGroup, type TimelineInput } from './timeline.ts';
import { translator, type PluralKey } from '../i18n/messages.ts';
import { paginateList, type Pagination } from './pagination.ts';
import type { AnchorIndex } from './timeline-anchors.ts';

/** Up to this many entries the timeline is one page (about 30 KB gzipped of the 42 KB budget). */
export const TIMELINE_WHOLE_MAX = 200;
/** Entries per page of a month, once the timeline is split. */
export const TIMELINE_PAGE_SIZE = 200;

/** One month (or year-only group) in the month index. */
export interface MonthLink {
  /** The group key: `2024-12`, or `2024` for entries dated only to the year. */
  key: string;
  /** The year, for grouping the index. */
  year: string;
  /** "December 2024", "2024, month not known" (in the edition's language). */
  label: string;
  /** "Dec", "груд.", or "Month not known". */
  short: string;
  /** How many entries it has. */
  count: number;
  /** Its place: `#month-2024-12` on the whole timeline, its page once split. */
  href: string;
}

/** The whole timeline on one page. */
export interface WholeTimelinePage {
  kind: 'whole';
  path: string;
  groups: TimelineGroup[];
  months: MonthLink[];
}

/** The index of a split timeline: the months, each linking to its page. */
export interface TimelineIndexPage {
  kind: 'index';
  path: string;
  months: MonthLink[];
}

/** One page of one month of a split timeline. */
export interface TimelinePeriodPage {
  kind: 'period';
  path: string;
  /** The month, with this page's entries only. */
  group: TimelineGroup;
  month: MonthLink;
  pagination: Pagination;
  /** The months before and after, for "earlier" and "later" links. */
  prev?: MonthLink | undefined;
  next?: MonthLink | undefined;
  months: MonthLink[];
}

/** A page of the timeline. */
export type TimelinePage = WholeTimelinePage | TimelineIndexPage | TimelinePeriodPage;

/** The timeline and how it is laid out in pages. */
export interface TimelineView {
  /** Every entry, in timeline order. */
  entries: TimelineEntry[];
  /** Its months, in order. */
  groups: TimelineGroup[];
  /** True when the timeline is split into month pages. */
  split: boolean;
  pages: TimelinePage[];
  /** Once split: each anchor's month and page. */
  places: Map<string, { key: string; page: number }>;
  /** Entries per month page. */
  pageSize: number;
}

/** Sizes; the defaults are the site's, tests pass small ones. */
export interface TimelineLayout {
  wholeMax: number;
  pageSize: number;
}

const DEFAULT_LAYOUT: TimelineLayout = { wholeMax: TIMELINE_WHOLE_MAX, pageSize: TIMELINE_PAGE_SIZE };

/** Lays the timeline out in pages. */
export function layOutTimeline(
  site: TimelineInput,
  layout: TimelineLayout = DEFAULT_LAYOUT,
  locale: Locale = DEFAULT_LOCALE,
): TimelineView {
  const entries = timelineEntries(site, locale);
  const groups = groupByMonth(entries, locale);
  const split = entries.length > layout.wholeMax;
  const months = groups.map((g) => monthLink(g, split ? paths.timelinePeriod(g.key, 1, locale) : `#${g.anchor}`, locale));
  const places = new Map<string, { key: string; page: number }>();
  if (!split)
    return {
      entries,
      groups,
      split,
      pages: [{ kind: 'whole', path: paths.timeline(locale), groups, months }],
      places,
      pageSize: layout.pageSize,
    };

  const pages: TimelinePage[] = [{ kind: 'index', path: paths.timeline(locale), months }];
  groups.forEach((g, i) => {
    for (const { items, pagination } of paginateList(g.entries, layout.pageSize, (n) => paths.timelinePeriod(g.key, n, locale))) {
      for (const e of items) places.set(e.anchor, { key: g.key, page: pagination.current });
      pages.push({
        kind: 'period',
        path: pagination.href,
        group: { ...g, entries: items },
        month: months[i]!,
        pagination,
        prev: months[i - 1],
        next: months[i + 1],
        months,
      });
    }
  });
  return { entries, groups, split, pages, places, pageSize: layout.pageSize };
}

function monthLink(g: TimelineGroup, href: string, locale: Locale): MonthLink {
  return {
    key: g.key,
    year: g.key.slice(0, 4),
    label: g.label,
    short: shortMonth(g.key, locale),
    count: g.entries.length,
    href,
  };
}

const shortMonths = new Map<Locale, Intl.DateTimeFormat>();

/** A month's short name for the month index: "Dec" in English, "груд.", "дек." as the other languages abbreviate; "Month not known" for a year key. */
export function shortMonth(key: string, locale: Locale = DEFAULT_LOCALE): string {
  if (key.length === 4) return translator(locale)('timeline.month.unknownShort');
  const [y, m] = key.split('-').map(Number);
  const date = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, 1));
  if (locale === DEFAULT_LOCALE) return date.toLocaleString('en', { month: 'long', timeZone: 'UTC' }).slice(0, 3);
  let format = shortMonths.get(locale);
  if (!format) shortMonths.set(locale, (format = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' })));
  return format.format(date);
}

const views = new WeakMap<TimelineInput, Map<Locale, TimelineView>>();

/** The site's timeline in one edition, laid out once per build and shared by every page that links to it. */
export function timelineView(site: TimelineInput, locale: Locale = DEFAULT_LOCALE): TimelineView {
  let byLocale = views.get(site);
  if (!byLocale) views.set(site, (byLocale = new Map()));
  let view = byLocale.get(locale);
  if (!view) byLocale.set(locale, (view = layOutTimeline(site, DEFAULT_LAYOUT, locale)));
  return view;
}

/** An entry's place on the timeline: `/timeline/#claim-x`, or its month's page once the timeline is split. */
export function timelineHref(site: TimelineInput, kind: TimelineAnchorKind, id: string, l?: Locale): string {
  const view = timelineView(site, l);
  return paths.timelineEntry(kind, id, l, view.places.get(`${kind}-${id}`));
}

/** The anchor index of a split timeline (empty while it is one page: every anchor is on it). */
export function anchorIndex(view: TimelineView): AnchorIndex {
  return {
    pageSize: view.pageSize,
    months: view.split ? Object.fromEntries(view.groups.map((g) => [g.key, g.entries.map((e) => e.anchor)])) : {},
  };
}

/** "26 events, 5 articles and 63 claims, from April 2019 to January 2025.", in an edition's words. */
export function timelineSummary(
  entries: readonly TimelineEntry[],
  groups: readonly TimelineGroup[],
  locale: Locale = DEFAULT_LOCALE,
): string {
  const t = translator(locale);
  const counted = timelineKinds(locale).map((k) =>
    t.plural(`timeline.count.${k.id}` as PluralKey, entries.filter((e) => e.kind === k.id).length),
  );
  // British English lists take no comma before "and"; the other languages as Intl lists them.
  const counts = new Intl.ListFormat(locale === DEFAULT_LOCALE ? 'en-GB' : locale, { type: 'conjunction' }).format(counted);
  const first = groups[0];
  const last = groups.at(-1);
  if (!first || !last) return t('timeline.summary.plain', { counts });
  // In running text a month stays as the language writes it ("from April 2019"; "квітень 2019 р.") and a year-only group is its year.
  const inText = (key: string) => (key.length === 4 ? key : formatMonthKey(key, locale));
  return t('timeline.summary.span', { counts, from: inText(first.key), to: inText(last.key) });
}

/** The route parameter of a timeline page under `/timeline/`: `2024-12`, `2024-12/page/2`, or undefined for `/timeline/` itself. */
export function timelineParam(path: string): string | undefined {
  return unlocalize(path).slice(paths.timeline().length, -1) || undefined;
}
