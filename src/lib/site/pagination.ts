/**
 * Splitting a list into numbered pages with permanent URLs, as a pure
 * function. Astro's `paginate()` cannot serve page 1 at `/claims/` and page 2
 * at `/claims/page/2/` (its page number is the route's last segment, so page
 * 2 would be `/claims/2/`), and the site's paths come from `urls.ts`, so the
 * list modules paginate here and hand pages ready objects.
 */

/** One link of a page navigation: a page number, or a gap ("…") between runs of numbers. */
export type PageLink = { page: number; href: string; current: boolean } | { gap: true };

/** Where a page sits in its list, with the links a reader needs to move on. */
export interface Pagination {
  /** This page's number, from 1. */
  current: number;
  /** The number of the last page (1 for a list that fits on one page). */
  last: number;
  /** How many items the whole list has. */
  total: number;
  /** 1-based position of this page's first item, and of its last (0 and 0 for an empty list). */
  from: number;
  to: number;
  /** This page's path. */
  href: string;
  /** The previous and next pages' paths, where there are such pages. */
  prev?: string | undefined;
  next?: string | undefined;
  /** Numbered links: the first and last page and those near this one, gaps between. */
  links: PageLink[];
}

/** One page of a list: its items and where it sits. */
export interface ListPage<T> {
  items: T[];
  pagination: Pagination;
}

/** How many numbered pages to show on each side of the current one. */
const NEAR = 2;

/** Splits `items` into pages of `size` (at least one page, so an empty list still has its page). */
export function paginateList<T>(items: readonly T[], size: number, pathOf: (page: number) => string): ListPage<T>[] {
  const last = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: last }, (_, i) => {
    const current = i + 1;
    const slice = items.slice(i * size, current * size);
    return {
      items: slice,
      pagination: {
        current,
        last,
        total: items.length,
        from: slice.length > 0 ? i * size + 1 : 0,
        to: i * size + slice.length,
        href: pathOf(current),
        prev: current > 1 ? pathOf(current - 1) : undefined,
        next: current < last ? pathOf(current + 1) : undefined,
        links: pageLinks(current, last, pathOf),
      },
    };
  });
}

/** `1 … 4 5 [6] 7 8 … 20`: the ends and a window around the current page, so the navigation stays short at any length. */
export function pageLinks(current: number, last: number, pathOf: (page: number) => string): PageLink[] {
  if (last <= 1) return [];
  const shown = [...new Set([1, last, ...Array.from({ length: 2 * NEAR + 1 }, (_, i) => current - NEAR + i)])]
    .filter((p) => p >= 1 && p <= last)
    .sort((a, b) => a - b);
  const links: PageLink[] = [];
  for (const page of shown) {
    const before = links.at(-1);
    if (before && 'page' in before && page - before.page === 2) links.push(link(page - 1, current, pathOf));
    else if (before && 'page' in before && page - before.page > 2) links.push({ gap: true });
    links.push(link(page, current, pathOf));
  }
  return links;
}

function link(page: number, current: number, pathOf: (page: number) => string): PageLink {
  return { page, href: pathOf(page), current: page === current };
}
