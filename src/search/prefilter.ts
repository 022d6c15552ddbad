/**
 * The candidate pre-filter: scores records by the query terms they contain,
 * using the vocabulary's postings, so that Fuse.js only has to score the best
 * hundred. Rare words count more (IDF), and so do short, important fields.
 */
import { FIELD_BITS, FIELDS, posting, postingRecord } from './fields.ts';
import { matchTerm, type Vocabulary } from './vocabulary.ts';

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
  /** The corpus's words and where they occur. */
  vocabulary: Vocabulary;
  /** Per record: its best score for the term being processed. */
  best: Float64Array;
  /** Per record: its score summed over the terms so far. */
  sum: Float64Array;
  /** Per record: how many terms it contains so far. */
  count: Uint8Array;
  /** Per word: inverse document frequency, so rare words count more. */
  idf: Float64Array;
  /** Field weight (`FIELDS[field].prefilterWeight`) times a length norm, by posting: short fields count more. */
  fieldWeight: Float64Array;

  /** `fields[record][field]` is the record's folded words in that field (as given to `buildVocabulary`). */
  constructor(vocabulary: Vocabulary, fields: readonly (readonly string[][])[]) {
    const size = fields.length;
    this.vocabulary = vocabulary;
    this.best = new Float64Array(size);
    this.sum = new Float64Array(size);
    this.count = new Uint8Array(size);
    this.idf = Float64Array.from(vocabulary.df, (df) => Math.log(1 + size / df));
    this.fieldWeight = new Float64Array(size << FIELD_BITS);
    fields.forEach((record, r) =>
      record.forEach(
        (words, f) =>
          (this.fieldWeight[posting(r, f)] = (FIELDS[f]?.prefilterWeight ?? 0) * (0.5 + 0.5 / Math.sqrt(Math.max(1, words.length)))),
      ),
    );
  }

  /**
   * The `k` best records (most terms matched, then highest score), how many
   * terms each contains, how many records matched at all, and the words that matched.
   */
  run(terms: readonly string[], lastIsPrefix: boolean, k: number): Candidates {
    const { best, sum, count } = this;
    const touched: number[] = [];
    const matched = new Set<string>();
    terms.forEach((term, n) => {
      const inTerm: number[] = [];
      for (const { word, quality } of matchTerm(this.vocabulary, term, lastIsPrefix && n === terms.length - 1)) {
        matched.add(this.vocabulary.words[word] ?? '');
        const weight = quality * (this.idf[word] ?? 0);
        for (const p of this.vocabulary.postings[word] ?? []) {
          const r = postingRecord(p);
          const s = weight * (this.fieldWeight[p] ?? 0);
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
    });
    const key = (r: number) => (count[r] ?? 0) * 1000 + (sum[r] ?? 0);
    const candidates = topK(touched, key, k);
    const matchedTerms = candidates.map((r) => count[r] ?? 0);
    for (const r of touched) sum[r] = count[r] = 0;
    return { candidates, terms: matchedTerms, total: touched.length, matched };
  }
}

/** The `k` items with the highest `key`, best first, without sorting them all. */
function topK(items: readonly number[], key: (item: number) => number, k: number): number[] {
  const top: number[] = [];
  const keys: number[] = [];
  for (const item of items) {
    const value = key(item);
    if (top.length === k && value <= (keys[k - 1] ?? -Infinity)) continue;
    let at = top.length;
    while (at > 0 && (keys[at - 1] ?? 0) < value) at--;
    top.splice(at, 0, item);
    keys.splice(at, 0, value);
    if (top.length > k) {
      top.pop();
      keys.pop();
    }
  }
  return top;
}
