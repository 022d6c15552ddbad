/**
 * The parts of a split index (`wire.ts`) that queries need, fetched on demand,
 * each at most once (concurrent queries share a fetch; a failed fetch is
 * retried by the next query), and decoded for the pre-filter and the ranker.
 */
import { FIELD_BITS, posting } from './fields.ts';
import {
  decodeRecord,
  postingsPath,
  recordsPath,
  type ManifestWire,
  type PostingsWire,
  type RecordsWire,
  type SearchRecord,
} from './wire.ts';

/** Fetches one part by its path relative to the parts' directory, parsed from JSON. */
export type LoadPart = (path: string) => Promise<unknown>;

/** Where one word occurs. */
export interface WordPostings {
  /** `posting(record, field)` (fields.ts), in record order. */
  postings: Int32Array;
  /** For each posting, how many words its record's field has. */
  lengths: Int32Array;
}

/** The index's parts fetched so far, by word (vocabulary position) and by record. */
export class IndexParts {
  readonly #manifest: ManifestWire;
  readonly #load: LoadPart;
  readonly #pending = new Map<string, Promise<void>>();
  readonly #postings: (WordPostings | undefined)[] = [];
  readonly #records: (SearchRecord | undefined)[] = [];

  constructor(manifest: ManifestWire, load: LoadPart) {
    this.#manifest = manifest;
    this.#load = load;
  }

  /** Where `word` occurs, once its part is loaded. */
  postings(word: number): WordPostings | undefined {
    return this.#postings[word];
  }

  /** Record `ref`, once its part is loaded. */
  record(ref: number): SearchRecord | undefined {
    return this.#records[ref];
  }

  /** Resolves when the postings of every word in `words` are at hand. */
  async loadPostings(words: Iterable<number>): Promise<void> {
    const parts = new Set<number>();
    for (const word of words) if (this.#postings[word] === undefined) parts.add(this.#partOfWord(word));
    await Promise.all([...parts].map((n) => this.#once(postingsPath(n), (wire) => this.#addPostings(n, wire as PostingsWire))));
  }

  /** Resolves when every record in `refs` is at hand. */
  async loadRecords(refs: Iterable<number>): Promise<void> {
    const parts = new Set<number>();
    for (const ref of refs) if (this.#records[ref] === undefined) parts.add(Math.floor(ref / this.#manifest.c));
    await Promise.all([...parts].map((n) => this.#once(recordsPath(n), (wire) => this.#addRecords(n, wire as RecordsWire))));
  }

  #once(path: string, add: (wire: unknown) => void): Promise<void> {
    let pending = this.#pending.get(path);
    if (!pending) {
      pending = this.#load(path).then(add, (error: unknown) => {
        this.#pending.delete(path);
        throw error;
      });
      this.#pending.set(path, pending);
    }
    return pending;
  }

  /** The postings part holding vocabulary position `word`: the last part starting at or before it. */
  #partOfWord(word: number): number {
    const starts = this.#manifest.p;
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((starts[mid] ?? 0) <= word) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }

  #addPostings(n: number, wire: PostingsWire): void {
    const start = this.#manifest.p[n] ?? 0;
    const end = this.#manifest.p[n + 1] ?? this.#manifest.d.length;
    if (!Array.isArray(wire) || wire.length !== end - start)
      throw new Error(`search index part ${postingsPath(n)} does not match the manifest; rebuild the site`);
    wire.forEach((pairs, offset) => {
      const postings = new Int32Array(pairs.length / 2);
      const lengths = new Int32Array(pairs.length / 2);
      let record = 0;
      for (let i = 0; i < postings.length; i++) {
        record += pairs[2 * i] ?? 0;
        const fieldAndLength = pairs[2 * i + 1] ?? 0;
        postings[i] = posting(record, fieldAndLength & ((1 << FIELD_BITS) - 1));
        lengths[i] = fieldAndLength >> FIELD_BITS;
      }
      this.#postings[start + offset] = { postings, lengths };
    });
  }

  #addRecords(n: number, wire: RecordsWire): void {
    if (!Array.isArray(wire)) throw new Error(`search index part ${recordsPath(n)} is not a list of records; rebuild the site`);
    wire.forEach((record, offset) => (this.#records[n * this.#manifest.c + offset] = decodeRecord(record, this.#manifest.l)));
  }
}
