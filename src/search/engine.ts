/**
 * Search over the site's records in well under a frame at 10,000 records,
 * fetching only the parts of the index a query needs (`wire.ts`).
 *
 * 1. The query is folded like the index (`fold.ts`), so transliterations
 *    of one name compare equal.
 * 2. The vocabulary, which the manifest carries whole, gives the words each
 *    term may mean (same word, one or two typos, or a prefix while typing;
 *    `vocabulary.ts`); their postings are fetched (`parts.ts`).
 * 3. A pre-filter (`prefilter.ts`) scores the records containing them, rarer
 *    words and better fields first.
 * 4. Fuse.js scores only the best `CANDIDATES` of those (fewer for long
 *    queries), over what the postings say of them (`ranker.ts`). Results are
 *    those records, the ones containing more of the query's words first, then
 *    in Fuse.js's order; only the records shown are fetched.
 *
 * Naive Fuse.js runs Bitap over every field of every record on each keystroke,
 * after downloading all of them; here it sees a hundred records, so a query
 * costs a few milliseconds, and the first one a few dozen kilobytes.
 */
import { foldWords } from './fold.ts';
import { toHit, type SearchHit } from './hits.ts';
import { IndexParts, type LoadPart } from './parts.ts';
import { Prefilter } from './prefilter.ts';
import { Ranker } from './ranker.ts';
import { createVocabulary, matchTerm, wordId, type Vocabulary } from './vocabulary.ts';
import { checkVersion, decodeVocabulary, type ManifestWire } from './wire.ts';

export type { SearchHit } from './hits.ts';

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

/** The answer to a query. */
export interface SearchResults {
  /** The query as asked. */
  query: string;
  /** The best results, best first. */
  hits: SearchHit[];
  /** How many records matched the pre-filter (the results shown are the best of these). */
  total: number;
}

/** A search engine over a fixed index. */
export interface SearchEngine {
  /** The best `limit` results for `query`, once the parts of the index it needs are loaded. */
  search(query: string, limit?: number): Promise<SearchResults>;
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

/** Opens the index described by `manifest`; `load` fetches its other parts when a query needs them. */
export function openSearchEngine(manifest: ManifestWire, load: LoadPart): SearchEngine {
  checkVersion(manifest);
  const vocabulary = createVocabulary(decodeVocabulary(manifest.w), manifest.d);
  const parts = new IndexParts(manifest, load);
  const scorer = new Prefilter(vocabulary, manifest.n, (word) => parts.postings(word));
  const ranker = new Ranker();

  const search = async (query: string, limit = 20): Promise<SearchResults> => {
    const { terms, lastIsPrefix } = queryTerms(query);
    if (terms.length === 0) return { query, hits: [], total: 0 };
    const matches = terms.map((term, n) => matchTerm(vocabulary, term, lastIsPrefix && n === terms.length - 1));
    const words = matches.flatMap((list) => list.map((m) => m.word));
    await parts.loadPostings(words);
    const { candidates, terms: termsMatched, total, matched } = scorer.run(matches, Math.max(CANDIDATES, limit));
    const fuseTerms = rarest(terms, vocabulary, FUSE_TERMS);
    const scored = candidates.slice(0, Math.max(limit, Math.floor(FUSE_BUDGET / fuseTerms.length)));
    // Fuse.js orders the candidates; records that contain more of the query's words come first.
    const rank = ranker.rank(
      scored,
      fuseTerms,
      words,
      (word) => vocabulary.words[word] ?? '',
      (word) => parts.postings(word),
    );
    const order = candidates
      .map((ref, n) => ({ ref, terms: termsMatched[n] ?? 0, rank: rank.get(ref) ?? candidates.length + n }))
      .sort((a, b) => b.terms - a.terms || a.rank - b.rank)
      .slice(0, limit)
      .map((c) => c.ref);
    // Only the results shown are fetched.
    await parts.loadRecords(order);
    const hits = order.flatMap((ref) => {
      const record = parts.record(ref);
      return record ? [toHit(ref, record, matched)] : [];
    });
    return { query, hits, total };
  };
  return { search, vocabularySize: vocabulary.words.length };
}

/** The `n` terms that occur in fewest records (words not in the corpus, typos, first). */
function rarest(terms: readonly string[], vocabulary: Vocabulary, n: number): string[] {
  if (terms.length <= n) return [...terms];
  const df = (t: string) => vocabulary.df[wordId(vocabulary, t) ?? -1] ?? 0;
  return [...terms].sort((a, b) => df(a) - df(b)).slice(0, n);
}
