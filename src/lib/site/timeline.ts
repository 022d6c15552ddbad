/**
 * The timeline: events, article publications and claims merged into one
 * chronology and grouped by month, each entry with its permanent anchor
 * (`#event-<id>`, `#article-<id>`, `#claim-<id>`) and the facets the
 * filters on /timeline/ use.
 *
 * Order: by `dateSortKey`, so a date known only to the month follows the
 * dated days of that month and a bare year follows its months; ties go
 * event, article, claim, then by title. A claim sits at its `claimDate`
 * (when the statement was made), not at the date of our check.
 * Linear in the number of entries plus one sort.
 */
import type { Article } from '../../schemas/article.ts';
import type { Claim } from '../../schemas/claim.ts';
import type { Event } from '../../schemas/event.ts';
import { articleOutlets, claimFacets } from './facets.ts';
import { claimantNames } from './claim-view.ts';
import { paths, timelineAnchor } from '../urls.ts';
import { dateSortKey, formatMonthKey, monthKey } from '../model/dates.ts';
import type { Entry } from '../model/entry.ts';
import type { SiteIndex } from './site-index.ts';
import { VERDICTS, VERDICT_IDS, type VerdictId } from '../model/verdicts.ts';
import { ENTRY_KIND_LABELS } from '../model/labels.ts';
import type { FilterControl } from './filters.ts';

/** What an entry records. */
export type TimelineKind = 'event' | 'article' | 'claim';

/** Kinds in tie-break order, with the labels readers see. */
export const TIMELINE_KINDS: readonly { id: TimelineKind; label: string; plural: string }[] = (['event', 'article', 'claim'] as const).map(
  (id) => ({
    id,
    ...ENTRY_KIND_LABELS[id],
  }),
);

const KIND_RANK: Record<TimelineKind, number> = { event: 0, article: 1, claim: 2 };

/** One entry on the timeline. */
export interface TimelineEntry {
  /** Event, article publication or claim. */
  kind: TimelineKind;
  /** The entry's id in its collection. */
  id: string;
  /** The element id on /timeline/: `<kind>-<id>`; other pages link to it. */
  anchor: string;
  /** The entry's own page. */
  href: string;
  /** Event title, article headline, or the claim restated. */
  title: string;
  /** One line of context: an event's description, an article's outlet, a claim's claimant. */
  context: string;
  /** The date as written, at its own precision. */
  date: string;
  /** Shown as "about …". */
  approximate: boolean;
  /** True when we worked the date out rather than read it (article publication dates). */
  inferred: boolean;
  /** For claims: the verdict. */
  verdict?: VerdictId;
  /** Outlet ids the entry can be filtered by. */
  outlets: string[];
  /** Person ids the entry can be filtered by. */
  people: string[];
}

/** One month (or, for dates known only to the year, one year) of entries. */
export interface TimelineGroup {
  /** `YYYY-MM`, or `YYYY` for entries dated only to the year. */
  key: string;
  /** "December 2024", or "2024, month not known". */
  label: string;
  /** The group's element id: `month-2024-12` or `year-2024`. */
  anchor: string;
  /** Entries in timeline order. */
  entries: TimelineEntry[];
}

/** What the timeline reads from the site index. */
export type TimelineInput = Pick<SiteIndex, 'articles' | 'claims' | 'events' | 'article' | 'outlet' | 'person'>;

/** Every event, article and claim as timeline entries, in timeline order. */
export function timelineEntries(site: TimelineInput): TimelineEntry[] {
  const claims = site.claims.map((c) => claimEntry(c, site));
  const people = peopleByArticle(site.claims, claims);
  const entries = [...site.events.map((e) => eventEntry(e, site)), ...site.articles.map((a) => articleEntry(a, site, people)), ...claims];
  const keyed = entries.map((entry) => ({ entry, key: dateSortKey(entry.date) }));
  keyed.sort((a, b) => compareKeyed(a.key, a.entry, b.key, b.entry));
  return keyed.map((k) => k.entry);
}

/** Orders two entries: date, then the more precise date, then kind (event, article, claim), then title, then id. */
export function compareEntries(a: TimelineEntry, b: TimelineEntry): number {
  return compareKeyed(dateSortKey(a.date), a, dateSortKey(b.date), b);
}

function compareKeyed(ka: string, a: TimelineEntry, kb: string, b: TimelineEntry): number {
  if (ka !== kb) return ka < kb ? -1 : 1;
  // "2024" and "2024-12" share a sort key; the month goes first so each month's group stays in one piece.
  return (
    b.date.length - a.date.length ||
    KIND_RANK[a.kind] - KIND_RANK[b.kind] ||
    a.title.localeCompare(b.title, 'en') ||
    a.id.localeCompare(b.id)
  );
}

/** Splits ordered entries into consecutive month groups (a bare year forms its own group after its months). */
export function groupByMonth(entries: readonly TimelineEntry[]): TimelineGroup[] {
  const groups: TimelineGroup[] = [];
  for (const entry of entries) {
    const key = monthKey(entry.date);
    let group = groups.at(-1);
    if (group?.key !== key) {
      const year = key.length === 4;
      group = {
        key,
        label: year ? `${key}, month not known` : formatMonthKey(key),
        anchor: `${year ? 'year' : 'month'}-${key}`,
        entries: [],
      };
      groups.push(group);
    }
    group.entries.push(entry);
  }
  return groups;
}

/** The timeline grouped by month: what /timeline/ renders. */
export function buildTimeline(site: TimelineInput): TimelineGroup[] {
  return groupByMonth(timelineEntries(site));
}

function eventEntry(e: Entry<Event>, site: TimelineInput): TimelineEntry {
  // An event has no outlet of its own: it belongs to the outlets whose articles refer to it.
  const outlets = new Set<string>();
  for (const ref of e.data.articles) {
    const article = site.article.get(ref.id);
    if (article) for (const o of articleOutlets(article)) outlets.add(o);
  }
  return {
    kind: 'event',
    id: e.id,
    anchor: timelineAnchor('event', e.id),
    href: paths.event(e.id),
    title: e.data.title,
    context: e.data.description,
    date: e.data.date,
    approximate: e.data.approximate,
    inferred: false,
    outlets: [...outlets],
    people: unique(e.data.people.map((p) => p.id)),
  };
}

function articleEntry(a: Entry<Article>, site: TimelineInput, people: Map<string, Set<string>>): TimelineEntry {
  const outletName = (id: string) => site.outlet.get(id)?.data.name ?? id;
  const t = a.data.translation;
  const context =
    outletName(a.data.outlet.id) +
    (t && t.originalOutlet.id !== a.data.outlet.id ? `, translating ${outletName(t.originalOutlet.id)}` : '');
  return {
    kind: 'article',
    id: a.id,
    anchor: timelineAnchor('article', a.id),
    href: paths.article(a.id),
    title: a.data.title,
    context,
    date: a.data.published.date,
    approximate: a.data.published.approximate,
    inferred: a.data.published.certainty === 'inferred',
    outlets: articleOutlets(a),
    // The people whose claims the article carries, so a person filter shows where they appear.
    people: [...(people.get(a.id) ?? [])],
  };
}

function claimEntry(c: Entry<Claim>, site: TimelineInput): TimelineEntry {
  const f = claimFacets(c, site);
  return {
    kind: 'claim',
    id: c.id,
    anchor: timelineAnchor('claim', c.id),
    href: paths.claim(c.id),
    title: c.data.claim,
    context: claimantNames(c, site),
    date: c.data.claimDate,
    approximate: false,
    inferred: false,
    verdict: c.data.verdict,
    outlets: f.outlets,
    people: f.people,
  };
}

/** Article id → the people of the claims quoted in it (`entries` are the claims' entries, in the same order). */
function peopleByArticle(claims: readonly Entry<Claim>[], entries: readonly TimelineEntry[]): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  claims.forEach((c, i) => {
    for (const app of c.data.appearances) {
      const set = map.get(app.article.id) ?? new Set<string>();
      for (const p of entries[i]?.people ?? []) set.add(p);
      map.set(app.article.id, set);
    }
  });
  return map;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

/** A timeline filter: it narrows the entries in place (with JS), offering only values some entry has, in a reader's order. */
export interface TimelineFilter extends FilterControl {
  name: 'kind' | 'outlet' | 'person' | 'verdict';
}

/** The filters for a set of entries: kind, outlet, person, verdict, each offering only values in use. */
export function timelineFilters(entries: readonly TimelineEntry[], site: Pick<SiteIndex, 'outlet' | 'person'>): TimelineFilter[] {
  const kinds = new Set(entries.map((e) => e.kind));
  const verdicts = new Set(entries.flatMap((e) => (e.verdict ? [e.verdict] : [])));
  const named = (ids: Set<string>, name: (id: string) => string | undefined) =>
    [...ids].map((id) => ({ value: id, label: name(id) ?? id })).sort((a, b) => a.label.localeCompare(b.label, 'en'));
  return [
    { name: 'kind', label: 'Kind', options: TIMELINE_KINDS.filter((k) => kinds.has(k.id)).map((k) => ({ value: k.id, label: k.plural })) },
    { name: 'outlet', label: 'Outlet', options: named(new Set(entries.flatMap((e) => e.outlets)), (id) => site.outlet.get(id)?.data.name) },
    { name: 'person', label: 'Person', options: named(new Set(entries.flatMap((e) => e.people)), (id) => site.person.get(id)?.data.name) },
    {
      name: 'verdict',
      label: 'Verdict',
      options: VERDICT_IDS.filter((v) => verdicts.has(v)).map((v) => ({ value: v, label: VERDICTS[v].label })),
    },
  ];
}
