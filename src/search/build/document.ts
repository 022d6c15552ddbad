/**
 * What search knows about each entry: one pure `toSearchDocument` function per
 * collection, turning validated frontmatter into the few short fields the
 * search index carries. Names of linked people and outlets are not copied into
 * each claim; `refs` points at them, and the index resolves them once (see
 * `../wire.ts`), so a person's aliases find all of their claims.
 */
import { shorten as shortenText } from '../../lib/model/text.ts';
import type { Article } from '../../schemas/article.ts';
import type { Claim } from '../../schemas/claim.ts';
import type { Event } from '../../schemas/event.ts';
import type { Outlet } from '../../schemas/outlet.ts';
import type { Person } from '../../schemas/person.ts';
import type { Entry } from '../../lib/model/entry.ts';
import type { SiteIndex } from '../../lib/site/site-index.ts';
import type { VerdictId } from '../../lib/model/verdicts.ts';
import type { SearchKind } from '../kinds.ts';
import { DEFAULT_LOCALE, type Locale } from '../../lib/urls.ts';
import { personName } from '../../lib/i18n/names.ts';
import type { TranslationIndex } from '../../lib/i18n/translation-index.ts';

/** Longest snippet text kept in the index, in characters; keeps the payload near 100 bytes a record. */
export const SNIPPET_CHARS = 120;

/** One entry as search sees it. */
export interface SearchDocument {
  /** What the entry is. */
  kind: SearchKind;
  /** The entry's id (its file name), which with `kind` gives its URL. */
  id: string;
  /** The result's heading: the claim, the headline, the name. */
  title: string;
  /** A short plain-text snippet shown under the title (and searched): at most `SNIPPET_CHARS`. */
  text: string;
  /** Other names that should find this entry: aliases, transliterations, bylines. */
  aliases: string[];
  /** Entries whose names should also find this one, as `collection/id`: a claim's claimant, its people. */
  refs: string[];
  /** For claims, the verdict. */
  verdict?: VerdictId;
}

/** `text` cut at a word boundary to at most `max` characters (the site's one shortener, `lib/model/text.ts`). */
export const shorten = (text: string, max = SNIPPET_CHARS): string => shortenText(text, max);

const ref = (r: { collection: string; id: string }) => `${r.collection}/${r.id}`;
const unique = (list: string[]) => [...new Set(list.filter((s) => s.trim() !== ''))];

/** A claim: the neutral restatement, the one-sentence conclusion, the verdict; found by its claimant's and subjects' names. */
export function claimToSearchDocument(entry: Entry<Claim>, translated?: { claim: string; conclusion: string }): SearchDocument {
  const { claim, conclusion, claimant, people, verdict } = entry.data;
  const refs = [claimant.person, claimant.outlet, ...people].filter((r) => r !== undefined).map(ref);
  return {
    kind: 'claim',
    id: entry.id,
    title: translated?.claim ?? claim,
    text: shorten(translated?.conclusion ?? conclusion),
    aliases: [],
    refs: unique(refs),
    verdict,
  };
}

/** An article: headline and summary; found by its bylines and its outlet's names. */
export function articleToSearchDocument(entry: Entry<Article>): SearchDocument {
  const { title, summary, authors, outlet, translation } = entry.data;
  const aliases = authors.flatMap((a) => (a.correctName ? [a.name, a.correctName] : [a.name]));
  const refs = [outlet, translation?.originalOutlet].filter((r) => r !== undefined).map(ref);
  return {
    kind: 'article',
    id: entry.id,
    title,
    text: shorten(summary),
    aliases: unique([...aliases, ...(translation?.originalAuthors ?? [])]),
    refs: unique(refs),
  };
}

/** A person: name, role, and every alias and transliteration. */
export function personToSearchDocument(entry: Entry<Person>, locale: Locale = DEFAULT_LOCALE): SearchDocument {
  const { name, localNames, role, aliases } = entry.data;
  const title = personName(entry, locale) ?? name;
  // Every spelling, Latin and Cyrillic, in every edition: a reader types the name the way they know it.
  const spellings = [name, ...Object.values(localNames), ...aliases].filter((n): n is string => typeof n === 'string' && n !== title);
  return { kind: 'person', id: entry.id, title, text: shorten(role), aliases: unique(spellings), refs: [] };
}

/** An outlet: name, country and ownership, and its other names. */
export function outletToSearchDocument(entry: Entry<Outlet>): SearchDocument {
  const { name, country, ownership, aliases } = entry.data;
  return { kind: 'outlet', id: entry.id, title: name, text: shorten(`${country}. ${ownership}`), aliases: unique(aliases), refs: [] };
}

/** An event: title and description; found by the names of the people involved. */
export function eventToSearchDocument(entry: Entry<Event>, translated?: { title: string; description: string }): SearchDocument {
  const { title, description, people } = entry.data;
  return {
    kind: 'event',
    id: entry.id,
    title: translated?.title ?? title,
    text: shorten(translated?.description ?? description),
    aliases: [],
    refs: unique(people.map(ref)),
  };
}

/** Every entry of the site as a search document, in `SEARCH_KINDS` order. */
export function searchDocuments(
  site: Pick<SiteIndex, 'people' | 'outlets' | 'events' | 'articles' | 'claims'> & { translations?: TranslationIndex },
  locale: Locale = DEFAULT_LOCALE,
): SearchDocument[] {
  const tr = locale === DEFAULT_LOCALE ? undefined : site.translations;
  return [
    ...site.people.map((p) => personToSearchDocument(p, locale)),
    ...site.outlets.map(outletToSearchDocument),
    ...site.events.map((e) => eventToSearchDocument(e, tr?.event(locale, e)?.translation.data)),
    ...site.articles.map(articleToSearchDocument),
    ...site.claims.map((c) => claimToSearchDocument(c, tr?.claim(locale, c)?.translation.data)),
  ];
}
