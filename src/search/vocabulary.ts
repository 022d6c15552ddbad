/**
 * The words search knows: every distinct folded word of the corpus, how many
 * records contain it, and a fast way to find the words within one or two typos
 * of a query term or starting with it. Where the words occur (postings) is
 * loaded separately, only for the words a query matches (`postings.ts`).
 *
 * Scanning the vocabulary (tens of thousands of short words, most rejected by
 * a length check and a letter-set check) costs far less than running Fuse.js's
 * Bitap over every field of 10,000 records, and it finds exactly the words a
 * one- or two-letter typo can produce, wherever they sit in the text.
 */
import { editDistance, letterMask, popcount, prefixDistance } from './distance.ts';
import { posting, postingRecord } from './fields.ts';

/** The vocabulary of a corpus. */
export interface Vocabulary {
  /** Words by word id. */
  words: string[];
  /** Word ids in alphabetical order of their words, for lookups and prefix ranges. */
  sorted: number[];
  /** How many records contain each word. */
  df: Int32Array;
  /**
   * Word ids by word length, and a bit per letter each word contains (a quick
   * lower bound on edit distance): built by the first typo-tolerant lookup,
   * so opening the index and a first query of two or three letters skip it.
   */
  lengths?: { byLength: number[][]; masks: Int32Array };
}

/** A vocabulary word that matches a query term, and how well (1 = the same word). */
export interface WordMatch {
  /** The word id. */
  word: number;
  /** 0 < quality ≤ 1. */
  quality: number;
}

/** The vocabulary over `words` (distinct, any order; a word's id is its position) and how many records hold each. */
export function createVocabulary(words: string[], df: ArrayLike<number>): Vocabulary {
  const ids = words.map((_, id) => id);
  // The manifest sends words in order: then there is nothing to sort.
  return {
    words,
    sorted: isSorted(words) ? ids : ids.sort((a, b) => ((words[a] ?? '') < (words[b] ?? '') ? -1 : 1)),
    df: Int32Array.from(df),
  };
}

function isSorted(words: readonly string[]): boolean {
  for (let n = 1; n < words.length; n++) if ((words[n - 1] ?? '') >= (words[n] ?? '')) return false;
  return true;
}

/** The id of `word`, if the vocabulary has it. */
export function wordId(v: Vocabulary, word: string): number | undefined {
  const id = v.sorted[lowerBound(v, word)];
  return id !== undefined && v.words[id] === word ? id : undefined;
}

/** The first position in `sorted` whose word is not before `word`. */
function lowerBound(v: Vocabulary, word: string): number {
  let lo = 0;
  let hi = v.sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((v.words[v.sorted[mid] ?? 0] ?? '') < word) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function lengthIndex(v: Vocabulary): { byLength: number[][]; masks: Int32Array } {
  if (!v.lengths) {
    const byLength: number[][] = [];
    v.words.forEach((w, id) => (byLength[w.length] ??= []).push(id));
    v.lengths = { byLength, masks: Int32Array.from(v.words, letterMask) };
  }
  return v.lengths;
}

/**
 * Builds the vocabulary from each record's folded words per field
 * (`records[r][field]`, fields in `FIELDS` order), with each word's id and the postings: where
 * each word occurs, as `posting(record, field index)` (fields.ts), each record
 * once per field, in record order.
 */
export function buildVocabulary(
  records: readonly (readonly (readonly string[])[])[],
): Vocabulary & { ids: Map<string, number>; postings: Int32Array[] } {
  const ids = new Map<string, number>();
  const lists: number[][] = [];
  const words: string[] = [];
  records.forEach((fields, r) => {
    fields.forEach((list, f) => {
      for (const w of new Set(list)) {
        let id = ids.get(w);
        if (id === undefined) {
          id = words.push(w) - 1;
          ids.set(w, id);
          lists.push([]);
        }
        lists[id]?.push(posting(r, f));
      }
    });
  });
  // Postings are in record order: count the changes of record.
  const df = lists.map((l) => l.reduce((n, p, i) => (i === 0 || postingRecord(p) !== postingRecord(l[i - 1] ?? 0) ? n + 1 : n), 0));
  return { ...createVocabulary(words, df), ids, postings: lists.map((l) => Int32Array.from(l)) };
}

/** Typos tolerated in a term of this length: none up to 3 letters, one up to 5, then two. */
export function maxTypos(length: number): number {
  return length >= 6 ? 2 : length >= 4 ? 1 : 0;
}

/** Longest list of words one prefix may expand to (the most frequent are kept). */
const PREFIX_WORDS = 48;

/**
 * Vocabulary words matching `term`: the same word, words within `maxTypos`
 * edits (a transposition counts as one), and, when `prefix` is set (the
 * reader is still typing the term), words that start with it.
 */
export function matchTerm(v: Vocabulary, term: string, prefix: boolean): WordMatch[] {
  const found = new Map<number, number>();
  const keep = (word: number, quality: number) => found.set(word, Math.max(found.get(word) ?? 0, quality));
  const exact = wordId(v, term);
  if (exact !== undefined) keep(exact, 1);
  const typos = maxTypos(term.length);
  if (typos > 0) {
    const mask = letterMask(term);
    const { byLength, masks } = lengthIndex(v);
    for (let len = term.length - typos; len <= term.length + typos; len++) {
      for (const id of byLength[len] ?? []) {
        if (popcount(mask ^ (masks[id] ?? 0)) > 2 * typos) continue;
        const d = editDistance(term, v.words[id] ?? '', typos);
        if (d > 0 && d <= typos) keep(id, 1 - 0.3 * d);
      }
    }
  }
  if (prefix && term.length >= 2) {
    for (const id of prefixRange(v, term, PREFIX_WORDS)) {
      const w = v.words[id] ?? '';
      if (w.length > term.length) keep(id, 0.5 + 0.4 * (term.length / w.length));
    }
  }
  // A name half typed and already misspelt ("Musay" for Musayev, which folds to "musaev").
  if (prefix && term.length >= 4) {
    for (const id of prefixRange(v, term.slice(0, 2), Infinity)) {
      const w = v.words[id] ?? '';
      if (w.length > term.length && !found.has(id) && prefixDistance(term, w, 1) <= 1) keep(id, 0.4 + 0.3 * (term.length / w.length));
    }
  }
  return [...found].map(([word, quality]) => ({ word, quality }));
}

/** Word ids starting with `prefix`; when there are more than `max`, the `max` most frequent. */
function prefixRange(v: Vocabulary, prefix: string, max: number): number[] {
  const ids: number[] = [];
  for (let n = lowerBound(v, prefix); n < v.sorted.length; n++) {
    const id = v.sorted[n] ?? 0;
    if (!(v.words[id] ?? '').startsWith(prefix)) break;
    ids.push(id);
  }
  return ids.length <= max ? ids : ids.sort((a, b) => (v.df[b] ?? 0) - (v.df[a] ?? 0)).slice(0, max);
}
