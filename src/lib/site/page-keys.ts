/**
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild`):
 * a page whose key and code are unchanged since the last build is copied from
 * the cache instead of rendered. A key must therefore change whenever anything
 * the page shows changes, including what it shows of other entries.
 *
 * What each page shows, and so what its key covers:
 *
 * - Claims are the collection pull requests change most, and each page shows a
 *   known set of them: its own claim and related claims (claim page), the
 *   claims quoted in an article, made by or about a person, made by or carried
 *   by an outlet, linked to an event. The key holds a digest of each of those
 *   claims, in page order, so an edited claim rebuilds exactly the pages that
 *   list it, and a claim that joins or leaves a list rebuilds that list's page.
 * - Everything else (articles, people, outlets, events) appears on pages in
 *   ways that are not references (an article page lists the events before its
 *   date; every claim list shows claimant names), so one digest of all their
 *   frontmatter is in every key: editing a person or an event rebuilds every page.
 * - Bodies (analysis, article text, profiles) are shown on their own page only,
 *   so an entry's body is in its own page's key and nowhere else.
 *
 * - Timeline links: a claim, event or article page links to its entry's place on
 *   the timeline (and an article page to its events'). While the timeline is one
 *   page that place is fixed; once it is split by month (`timeline-pages.ts`)
 *   the place (month and page) is in the key, so an entry that moves to another
 *   page rebuilds the pages that link to it.
 * - Lists and timeline pages show a page of claims (or timeline entries) and
 *   figures about the whole list (counts, filter options, page links): the
 *   key holds a digest of each claim on the page, as above, and everything
 *   else the page object carries, serialized. An edited claim rebuilds the list
 *   pages it is on, its month's timeline page and its embed card; a claim that
 *   changes a count rebuilds every page that shows the count.
 * - Editions: each page's key names its edition, and a translated edition's
 *   keys carry the digest of all its translations (claim texts appear on other
 *   claims' pages and in lists), so editing a Ukrainian translation rebuilds the
 *   Ukrainian pages and leaves the English and Russian ones cached.
 *
 * Astro adds the rest: each route's code (its module graph), the config and
 * the lock file. A page that starts showing claims another way must say so
 * here; `npm run bench:build` checks at 1,000 claims that an incremental build
 * after an edit equals a clean build, page for page.
 */
import { createHash } from 'node:crypto';
import type { Entry } from '../model/entry.ts';
import type { SiteIndex } from './site-index.ts';
import type { ClaimListPage } from './list-pages.ts';
import type { ListPage } from './pagination.ts';
import { timelineSummary, timelineView, type TimelinePage } from './timeline-pages.ts';
import { DEFAULT_LOCALE, timelineAnchor, type Locale } from '../urls.ts';

/** Bump to invalidate every cached page (e.g. when what a key covers changes). */
const KEY_VERSION = 3;

/** The key of each page that has one: detail pages by entry id, list and timeline pages by the page they render. */
export interface PageKeys {
  claim(id: string): string;
  article(id: string): string;
  person(id: string): string;
  outlet(id: string): string;
  event(id: string): string;
  /** `/embed/claims/<id>/` (English only). */
  embed(id: string): string;
  /** A page of a claim list (`claimListPages`), in this edition. */
  list(page: ClaimListPage): string;
  /** A page of the timeline (`timelineView(…).pages`), in this edition. */
  timeline(page: TimelinePage): string;
  /** A page of `/articles/`: its articles (their frontmatter is in every key) and how many claims each has. */
  articleList(page: ListPage<Entry<unknown>>): string;
}

const digest = (parts: readonly string[]): string => createHash('sha256').update(parts.join('\0')).digest('base64url');

/** What an entry says in its frontmatter: all that other pages show of it. */
function dataDigest(e: Entry<unknown>): string {
  return createHash('sha1').update(e.id).update('\0').update(JSON.stringify(e.data)).digest('base64url');
}

/** The frontmatter and the body: what the entry's own page shows. */
function fullDigest(e: Entry<unknown>): string {
  return createHash('sha1').update(dataDigest(e)).update('\0').update(e.body).digest('base64url');
}

const cache = new WeakMap<SiteIndex, Map<Locale, PageKeys>>();

/** Keys for every detail page of `site` in one edition; computed once per site index and edition, and shared by all routes. */
export function pageKeys(site: SiteIndex, locale: Locale = DEFAULT_LOCALE): PageKeys {
  let byLocale = cache.get(site);
  if (!byLocale) cache.set(site, (byLocale = new Map()));
  let keys = byLocale.get(locale);
  if (!keys) byLocale.set(locale, (keys = computeKeys(site, locale)));
  return keys;
}

function computeKeys(site: SiteIndex, locale: Locale): PageKeys {
  const claimData = new Map(site.claims.map((c) => [c.id, dataDigest(c)]));
  const rest = digest([site.articles, site.people, site.outlets, site.events].flatMap((list) => ['|', ...list.map(dataDigest)]));
  const timeline = timelineView(site);
  const place = (kind: 'claim' | 'event' | 'article', id: string): string => {
    const at = timeline.places.get(timelineAnchor(kind, id));
    return at ? `${at.key}/${at.page}` : 'whole';
  };
  const eventPlaces = timeline.split ? digest(site.events.map((e) => place('event', e.id))) : 'whole';
  const key = (
    kind: string,
    own: Entry<unknown> | undefined,
    claims: readonly Entry<unknown>[] | undefined,
    links: readonly string[] = [],
  ): string =>
    digest([
      String(KEY_VERSION),
      kind,
      locale,
      locale === DEFAULT_LOCALE ? '' : site.translations.digest(locale),
      rest,
      own ? fullDigest(own) : 'missing',
      ...(claims ?? []).map((c) => claimData.get(c.id) ?? 'missing'),
      '|',
      ...links,
    ]);
  return {
    claim: (id) => key('claim', site.claim.get(id), site.relatedByClaim.get(id), [place('claim', id)]),
    article: (id) => key('article', site.article.get(id), site.claimsByArticle.get(id), [place('article', id), eventPlaces]),
    person: (id) => key('person', site.person.get(id), site.claimsByPerson.get(id)),
    outlet: (id) => key('outlet', site.outlet.get(id), site.claimsByOutlet.get(id)),
    event: (id) => key('event', site.event.get(id), site.claimsByEvent.get(id), [place('event', id)]),
    embed: (id) => key('embed', undefined, site.claim.get(id) ? [site.claim.get(id)!] : undefined),
    list: ({ filter, claims, pagination, filters, facets }) =>
      key('list', undefined, claims, [
        // The filter's claims show only as a count; every claim's count is in the description of /claims/.
        JSON.stringify({ filter: filter && { ...filter, claims: filter.claims.length }, pagination, filters, facets: facets ?? null }),
        String(site.claims.length),
      ]),
    articleList: ({ items, pagination }) =>
      key('articles', undefined, undefined, [
        JSON.stringify({ pagination, articles: items.map((a) => [a.id, site.claimsByArticle.get(a.id)?.length ?? 0]) }),
      ]),
    // Timeline entries are plain text already (titles, dates, verdicts), so the page object is what it shows;
    // the month index and the whole timeline also show the summary of every entry.
    timeline: (page) => {
      const whole = timelineView(site, locale);
      return key('timeline', undefined, undefined, [
        JSON.stringify(page),
        page.kind === 'period' ? '' : timelineSummary(whole.entries, whole.groups, locale),
      ]);
    },
  };
}
