/**
 * Every page of the claim lists, computed once: all claims (`/claims/`), and
 * the claims of each verdict, outlet and person (`/claims/verdict/<v>/`,
 * `/claims/outlet/<id>/`, `/claims/person/<id>/`), each split into pages of
 * `LIST_PAGE_SIZE` (`…/page/2/`), so no list page grows with the site.
 *
 * Every verdict on the scale has its page, even with no claim yet, so its URL
 * is permanent and the home page's chart can link every bar; an outlet or a
 * person has one once a claim is filed by or about them. A claim belongs to
 * the same values as the in-place filter matches (`claimFacets`): the
 * claimant and the people it is about; the claimant's outlet and the outlets
 * of the articles it appears in. Lists keep the site's order, newest check first.
 * Linear in claims × facets.
 */
import type { Claim } from '../../schemas/claim.ts';
import type { Entry } from '../model/entry.ts';
import { VERDICT_IDS, type VerdictId } from '../model/verdicts.ts';
import { translator, type MessageKey } from '../i18n/messages.ts';
import { personName, verdictIn } from '../i18n/names.ts';
import { DEFAULT_LOCALE, LIST_FACETS, paths, unlocalize, type ListFacet, type Locale } from '../urls.ts';
import { claimFacets, type ClaimFacets } from './facets.ts';
import type { FilterControl, FilterOption } from './filters.ts';
import { paginateList, type Pagination } from './pagination.ts';
import type { SiteIndex } from './site-index.ts';

/** Claims per list page: a few phone screens, and about 15 KB gzipped. */
export const LIST_PAGE_SIZE = 50;

/** What a claim list reads from the site index. */
export type ListInput = Pick<SiteIndex, 'claims' | 'article' | 'outlet' | 'person'>;

/** One value of a facet: a verdict, an outlet or a person, with its claims. */
export interface FacetValue {
  facet: ListFacet;
  /** The verdict id, outlet id or person id. */
  value: string;
  /** "Misleading", "RT", "Vladimir Putin", in the edition's language (outlet names as written). */
  label: string;
  /** Its claims, newest check first. */
  claims: Entry<Claim>[];
  /** Its first page. */
  href: string;
}

/** One page of a claim list. */
export interface ClaimListPage {
  /** The list's filter, or undefined for every claim. */
  filter?: FacetValue | undefined;
  /** The claims on this page. */
  claims: Entry<Claim>[];
  pagination: Pagination;
  /** The filter form: each facet's values, and whether choosing one narrows this page or opens another. */
  filters: FilterControl[];
  /** Each claim's values per facet (space-separated), keyed by claim id, when some filter narrows this page in place: its card carries them as `data-*`. */
  facets?: Record<string, Record<ListFacet, string>> | undefined;
}

/** Every facet's values, in a reader's order: verdicts on the scale, outlets and people by name. */
export type FacetValues = Record<ListFacet, FacetValue[]>;

/** Computes each facet's values and their claims, labelled and linked in an edition. */
export function facetValues(site: ListInput, locale: Locale = DEFAULT_LOCALE): FacetValues {
  const byFacet: Record<ListFacet, Map<string, Entry<Claim>[]>> = { verdict: new Map(), outlet: new Map(), person: new Map() };
  for (const v of VERDICT_IDS) byFacet.verdict.set(v, []);
  for (const c of site.claims) {
    const f = claimFacets(c, site);
    for (const facet of LIST_FACETS) {
      for (const value of valuesOf(f, facet)) {
        const list = byFacet[facet].get(value);
        if (list) list.push(c);
        else byFacet[facet].set(value, [c]);
      }
    }
  }
  const label: Record<ListFacet, (value: string) => string> = {
    verdict: (v) => ((VERDICT_IDS as readonly string[]).includes(v) ? verdictIn(v as VerdictId, locale).label : v),
    outlet: (id) => site.outlet.get(id)?.data.name ?? id,
    person: (id) => personName(site.person.get(id), locale) ?? id,
  };
  const values = (facet: ListFacet): FacetValue[] => {
    const list = [...byFacet[facet]].map(([value, claims]) => ({
      facet,
      value,
      label: label[facet](value),
      claims,
      href: paths.claimsBy(facet, value, 1, locale),
    }));
    // Verdicts keep the scale's order (the Map was seeded with it); names sort alphabetically, as the edition's language sorts.
    return facet === 'verdict' ? list : list.sort((a, b) => a.label.localeCompare(b.label, locale));
  };
  return { verdict: values('verdict'), outlet: values('outlet'), person: values('person') };
}

/** A claim's values of one facet. */
function valuesOf(f: ClaimFacets, facet: ListFacet): string[] {
  return facet === 'verdict' ? [f.verdict] : facet === 'outlet' ? f.outlets : f.people;
}

/** Every page of every claim list: `/claims/` first, then verdicts, outlets and people. */
export function claimListPages(site: ListInput, size = LIST_PAGE_SIZE, locale: Locale = DEFAULT_LOCALE): ClaimListPage[] {
  const values = facetValues(site, locale);
  const facets = new Map(site.claims.map((c) => [c.id, claimFacets(c, site)]));
  const lists: { filter?: FacetValue; claims: Entry<Claim>[] }[] = [
    { claims: site.claims },
    ...LIST_FACETS.flatMap((f) => values[f].map((v) => ({ filter: v, claims: v.claims }))),
  ];
  return lists.flatMap(({ filter, claims }) => {
    const pathOf = (n: number) => (filter ? paths.claimsBy(filter.facet, filter.value, n, locale) : paths.claimsPage(n, locale));
    return paginateList(claims, size, pathOf).map(({ items, pagination }) => {
      const filters = listFilters(values, filter, items, facets, pagination.last === 1, locale);
      const inPlace = filters.some((f) => !f.navigates);
      return { filter, claims: items, pagination, filters, facets: inPlace ? itemFacets(items, facets) : undefined };
    });
  });
}

function itemFacets(claims: readonly Entry<Claim>[], facets: ReadonlyMap<string, ClaimFacets>): Record<string, Record<ListFacet, string>> {
  return Object.fromEntries(
    claims.map((c) => {
      const f = facets.get(c.id)!;
      return [c.id, { verdict: f.verdict, outlet: f.outlets.join(' '), person: f.people.join(' ') }];
    }),
  );
}

/** The name of each facet, as its filter is labelled: "Verdict", "Outlet", "Person" (`lists.facet.*`). */
export const FACET_LABELS: Readonly<Record<ListFacet, MessageKey>> = {
  verdict: 'lists.facet.verdict',
  outlet: 'lists.facet.outlet',
  person: 'lists.facet.person',
};

/** A facet's name in an edition: "Verdict", "Оцінка". */
export function facetLabel(facet: ListFacet, locale: Locale = DEFAULT_LOCALE): string {
  return translator(locale)(FACET_LABELS[facet]);
}

/**
 * The filter form of one page. A facet's select opens the chosen value's page when it is the
 * page's own facet, or when the list runs to more than one page (narrowing one page of many
 * would hide claims on the others). On a list that fits one page, the other facets narrow it in
 * place, offering only the values its claims have. Readers without JS get every value's page as a
 * link: on /claims/ for each facet, on a facet's page for that facet only (a link to another
 * facet's value would silently drop this page's filter; there are no pages for combinations).
 */
function listFilters(
  values: FacetValues,
  own: FacetValue | undefined,
  claims: readonly Entry<Claim>[],
  facets: ReadonlyMap<string, ClaimFacets>,
  whole: boolean,
  locale: Locale,
): FilterControl[] {
  return LIST_FACETS.map((facet) => {
    const links: FilterOption[] = values[facet]
      .filter((v) => v.claims.length > 0)
      .map((v) => ({ value: v.value, label: v.label, count: v.claims.length, href: v.href }));
    const navigates = own?.facet === facet || !whole;
    const present = new Map<string, number>();
    if (!navigates) {
      for (const c of claims) for (const v of valuesOf(facets.get(c.id)!, facet)) present.set(v, (present.get(v) ?? 0) + 1);
    }
    const options = navigates ? links : links.filter((o) => present.has(o.value)).map((o) => ({ ...o, count: present.get(o.value) }));
    return {
      name: facet,
      label: facetLabel(facet, locale),
      options,
      selected: own?.facet === facet ? own.value : '',
      navigates,
      allHref: paths.claims(locale),
      links: own && own.facet !== facet ? undefined : links,
    };
  });
}

/** The page's heading: "Claims", "Claims rated Misleading", "Claims from RT", "Claims by or about Vladimir Putin" (in the edition's words). */
export function listHeading(filter: Pick<FacetValue, 'facet' | 'label'> | undefined, locale: Locale = DEFAULT_LOCALE): string {
  const t = translator(locale);
  if (!filter) return t('lists.heading.all');
  return t(`lists.heading.${filter.facet}`, { label: filter.label });
}

/** The page's title: its heading, and the page number after the first. */
export function listTitle(page: Pick<ClaimListPage, 'filter' | 'pagination'>, locale: Locale = DEFAULT_LOCALE): string {
  const { current, last } = page.pagination;
  const heading = listHeading(page.filter, locale);
  return current > 1 ? translator(locale)('lists.title.paged', { heading, current, last }) : heading;
}

/** The page's description: what the list holds and how many claims; `all` is the number of claims on the site. */
export function listDescription(page: Pick<ClaimListPage, 'filter' | 'pagination'>, all: number, locale: Locale = DEFAULT_LOCALE): string {
  const t = translator(locale);
  return page.filter
    ? t.plural('lists.description.filtered', page.pagination.total, { heading: listHeading(page.filter, locale) })
    : t.plural('lists.description.all', all);
}

/** The line above the list: "Claims 51–63 of 63, newest check first." on a list of pages, "12 claims, newest check first." on one. */
export function listSummary(pagination: Pick<Pagination, 'from' | 'to' | 'total' | 'last'>, locale: Locale = DEFAULT_LOCALE): string {
  const t = translator(locale);
  const n = (x: number) => x.toLocaleString(locale);
  return pagination.last > 1
    ? t('lists.summary.range', { from: n(pagination.from), to: n(pagination.to), total: n(pagination.total) })
    : t.plural('lists.summary.count', pagination.total);
}

/** The route parameter of a list page under `/claims/`: `verdict/false/page/2`, or undefined for `/claims/` itself. */
export function listParam(path: string): string | undefined {
  return unlocalize(path).slice(paths.claims().length, -1) || undefined;
}
