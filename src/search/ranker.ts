/**
 * Search's second stage: Fuse.js orders the pre-filter's best candidates,
 * field by field (`FIELDS`, weighted by `fuseWeight`), over each candidate as
 * the index knows it, so that ranking needs no record text and only the
 * results shown are fetched.
 *
 * What the index knows of a candidate is, per field, which of the query's
 * matched words it holds and how many words the field has (postings carry
 * both). Fuse.js sees each field as those words followed by a placeholder for
 * every other word, so its field-length norm is the real field's; a field
 * without matched words is empty. Against Fuse.js over the whole folded text
 * this only loses matches of a term inside a longer word it did not match as a
 * word ("rt" in "report"), which made no difference to the benchmark's
 * recall and a small gain in its MRR (bench/search.ts).
 */
import Fuse from 'fuse.js';
import { FIELDS, postingField, postingRecord, type FieldName } from './fields.ts';
import type { WordPostings } from './parts.ts';

/** The Fuse.js view of a candidate: each field as one string. */
type Candidate = Record<FieldName, string>;

/** Stands for a word of the field that the query did not match: no query term (letters and digits) can match it. */
const OTHER_WORD = '·';

const FUSE_OPTIONS = {
  keys: FIELDS.map((f) => ({ name: f.name, weight: f.fuseWeight })),
  // Words are folded (lower case, no diacritics) before Fuse.js sees them.
  isCaseSensitive: true,
  ignoreLocation: true,
  threshold: 0.4,
  includeScore: true,
};

/** Fuse.js, reused across queries. */
export class Ranker {
  readonly #fuse = new Fuse<Candidate>([], FUSE_OPTIONS);

  /**
   * Fuse.js's order of the records `refs` for `terms` (any of them), given
   * the words the query matched (`words`, with `wordOf(word)` their text and
   * `postingsOf(word)` where they occur): each record's rank, best first from
   * 0; records Fuse.js does not match are left out. Equal scores go by
   * position in the index.
   */
  rank(
    refs: readonly number[],
    terms: readonly string[],
    words: Iterable<number>,
    wordOf: (word: number) => string,
    postingsOf: (word: number) => WordPostings | undefined,
  ): Map<number, number> {
    const ordered = [...refs].sort((a, b) => a - b);
    const at = new Map(ordered.map((ref, n) => [ref, n]));
    const fields = ordered.map(() => FIELDS.map(() => ({ words: [] as string[], length: 0 })));
    for (const word of new Set(words)) {
      const { postings, lengths } = postingsOf(word) ?? { postings: [], lengths: [] };
      for (let i = 0; i < postings.length; i++) {
        const n = at.get(postingRecord(postings[i] ?? 0));
        const field = n === undefined ? undefined : fields[n]?.[postingField(postings[i] ?? 0)];
        if (!field) continue;
        field.words.push(wordOf(word));
        field.length = lengths[i] ?? 0;
      }
    }
    const docs = fields.map(
      (record) =>
        Object.fromEntries(
          FIELDS.map((f, n) => {
            const { words: found, length } = record[n] ?? { words: [], length: 0 };
            const others = Array.from({ length: Math.max(0, length - found.length) }, () => OTHER_WORD);
            return [f.name, found.length === 0 ? '' : [...found, ...others].join(' ')];
          }),
        ) as Candidate,
    );
    this.#fuse.setCollection(docs, Fuse.createIndex(FUSE_OPTIONS.keys, docs));
    return new Map(this.#fuse.search({ $or: [...terms] }).map((r, n) => [ordered[r.refIndex] ?? -1, n]));
  }
}
