/**
 * What /search/ lists without JavaScript: each kind of entry with every
 * spelling of its names, so the browser's Find still searches; at most
 * `BROWSE_LIMIT` entries of each kind, the rest a link away on the kind's own
 * list, so the page stays light however large the site grows.
 */
import { listUrl, SEARCH_KINDS, type SearchKind } from '../kinds.ts';
import type { SearchDocument } from './document.ts';
import type { Locale } from '../../lib/urls.ts';

/** Entries of each kind listed; the page holds at most five times this many. */
export const BROWSE_LIMIT = 100;

/** One kind's part of the listing. */
export interface BrowseGroup {
  /** The kind. */
  kind: SearchKind;
  /** How many entries of this kind there are. */
  total: number;
  /** The entries listed: the first `BROWSE_LIMIT`. */
  shown: SearchDocument[];
  /** Where the rest are, when some are not listed. */
  more?: string;
}

/** The listing for `docs`: one group per kind that has entries, in `SEARCH_KINDS` order. */
export function browseGroups(docs: readonly SearchDocument[], limit = BROWSE_LIMIT, locale?: Locale): BrowseGroup[] {
  return SEARCH_KINDS.flatMap((kind) => {
    const all = docs.filter((d) => d.kind === kind);
    if (all.length === 0) return [];
    const group: BrowseGroup = { kind, total: all.length, shown: all.slice(0, limit) };
    if (all.length > limit) group.more = listUrl(kind, locale);
    return [group];
  });
}
