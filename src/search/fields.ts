/**
 * The fields of a search record, in one table: everything else that knows
 * about fields (the folded words per field, the vocabulary's postings, the
 * pre-filter's weights, Fuse.js's keys, the benchmark's plain Fuse.js) is
 * derived from it, in this order.
 *
 * Each field is also the name of a `SearchRecord` property holding its text.
 */

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
