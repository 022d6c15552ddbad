/**
 * What a list's filter offers, as `components/FilterForm.astro` draws it and
 * `scripts/filter-list.ts` runs it. A filter either narrows the list in place
 * (with JS; the choice is kept in `?name=value`) or, where each value has a
 * page of its own, opens that page: links without JS, the form's submit with JS.
 */

/** One value a filter offers. */
export interface FilterOption {
  /** Matches the items' `data-<name>` and the URL parameter. */
  value: string;
  /** What readers see. */
  label: string;
  /** How many items have it, shown beside the label where known. */
  count?: number | undefined;
  /** The value's own page, where it has one. */
  href?: string | undefined;
}

/** One filter: a select with JS, a row of links without (when its values have pages). */
export interface FilterControl {
  /** The items' `data-<name>` attribute and the URL parameter. */
  name: string;
  /** The select's label. */
  label: string;
  /** The select's options (besides "All"), in a reader's order. */
  options: FilterOption[];
  /** The value this page stands for ('' or absent: all). */
  selected?: string | undefined;
  /** True when choosing opens the value's page rather than narrowing this one (the list is longer than a page, or this is the page's own filter). */
  navigates?: boolean | undefined;
  /** Where "All" leads when choosing navigates. */
  allHref?: string | undefined;
  /** The links readers without JS follow: every value with a page (absent: the filter needs JS). */
  links?: FilterOption[] | undefined;
}
