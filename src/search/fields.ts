/**
 * The fields of a search record, in one table: everything else that knows
 * about fields (the folded words per field, the vocabulary's postings, the
 * pre-filter's weights, Fuse.js's keys, the benchmark's plain Fuse.js) is
 * derived from it, in this order.
 *
 * Each field is also the name of a `SearchRecord` property holding its text.
 */
import { foldWords } from './fold.ts';
import type { SearchRecord } from './wire.ts';

/** One searchable field. */
export interface Field {
  /** The `SearchRecord` property it comes from; also its Fuse.js key. */
  readonly name: 'title' | 'aliases' | 'names' | 'text';
  /** Its weight in Fuse.js's scoring (relative to the other fields). */
  readonly fuseWeight: number;
  /**
   * How much a word found in it counts in the pre-filter (0 to 1): a person's
   * own name outranks the claims that merely name them as claimant.
   */
  readonly prefilterWeight: number;
}

/** Title, own aliases, names of referenced entries, snippet text. */
export const FIELDS = [
  { name: 'title', fuseWeight: 5, prefilterWeight: 1 },
  { name: 'aliases', fuseWeight: 3, prefilterWeight: 0.9 },
  { name: 'names', fuseWeight: 1, prefilterWeight: 0.35 },
  { name: 'text', fuseWeight: 2, prefilterWeight: 0.5 },
] as const satisfies readonly Field[];

/** A field's name. */
export type FieldName = (typeof FIELDS)[number]['name'];

/** Bits a posting spends on the field: enough for every field of `FIELDS`. */
export const FIELD_BITS = Math.max(1, Math.ceil(Math.log2(FIELDS.length)));

/** One occurrence, packed into one integer: record and field index. */
export function posting(record: number, field: number): number {
  return (record << FIELD_BITS) | field;
}

/** The record of a posting. */
export function postingRecord(p: number): number {
  return p >> FIELD_BITS;
}

/** The field index of a posting. */
export function postingField(p: number): number {
  return p & ((1 << FIELD_BITS) - 1);
}

/**
 * A record's folded words per field, in `FIELDS` order: the title; own aliases
 * and referenced names as distinct words not already in the title (so an entry
 * with many spellings of one name does not collect one match per spelling and
 * outrank the person themselves); the text. `foldName` folds one name (callers
 * cache it: a claimant's names recur in every one of their claims).
 */
export function recordFields(r: SearchRecord, foldName: (name: string) => string[] = foldWords): string[][] {
  const title = foldWords(r.title);
  const seen = new Set(title);
  const fresh = (names: string[]) => names.flatMap(foldName).filter((w) => !seen.has(w) && Boolean(seen.add(w)));
  // In this order: a word already among the aliases is not repeated in the names.
  const aliases = fresh(r.aliases);
  const words: Record<FieldName, string[]> = { title, aliases, names: fresh(r.names), text: foldWords(r.text) };
  return FIELDS.map((f) => words[f.name]);
}
