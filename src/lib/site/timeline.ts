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
 *
 * Every edition has the same entries in the same order (ties go by the English
 * title), so an anchor is on the same month page in each; only the words
 * differ: event titles and descriptions from a current translation, claims
 * restated in the edition (`claimView`), people as the edition spells them,
 * month names in its language. Text that stays English on a translated page
 * carries its language (`titleLang`, `contextLang`).
 */
import type { Article } from '../../schemas/article.ts';
import type { Claim } from '../../schemas/claim.ts';
import type { Event } from '../../schemas/event.ts';
import { articleOutlets, claimFacets } from './facets.ts';
import { claimView } from './claim-view.ts';
import { DEFAULT_LOCALE, paths, timelineAnchor, type Locale } from '../urls.ts';
import { dateSortKey, formatMonthKey, monthKey } from '../model/dates.ts';
import type { Entry } from '../model/entry.ts';
import type { SiteIndex } from './site-index.ts';
import { VERDICT_IDS, type VerdictId } from '../model/verdicts.ts';
import { entryKindLabel } from '../model/labels.ts';
import { langOf } from '../i18n/editions.ts';
import { translator } from '../i18n/messages.ts';
import { personName, verdictIn } from '../i18n/names.ts';
import { PLACEHOLDER_SITE_URL } from '../../consts.ts';
import type { FilterControl } from './filters.ts';

/** What an entry records. */
export type TimelineKind = 'event' | 'article' | 'claim';

/** A kind of entry with the labels readers see. */
export interface TimelineKindLabel {
  id: TimelineKind;
  /** "Event", "Подія". */
  label: string;
  /** "Events", "Події". */
  plural: string;
}

const KIND_IDS = ['event', 'article', 'claim'] as const;

/** Kinds in tie-break order, with their labels in an edition. */
export function timelineKinds(locale: Locale = DEFAULT_LOCALE): readonly TimelineKindLabel[] {
  return KIND_IDS.map((id) => ({ id, label: entryKindLabel(id, locale), plural: entryKindLabel(id, locale, true) }));
}

/** Kinds in tie-break order, with the English labels. */
export const TIMELINE_KINDS: readonly TimelineKindLabel[] = timelineKinds(DEFAULT_LOCALE);

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
  /** Event title, article headline, or the claim restated, in the edition's language where it has them. */
  title: string;
  /** The title's language where it is not the edition's (`en` for an untranslated event on a Ukrainian page). */
  titleLang?: string | undefined;
  /** One line of context: an event's description, an article's outlet, a claim's claimant. */
  context: string;
  /** The context's language where it is not the edition's. */
  contextLang?: string | undefined;
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
  /** "December 2024", or "2024, month not known", in the edition's language. */
  label: string;
  /** The group's element id: `month-2024-12` or `year-2024`. */
  anchor: string;
  /** Entries in timeline order. */
  entries: TimelineEntry[];
}

/** What the timeline reads from the site index. */
export type TimelineInput = Pick<SiteIndex, 'articles' | 'claims' | 'events' | 'article' | 'outlet' | 'person' | 'translations'>;

/** Every event, article and claim as timeline entries, in timeline order, worded for an edition. */
export function timelineEntries(site: TimelineInput, locale: Locale = DEFAULT_LOCALE): TimelineEntry[] {
  const claims = site.claims.map((c) => claimEntry(c, site, locale));
  const people = peopleByArticle(site.claims, claims);
  // Ties are broken by the English title, so the order (and each anchor's page) is the same in every edition.
  const keyed = [
    ...site.events.map((e) => ({ entry: eventEntry(e, site, locale), title: e.data.title })),
    ...site.articles.map((a) => ({ entry: articleEntry(a, site, people, locale), title: a.data.title })),
    ...claims.map((entry, i) => ({ entry, title: site.claims[i]!.data.claim })),
  ].map((k) => ({ ...k, key: dateSortKey(k.entry.date) }));
  keyed.sort((a, b) => compareKeyed(a.key, a.entry, a.title, b.key, b.entry, b.title));
  return keyed.map((k) => k.entry);
}

/** Orders two entries: date, then the more precise date, then kind (event, article, claim), then title, then id. */
export function compareEntries(a: TimelineEntry, b: TimelineEntry): number {
  return compareKeyed(dateSortKey(a.date), a, a.title, dateSortKey(b.date), b, b.title);
}

function compareKeyed(ka: string, a: TimelineEntry, ta: string, kb: string, b: TimelineEntry, tb: string): number {
  if (ka !== kb) return ka < kb ? -1 : 1;
  // "2024" and "2024-12" share a sort key; the month goes first so each month's group stays in one piece.
  return b.date.length - a.date.length || KIND_RANK[a.kind] - KIND_RANK[b.kind] || ta.localeCompare(tb, 'en') || a.id.localeCompare(b.id);
}

/** A month group's label: "December 2024", "Грудень 2024 р."; "2024, month not known" for a year key. */
export function monthLabel(key: string, locale: Locale = DEFAULT_LOCALE): string {
  if (key.length === 4) return translator(locale)('timeline.month.yearOnly', { year: key });
  const text = formatMonthKey(key, locale);
  // Ukrainian and Russian write month names in lower case; a label stands on its own, so it starts with a capital.
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}

/** Splits ordered entries into consecutive month groups (a bare year forms its own group after its months), labelled in an edition. */
export function groupByMonth(entries: readonly TimelineEntry[], locale: Locale = DEFAULT_LOCALE): TimelineGroup[] {
  const groups: TimelineGroup[] = [];
  for (const entry of entries) {
    const key = monthKey(entry.date);
    let group = groups.at(-1);
    if (group?.key !== key) {
      const year = key.length === 4;
      group = {
        key,
        label: monthLabel(key, locale),
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
export function buildTimeline(site: TimelineInput, locale: Locale = DEFAULT_LOCALE): TimelineGroup[] {
  return groupByMonth(timelineEntries(site, locale), locale);
}

function eventEntry(e: Entry<Event>, site: TimelineInput, locale: Locale): TimelineEntry {
  // An event has no outlet of its own: it belongs to the outlets whose articles refer to it.
  const outlets = new Set<string>();
  for (const ref of e.data.articles) {
    const article = site.article.get(ref.id);
    if (article) for (const o of articleOutlets(article)) outlets.add(o);
  }
  // The English is authoritative: a translation made before the English last changed is not shown.
  const rendering = locale === DEFAULT_LOCALE ? undefined : site.translations.event(locale, e);
  const tr = rendering?.current ? rendering.translation.data : undefined;
  const lang = tr ? undefined : langOf(DEFAULT_LOCALE, locale);
  return {
    kind: 'event',
    id: e.id,
    anchor: timelineAnchor('event', e.id),
    href: paths.event(e.id, locale),
    title: tr?.title ?? e.data.title,
    titleLang: lang,
    context: tr?.description ?? e.data.description,
    contextLang: lang,
    date: e.data.date,
    approximate: e.data.approximate,
    inferred: false,
    outlets: [...outlets],
    people: unique(e.data.people.map((p) => p.id)),
  };
}

function articleEntry(a: Entry<Article>, site: TimelineInput, people: Map<string, Set<string>>, locale: Locale): TimelineEntry {
  const outletName = (id: string) => site.outlet.get(id)?.data.name ?? id;
  const tr = a.data.translation;
  const outlet = outletName(a.data.outlet.id);
  const context =
    tr && tr.originalOutlet.id !== a.data.outlet.id
      ? translator(locale)('timeline.context.translating', { outlet, original: outletName(tr.originalOutlet.id) })
      : outlet;
  return {
    kind: 'article',
    id: a.id,
    anchor: timelineAnchor('article', a.id),
    href: paths.article(a.id, locale),
    // An article's headline stays as published, in its own language.
    title: a.data.title,
    titleLang: langOf(a.data.language, locale),
    context,
    date: a.data.published.date,
    approximate: a.data.published.approximate,
    inferred: a.data.published.certainty === 'inferred',
    outlets: articleOutlets(a),
    // The people whose claims the article carries, so a person filter shows where they appear.
    people: [...(people.get(a.id) ?? [])],
  };
}

function claimEntry(c: Entry<Claim>, site: TimelineInput, locale: Locale): TimelineEntry {
  const f = claimFacets(c, site);
  // Only the view's words are used here, none of its absolute URLs: any origin will do.
  const view = claimView(c, site, PLACEHOLDER_SITE_URL, locale);
  return {
    kind: 'claim',
    id: c.id,
    anchor: timelineAnchor('claim', c.id),
    href: view.path,
    title: view.claim,
    titleLang: view.translation ? undefined : langOf(DEFAULT_LOCALE, locale),
    context: view.claimantNames,
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

/** The filters for a set of entries: kind, outlet, person, verdict, each offering only values in use, in an edition's words. */
export function timelineFilters(
  entries: readonly TimelineEntry[],
  site: Pick<SiteIndex, 'outlet' | 'person'>,
  locale: Locale = DEFAULT_LOCALE,
): TimelineFilter[] {
  const t = translator(locale);
  const kinds = new Set(entries.map((e) => e.kind));
  const verdicts = new Set(entries.flatMap((e) => (e.verdict ? [e.verdict] : [])));
  const named = (ids: Set<string>, name: (id: string) => string | undefined) =>
    [...ids].map((id) => ({ value: id, label: name(id) ?? id })).sort((a, b) => a.label.localeCompare(b.label, locale));
  return [
    {
      name: 'kind',
      label: t('timeline.filter.kind'),
      options: timelineKinds(locale)
        .filter((k) => kinds.has(k.id))
        .map((k) => ({ value: k.id, label: k.plural })),
    },
    {
      name: 'outlet',
      label: t('lists.facet.outlet'),
      options: named(new Set(entries.flatMap((e) => e.outlets)), (id) => site.outlet.get(id)?.data.name),
    },
    {
      name: 'person',
      label: t('lists.facet.person'),
      options: named(new Set(entries.flatMap((e) => e.people)), (id) => personName(site.person.get(id), locale)),
    },
    {
      name: 'verdict',
      label: t('lists.facet.verdict'),
      options: VERDICT_IDS.filter((v) => verdicts.has(v)).map((v) => ({ value: v, label: verdictIn(v, locale).label })),
    },
  ];
}
