/**
 * Forwarding old timeline links. Once the timeline is split into month pages,
 * `/timeline/anchors.json` lists each month's anchors in order; the page an
 * anchor is on follows from its position and the page size. Kept apart from
 * `timeline-pages.ts` so the index page's script imports only this.
 */

/** What `/timeline/anchors.json` holds: each month's anchors in timeline order, and entries per page. */
export interface AnchorIndex {
  pageSize: number;
  months: Record<string, string[]>;
}

/** The month and page an anchor is on, or undefined when the index does not have it. */
export function placeOfAnchor(index: AnchorIndex, anchor: string): { key: string; page: number } | undefined {
  for (const [key, anchors] of Object.entries(index.months)) {
    const i = anchors.indexOf(anchor);
    if (i >= 0) return { key, page: Math.floor(i / index.pageSize) + 1 };
  }
  return undefined;
}

/** The anchor a location's hash names, if it is a timeline entry's (`#claim-x`, `#event-y`, `#article-z`). */
export function entryAnchorOf(hash: string): string | undefined {
  const m = /^#((?:event|article|claim)-[a-z0-9-]+)$/.exec(hash);
  return m?.[1];
}
