/**
 * Search over the site's records in well under a frame at 10,000 records.
 *
 * 1. The query is folded like the index (`fold.ts`), so transliterations
 *    of one name compare equal.
 * 2. A pre-filter (`prefilter.ts`) finds the vocabulary words each
 *    term may mean (same word, one or two typos, or a prefix while typing) and
 *    scores the records containing them, rarer words and better fields first.
 * 3. Fuse.js scores only the best `CANDIDATES` of those (fewer for long queries), over pre-folded fields
 *    with a prebuilt index. Results are those records, the ones containing
 *    more of the query's words first, then in Fuse.js's order.
 *
 * Naive Fuse.js runs Bitap over every field of every record on each keystroke;
 * here it sees a hundred records, so a query costs a few milliseconds.
 */
import Fuse, { type FuseIndex } from 'fuse.js';
import { FIELDS, type FieldName } from './fields.ts';
import { foldWords, wordSpans } from './fold.ts';
import { Prefilter } from './prefilter.ts';
import { buildVocabulary, type Vocabulary } from './vocabulary.ts';
import type { SearchRecord } from './wire.ts';

/** How many pre-filtered records Fuse.js scores per query. */
export const CANDIDATES = 100;

/** Words of a query that are used (a pasted quote can be long; more words rarely change the best results). */
const MAX_TERMS = 16;

/** Words of a query Fuse.js scores with (the rarest): its cost grows with each word, its ordering hardly does. */
const FUSE_TERMS = 6;

/** Fuse.js work per query, in candidate × word pairs: the more words, the fewer candidates it scores (the rest keep the pre-filter's order). */
const FUSE_BUDGET = 400;

/** Words too common to narrow a search; dropped from queries that have other words. */
const STOP_WORDS = new Set(
  'a an and are as at be by for from has have he his in is it its of on or that the this to was were will with'.split(' '),
);

/**
 * The Fuse.js view of a record: each field (fields.ts) folded into one string.
 * Aliases and names hold only distinct words not already in the title, so an
 * entry with many spellings of one name does not collect one match per
 * spelling and outrank the person themselves.
 */
type FoldedRecord = Record<FieldName, string>;

const FUSE_OPTIONS = {
  keys: FIELDS.map((f) => ({ name: f.name, weight: f.fuseWeight })),
  // Fields are folded (lower case, no diacritics) before Fuse.js sees them.
  isCaseSensitive: true,
  ignoreLocation: true,
  threshold: 0.4,
  includeScore: true,
};

/** One result, ready to show: text split into runs, every odd run a match to mark. */
export interface SearchHit {
  /** The record's position in the index. */
  ref: number;
  /** The record. */
  record: SearchRecord;
  /** The title in runs: `[plain, marked, plain, …]`. */
  title: string[];
  /** The snippet in runs. */
  text: string[];
  /** When the match is only in a name not shown (an alias, a claimant): that name, in runs. */
  via?: string[];
}

/** The answer to a query. */
export interface SearchResults {
  /** The query as asked. */
  query: string;
  /** The best results, best first. */
  hits: SearchHit[];
  /** How many records matched the pre-filter (the results shown are the best of these). */
  total: number;
}

/** A search engine over a fixed list of records. */
export interface SearchEngine {
  /** The best `limit` results for `query`. */
  search(query: string, limit?: number): SearchResults;
  /** How many distinct words the index holds. */
  readonly vocabularySize: number;
}

/** The folded terms of a query; the last one may still be being typed (a prefix). */
export function queryTerms(query: string): { terms: string[]; lastIsPrefix: boolean } {
  const all = [...new Set(foldWords(query))].filter((t) => t.length > 1 || /\d/.test(t));
  const content = all.filter((t) => !STOP_WORDS.has(t));
  const terms = (content.length > 0 ? content : all).slice(0, MAX_TERMS);
  return { terms, lastIsPrefix: terms.at(-1) === all.at(-1) && !/\s$/.test(query) };
}

/** Builds the engine: folds every record, builds the vocabulary and the Fuse.js index once. */
export function createSearchEngine(records: readonly SearchRecord[]): SearchEngine {
  // A claimant's names recur in every one of their claims: fold each name once.
  const names = new Map<string, string[]>();
  const foldName = (name: string) => names.get(name) ?? names.set(name, foldWords(name)).get(name) ?? [];
  const fields = records.map((r) => foldRecord(r, foldName));
  const folded = fields.map(toFolded);
  const vocabulary = buildVocabulary(fields);
  const fullIndex = Fuse.createIndex(FUSE_OPTIONS.keys, folded);
  const fuse = new Fuse(folded, FUSE_OPTIONS, fullIndex);
  const entries = byRecord(fullIndex);
  const scorer = new Prefilter(vocabulary, fields);

  const search = (query: string, limit = 20): SearchResults => {
    const { terms, lastIsPrefix } = queryTerms(query);
    if (terms.length === 0) return { query, hits: [], total: 0 };
    const { candidates, terms: termsMatched, total, matched } = scorer.run(terms, lastIsPrefix, Math.max(CANDIDATES, limit));
    const fuseTerms = rarest(terms, vocabulary, FUSE_TERMS);
    const scored = candidates.slice(0, Math.max(limit, Math.floor(FUSE_BUDGET / fuseTerms.length)));
    fuse.setCollection(folded, subIndex(fullIndex, entries, scored));
    // Fuse.js orders the candidates; records that contain more of the query's words come first.
    const rank = new Map(fuse.search({ $or: fuseTerms }).map((r, n) => [r.refIndex, n]));
    const order = candidates
      .map((ref, n) => ({ ref, terms: termsMatched[n] ?? 0, rank: rank.get(ref) ?? candidates.length + n }))
      .sort((a, b) => b.terms - a.terms || a.rank - b.rank)
      .slice(0, limit)
      .map((c) => c.ref);
    const hits = order.map((ref) => toHit(ref, records[ref] as SearchRecord, matched));
    return { query, hits, total };
  };
  return { search, vocabularySize: vocabulary.words.length };
}

/** The `n` terms that occur in fewest records (words not in the corpus, typos, first). */
function rarest(terms: readonly string[], vocabulary: Vocabulary, n: number): string[] {
  if (terms.length <= n) return [...terms];
  const df = (t: string) => vocabulary.df[vocabulary.ids.get(t) ?? -1] ?? 0;
  return [...terms].sort((a, b) => df(a) - df(b)).slice(0, n);
}

/** A record's folded words per field, in `FIELDS` order: title, aliases and names (distinct, not in the title), text. */
function foldRecord(r: SearchRecord, foldName: (name: string) => string[]): string[][] {
  const title = foldWords(r.title);
  const seen = new Set(title);
  const fresh = (names: string[]) => names.flatMap(foldName).filter((w) => !seen.has(w) && Boolean(seen.add(w)));
  // In this order: a word already among the aliases is not repeated in the names.
  const aliases = fresh(r.aliases);
  const words: Record<FieldName, string[]> = { title, aliases, names: fresh(r.names), text: foldWords(r.text) };
  return FIELDS.map((f) => words[f.name]);
}

/** The Fuse.js document for a record's folded fields. */
function toFolded(fields: readonly string[][]): FoldedRecord {
  return Object.fromEntries(FIELDS.map((f, n) => [f.name, (fields[n] ?? []).join(' ')])) as FoldedRecord;
}

type IndexEntry = FuseIndex<FoldedRecord>['records'][number];

/** The full index's prepared entries by record position. */
function byRecord(full: FuseIndex<FoldedRecord>): IndexEntry[] {
  const entries: IndexEntry[] = [];
  for (const entry of full.records) entries[entry.i] = entry;
  return entries;
}

/** A Fuse.js index over some records only, reusing the full index's prepared entries (no re-indexing per query). */
function subIndex(full: FuseIndex<FoldedRecord>, entries: readonly IndexEntry[], refs: readonly number[]): FuseIndex<FoldedRecord> {
  const records = refs.map((r) => entries[r]).filter((e) => e !== undefined);
  return Fuse.parseIndex<FoldedRecord>({ keys: full.keys, records });
}

/** `text` in runs, every odd run a word whose folded form matched. */
export function markRuns(text: string, matched: ReadonlySet<string>): string[] {
  const runs: string[] = [];
  let at = 0;
  for (const span of wordSpans(text)) {
    if (!matched.has(span.folded)) continue;
    runs.push(text.slice(at, span.start), text.slice(span.start, span.end));
    at = span.end;
  }
  runs.push(text.slice(at));
  return runs;
}

function toHit(ref: number, record: SearchRecord, matched: ReadonlySet<string>): SearchHit {
  const hit: SearchHit = { ref, record, title: markRuns(record.title, matched), text: markRuns(record.text, matched) };
  if (hit.title.length === 1 && hit.text.length === 1) {
    const name = [...record.aliases, ...record.names].map((n) => markRuns(n, matched)).find((runs) => runs.length > 1);
    if (name) hit.via = name;
  }
  return hit;
}
