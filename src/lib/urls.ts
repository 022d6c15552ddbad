/**
 * Every path the site serves, in one place. URLs are part of the product:
 * journalists cite them, so nothing else in the code spells a content path
 * (a unit test, `urls.test.ts`, keeps it so). Locales are a parameter here,
 * not copies of pages: English is served at the root, other editions under
 * their prefix (`/uk/claims/<id>/`).
 */
import type { CollectionName } from '../schemas/common.ts';

/** The editions of the site; the first is the default and has no prefix. */
export const LOCALES = ['en', 'uk', 'ru'] as const;
/** An edition. */
export type Locale = (typeof LOCALES)[number];
/** The default edition, served at the root. */
export const DEFAULT_LOCALE: Locale = 'en';

/** Puts a root-relative path into an edition: `/claims/` → `/uk/claims/`. */
export function localize(path: string, locale: Locale = DEFAULT_LOCALE): string {
  return locale === DEFAULT_LOCALE ? path : `/${locale}${path}`;
}

/** A localized path with its edition prefix taken off: `/uk/claims/x/` → `/claims/x/`. */
export function unlocalize(path: string): string {
  const m = /^\/([a-z]{2})(\/.*)$/.exec(path);
  return m && (LOCALES as readonly string[]).includes(m[1] ?? '') && m[1] !== DEFAULT_LOCALE ? (m[2] ?? '/') : path;
}

/** The edition a path belongs to: `/uk/claims/x/` → `uk`, `/claims/x/` → `en`. */
export function editionOfPath(path: string): Locale {
  const stripped = unlocalize(path);
  return stripped === path ? DEFAULT_LOCALE : (path.slice(1, 3) as Locale);
}

/** Whether a path is the not-found page (served at any missing address, for every edition). */
export function isNotFoundPath(path: string): boolean {
  return /^\/404(\.html|\/)?$/.test(path);
}

/** The same page in every edition, for the language switcher and `hreflang`: `[{ locale: 'en', path: '/claims/x/' }, …]`. */
export function editionsOf(path: string): { locale: Locale; path: string }[] {
  // The not-found page has no counterpart: its editions are their home pages.
  const base = isNotFoundPath(path) ? '/' : unlocalize(path);
  return LOCALES.map((locale) => ({ locale, path: localize(base, locale) }));
}

/** The anchor id of a claim's `n`-th appearance (0-based) in one article. */
export function quoteAnchor(claimId: string, n = 0): string {
  return n === 0 ? `quote-${claimId}` : `quote-${claimId}-${n + 1}`;
}

/** The kinds of entry the timeline lists, each with its own anchor prefix. */
export type TimelineAnchorKind = 'event' | 'article' | 'claim';

/** The anchor of an entry on the timeline: `event-<id>`, `article-<id>`, `claim-<id>`. */
export function timelineAnchor(kind: TimelineAnchorKind, id: string): string {
  return `${kind}-${id}`;
}

/** The facets a claim list can be narrowed to, each with its own pages: `/claims/<facet>/<value>/`. */
export const LIST_FACETS = ['verdict', 'outlet', 'person'] as const;
/** A claim-list facet. */
export type ListFacet = (typeof LIST_FACETS)[number];

/** The `n`-th page of a paginated list under `base`: page 1 is `base` itself, then `base` + `page/<n>/`. */
function nthPage(base: string, page: number): string {
  return page <= 1 ? base : `${base}page/${page}/`;
}

/** A page of one month of a split timeline, or of the entries dated only to a year. */
function timelinePeriod(key: string, page = 1, l?: Locale): string {
  return localize(nthPage(`/timeline/${key}/`, page), l);
}

/** The open-data tables published as CSV, one file each (`/data/<table>.csv`). */
export const DATA_TABLES = ['claims', 'quotes', 'sources', 'people'] as const;
/** An open-data table. */
export type DataTable = (typeof DATA_TABLES)[number];

const dataTablePath = (table: DataTable) => `/data/${table}.csv`;

/** The site's pages, feeds, data and images, as root-relative paths. */
export const paths = {
  home: (l?: Locale) => localize('/', l),
  claims: (l?: Locale) => localize('/claims/', l),
  /** A page of the list of every claim: `/claims/`, `/claims/page/2/`. */
  claimsPage: (page: number, l?: Locale) => localize(nthPage('/claims/', page), l),
  /** A page of the claims with one verdict, outlet or person: `/claims/verdict/false/`, `/claims/outlet/rt/page/2/`. */
  claimsBy: (facet: ListFacet, value: string, page = 1, l?: Locale) => localize(nthPage(`/claims/${facet}/${value}/`, page), l),
  claim: (id: string, l?: Locale) => localize(`/claims/${id}/`, l),
  articles: (l?: Locale) => localize('/articles/', l),
  /** Page `n` of the articles list (page 1 is `/articles/`). */
  articlesPage: (page: number, l?: Locale) => localize(nthPage('/articles/', page), l),
  article: (id: string, l?: Locale) => localize(`/articles/${id}/`, l),
  /** The place of a claim's `n`-th quote in an article. */
  quote: (articleId: string, claimId: string, n = 0, l?: Locale) => `${localize(`/articles/${articleId}/`, l)}#${quoteAnchor(claimId, n)}`,
  people: (l?: Locale) => localize('/people/', l),
  person: (id: string, l?: Locale) => localize(`/people/${id}/`, l),
  outlets: (l?: Locale) => localize('/outlets/', l),
  outlet: (id: string, l?: Locale) => localize(`/outlets/${id}/`, l),
  event: (id: string, l?: Locale) => localize(`/events/${id}/`, l),
  timeline: (l?: Locale) => localize('/timeline/', l),
  /** A page of one month of a split timeline (`/timeline/2024-12/`, `/timeline/2024-12/page/2/`), or of the entries dated only to a year (`/timeline/2024/`). */
  timelinePeriod,
  /** Where each anchor of a split timeline lives, for links to `/timeline/#<anchor>` made before it split. */
  timelineAnchors: (l?: Locale) => localize('/timeline/anchors.json', l),
  /** An entry's place on the timeline: `/timeline/#claim-x` while it is one page, its period's page once split (`at`). */
  timelineEntry: (kind: TimelineAnchorKind, id: string, l?: Locale, at?: { key: string; page: number }) =>
    `${at ? timelinePeriod(at.key, at.page, l) : localize('/timeline/', l)}#${timelineAnchor(kind, id)}`,
  search: (query?: string, l?: Locale) => localize('/search/', l) + (query ? `?q=${encodeURIComponent(query)}` : ''),
  /** The folder of an edition's search index (`/search-index/`, `/search-index/uk/`): only the search worker fetches it. */
  searchIndexDir: (l?: Locale) => (l && l !== DEFAULT_LOCALE ? `/search-index/${l}/` : '/search-index/'),
  methodology: (anchor?: string, l?: Locale) => localize('/methodology/', l) + (anchor ? `#${anchor}` : ''),
  about: (anchor?: string, l?: Locale) => localize('/about/', l) + (anchor ? `#${anchor}` : ''),
  corrections: (l?: Locale) => localize('/corrections/', l),
  checksFeed: (l?: Locale) => localize('/rss.xml', l),
  correctionsFeed: (l?: Locale) => localize('/corrections.xml', l),
  /** The claims as open data: `/data/claims.json`, or the claims table as CSV. */
  openData: (format: 'json' | 'csv') => (format === 'csv' ? dataTablePath('claims') : '/data/claims.json'),
  /** One open-data table as CSV: `/data/quotes.csv`. */
  dataTable: dataTablePath,
  /** A claim's Open Graph image in an edition: `/og/claims/<id>.png`, `/og/uk/claims/<id>.png`. */
  claimImage: (id: string, l?: Locale) => `/og${localize(`/claims/${id}.png`, l)}`,
  /** A claim's embeddable card: the only pages other sites may frame. */
  embed: (id: string) => `/embed/claims/${id}/`,
  /** A claim's oEmbed description (JSON), found through the claim page's discovery link. */
  oembed: (id: string) => `/oembed/claims/${id}.json`,
  /** The site's Open Graph image in an edition: `/og/site.png`, `/og/uk/site.png`. */
  siteImage: (l?: Locale) => `/og${localize('/site.png', l)}`,
} as const;

/** The page of each collection's entries. */
export const ENTRY_PATHS: Record<CollectionName, (id: string) => string> = {
  articles: (id) => paths.article(id),
  claims: (id) => paths.claim(id),
  people: (id) => paths.person(id),
  outlets: (id) => paths.outlet(id),
  events: (id) => paths.event(id),
};

const ENTRY_URL = /^\/(articles|claims|people|outlets|events)\/([^/]+)\/$/;

/** The content entry behind a page: `/claims/x/` → `{ collection: 'claims', id: 'x' }`. */
export function entryOfPath(path: string): { collection: CollectionName; id: string } | undefined {
  const m = ENTRY_URL.exec(path);
  return m ? { collection: m[1] as CollectionName, id: m[2] ?? '' } : undefined;
}

/** Whether a path is an entry's page, the only pages `npm run check:content` can vouch for without a build. */
export function isEntryPath(path: string): boolean {
  return ENTRY_URL.test(path);
}

/** A root-relative path made absolute against the public origin (Astro's `site`). */
export function absolute(path: string, siteUrl: URL | string): string {
  return new URL(path, siteUrl).href;
}
