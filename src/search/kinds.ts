/**
 * The kinds of entry search returns, their collections and labels, and the
 * page each result links to. Shared by the build (documents, index) and the
 * browser (drawing results).
 */
import { paths, type Locale } from '../lib/urls.ts';

/** The kinds of result search returns, in the order the index stores them. */
export const SEARCH_KINDS = ['person', 'outlet', 'event', 'article', 'claim'] as const;

/** A kind of search result. */
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** The collection (and URL segment) of each kind. */
export const KIND_COLLECTION: Readonly<Record<SearchKind, string>> = {
  person: 'people',
  outlet: 'outlets',
  event: 'events',
  article: 'articles',
  claim: 'claims',
};

const ENTRY_PAGE: Readonly<Record<SearchKind, (id: string, l?: Locale) => string>> = {
  person: paths.person,
  outlet: paths.outlet,
  event: paths.event,
  article: paths.article,
  claim: paths.claim,
};

/** The entry's page: `/claims/<id>/`, `/people/<id>/`, … (from the URL module). */
export function searchUrl(kind: SearchKind, id: string, locale?: Locale): string {
  return ENTRY_PAGE[kind](id, locale);
}

/** The page listing every entry of a kind (events have none of their own: the timeline lists them). */
export function listUrl(kind: SearchKind, locale?: Locale): string {
  const lists: Record<SearchKind, string> = {
    person: paths.people(locale),
    outlet: paths.outlets(locale),
    event: paths.timeline(locale),
    article: paths.articles(locale),
    claim: paths.claims(locale),
  };
  return lists[kind];
}
