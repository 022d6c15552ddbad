/**
 * The candidate pre-filter: scores records by the query terms they contain,
 * using the vocabulary's postings, so that Fuse.js only has to score the best
 * hundred. Rare words count more (IDF), and so do short, important fields.
 */
import { FIELDS, postingField, postingRecord } from './fields.ts';
import type { WordPostings } from './parts.ts';
import type { Vocabulary, WordMatch } from './vocabulary.ts';

/** What the pre-filter found for a query. */
export interface Candidates {
  /** The best records, best first. */
  candidates: number[];
  /** How many distinct query terms each candidate contains. */
  terms: number[];
  /** How many records matched at least one term. */
  total: number;
  /** The vocabulary words that matched, for marking them in results. */
  matched: Set<string>;
}

/** Scores records by the query terms they contain; buffers are reused across queries. */
export class Prefilter {
  /** The corpus's words. */
  vocabulary: Vocabulary;
  /** Where a word occurs, once loaded (`IndexParts.postings`). */
  postingsOf: (word: number) => WordPostings | undefined;
  /** Per record: its best score for the term being processed. */
  best: Float64Array;
  /** Per record: its score summed over the terms so far. */
  sum: Float64Array;
  /** Per record: how many terms it contains so far. */
  count: Uint8Array;
  /** How many records there are, for inverse document frequency. */
  size: number;

  /** Over `size` records; `postingsOf(word)` must answer for every word a query matched before `run`. */
  constructor(vocabulary: Vocabulary, size: number, postingsOf: (word: number) => WordPostings | undefined) {
    this.vocabulary = vocabulary;
    this.postingsOf = postingsOf;
    this.best = new Float64Array(size);
    this.sum = new Float64Array(size);
    this.count = new Uint8Array(size);
    this.size = size;
  }

  /**
   * The `k` best records (most terms matched, then highest score, then first
   * in the index), how many terms each contains, how many records matched at
   * all, and the words that matched. `matches[n]` are the words term `n`
   * matched (`matchTerm`).
   */
  run(matches: readonly (readonly WordMatch[])[], k: number): Candidates {
    const { best, sum, count } = this;
    const touched: number[] = [];
    const matched = new Set<string>();
    for (const words of matches) {
      const inTerm: number[] = [];
      for (const { word, quality } of words) {
        matched.add(this.vocabulary.words[word] ?? '');
        // Inverse document frequency: rare words count more.
        const weight = quality * Math.log(1 + this.size / (this.vocabulary.df[word] ?? 1));
        const found = this.postingsOf(word);
        if (!found) throw new Error(`postings of "${this.vocabulary.words[word] ?? word}" were not loaded before scoring`);
        const { postings, lengths } = found;
        for (let i = 0; i < postings.length; i++) {
          const p = postings[i] ?? 0;
          const r = postingRecord(p);
          const s = weight * fieldWeight(postingField(p), lengths[i] ?? 0);
          if (best[r] === 0) inTerm.push(r);
          if (s > (best[r] ?? 0)) best[r] = s;
        }
      }
      for (const r of inTerm) {
        if (count[r] === 0) touched.push(r);
        sum[r] = (sum[r] ?? 0) + (best[r] ?? 0);
        count[r] = (count[r] ?? 0) + 1;
        best[r] = 0;
      }
    }
    const key = (r: number) => (count[r] ?? 0) * 1000 + (sum[r] ?? 0);
    const candidates = topK(touched, key, k);
    const matchedTerms = candidates.map((r) => count[r] ?? 0);
    for (const r of touched) sum[r] = count[r] = 0;
    return { candidates, terms: matchedTerms, total: touched.length, matched };
  }
}

/** How much a word counts in a field of `length` words: the field's weight, more for short fields. */
function fieldWeight(field: number, length: number): number {
  return (FIELDS[field]?.prefilterWeight ?? 0) * (0.5 + 0.5 / Math.sqrt(Math.max(1, length)));
}

/**
 * The `k` items with the highest `key`, best first, equal keys in ascending
 * order of the items themselves (so the result does not depend on the order
 * words were matched in), without sorting them all.
 */
function topK(items: readonly number[], key: (item: number) => number, k: number): number[] {
  const top: number[] = [];
  const keys: number[] = [];
  const before = (value: number, item: number, at: number) =>
    value > (keys[at] ?? -Infinity) || (value === keys[at] && item < (top[at] ?? Infinity));
  for (const item of items) {
    const value = key(item);
    if (top.length === k && !before(value, item, k - 1)) continue;
    let at = top.length;
    while (at > 0 && before(value, item, at - 1)) at--;
    top.splice(at, 0, item);
    keys.splice(at, 0, value);
    if (top.length > k) {
      top.pop();
      keys.pop();
    }
  }
  return top;
}
