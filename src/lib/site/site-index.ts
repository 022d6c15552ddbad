/**
 * Everything pages need to know about how entries relate, computed once per
 * build in linear time (maps, not nested scans), so 10,000 claims cost
 * 10,000 units of work, not 100 million.
 */
import type { Article } from '../../schemas/article.ts';
import type { Claim } from '../../schemas/claim.ts';
import type { Event } from '../../schemas/event.ts';
import type { Outlet } from '../../schemas/outlet.ts';
import type { Person } from '../../schemas/person.ts';
import { articleOutlets } from './facets.ts';
import { dateSortKey } from '../model/dates.ts';
import type { Entry, Snapshot } from '../model/entry.ts';
import type { Translations } from '../content/translations.ts';
import { indexTranslations, type TranslationIndex } from '../i18n/translation-index.ts';

/** Lookups and relations between all entries. */
export interface SiteIndex {
  /** The Ukrainian and Russian translations of claims and events. */
  translations: TranslationIndex;
  articles: Entry<Article>[];
  claims: Entry<Claim>[];
  people: Entry<Person>[];
  outlets: Entry<Outlet>[];
  events: Entry<Event>[];
  article: Map<string, Entry<Article>>;
  claim: Map<string, Entry<Claim>>;
  person: Map<string, Entry<Person>>;
  outlet: Map<string, Entry<Outlet>>;
  event: Map<string, Entry<Event>>;
  /** Claims quoted in each article. */
  claimsByArticle: Map<string, Entry<Claim>[]>;
  /** Claims made by or about each person. */
  claimsByPerson: Map<string, Entry<Claim>[]>;
  /** Claims made by each outlet or carried in its articles. */
  claimsByOutlet: Map<string, Entry<Claim>[]>;
  /** Articles published, originally published or translated by each outlet. */
  articlesByOutlet: Map<string, Entry<Article>[]>;
  /** Events each claim refers to (declared on either side). */
  eventsByClaim: Map<string, Entry<Event>[]>;
  /** Claims each event is linked to (declared on either side). */
  claimsByEvent: Map<string, Entry<Claim>[]>;
  /** Events involving each person. */
  eventsByPerson: Map<string, Entry<Event>[]>;
  /** Events each article refers to. */
  eventsByArticle: Map<string, Entry<Event>[]>;
  /** Related claims, symmetric. */
  relatedByClaim: Map<string, Entry<Claim>[]>;
}

/** Appends `value` to the list at `key`, once. */
function add<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

/** Newest claim first (by check date, then claim date). */
export function byNewestCheck(a: Entry<Claim>, b: Entry<Claim>): number {
  const ka = a.data.updated ?? a.data.published;
  const kb = b.data.updated ?? b.data.published;
  return kb.localeCompare(ka) || dateSortKey(b.data.claimDate).localeCompare(dateSortKey(a.data.claimDate)) || a.id.localeCompare(b.id);
}

/** Builds the index from a snapshot. Linear in the number of entries and links. */
export function indexSite(snap: Snapshot, translations: Translations = { claims: [], events: [] }): SiteIndex {
  const byId = <T>(list: Entry<T>[]) => new Map(list.map((e) => [e.id, e]));
  const idx: SiteIndex = {
    ...snap,
    translations: indexTranslations(translations),
    articles: [...snap.articles].sort((a, b) => dateSortKey(a.data.published.date).localeCompare(dateSortKey(b.data.published.date))),
    events: [...snap.events].sort((a, b) => dateSortKey(a.data.date).localeCompare(dateSortKey(b.data.date))),
    claims: [...snap.claims].sort(byNewestCheck),
    article: byId(snap.articles),
    claim: byId(snap.claims),
    person: byId(snap.people),
    outlet: byId(snap.outlets),
    event: byId(snap.events),
    claimsByArticle: new Map(),
    claimsByPerson: new Map(),
    claimsByOutlet: new Map(),
    articlesByOutlet: new Map(),
    eventsByClaim: new Map(),
    claimsByEvent: new Map(),
    eventsByPerson: new Map(),
    eventsByArticle: new Map(),
    relatedByClaim: new Map(),
  };
  for (const a of idx.articles) for (const o of articleOutlets(a)) add(idx.articlesByOutlet, o, a);
  for (const c of idx.claims) indexClaim(idx, c);
  for (const e of idx.events) indexEvent(idx, e);
  return idx;
}

function indexClaim(idx: SiteIndex, c: Entry<Claim>): void {
  const { claimant, appearances, people, related, events } = c.data;
  if (claimant.person) add(idx.claimsByPerson, claimant.person.id, c);
  for (const p of people) add(idx.claimsByPerson, p.id, c);
  if (claimant.outlet) add(idx.claimsByOutlet, claimant.outlet.id, c);
  for (const app of appearances) {
    add(idx.claimsByArticle, app.article.id, c);
    const article = idx.article.get(app.article.id);
    if (article) add(idx.claimsByOutlet, article.data.outlet.id, c);
  }
  for (const r of related) {
    const other = idx.claim.get(r.id);
    if (!other) continue;
    add(idx.relatedByClaim, c.id, other);
    add(idx.relatedByClaim, other.id, c);
  }
  for (const e of events) {
    const event = idx.event.get(e.id);
    if (!event) continue;
    add(idx.eventsByClaim, c.id, event);
    add(idx.claimsByEvent, event.id, c);
  }
}

function indexEvent(idx: SiteIndex, e: Entry<Event>): void {
  for (const p of e.data.people) add(idx.eventsByPerson, p.id, e);
  for (const a of e.data.articles) add(idx.eventsByArticle, a.id, e);
  for (const r of e.data.claims) {
    const claim = idx.claim.get(r.id);
    if (!claim) continue;
    add(idx.claimsByEvent, e.id, claim);
    add(idx.eventsByClaim, claim.id, e);
  }
}
