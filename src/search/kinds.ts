/**
 * The kinds of entry search returns, their collections and labels, and the
 * page each result links to. Shared by the build (documents, index) and the
 * browser (drawing results).
 */

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

/** How a kind is labelled in results. */
export const KIND_LABEL: Readonly<Record<SearchKind, string>> = {
  person: 'Person',
  outlet: 'Outlet',
  event: 'Event',
  article: 'Article',
  claim: 'Claim',
};

/** The entry's page: `/claims/<id>/`, `/people/<id>/`, … */
export function searchUrl(kind: SearchKind, id: string): string {
  return `/${KIND_COLLECTION[kind]}/${id}/`;
}

/** The page listing every entry of a kind (events have none of their own: the timeline lists them). */
export function listUrl(kind: SearchKind): string {
  return kind === 'event' ? '/timeline/' : `/${KIND_COLLECTION[kind]}/`;
}
