/**
 * Builds the files the site serves for search (formats in `../wire.ts`):
 * folds every record once, here at build time rather than in the reader's
 * browser, and cuts the index into a manifest, postings parts of about
 * `POSTINGS_PART_CHARS` each (a frequent word gets a part of its own, rare
 * words share one) and records parts of `RECORDS_PER_PART` records.
 *
 * The sizes trade bytes against requests: a first query at 10,000 records
 * fetches the manifest, a few postings parts and the records parts of the
 * results it shows (see `bench/search.ts`).
 */
import { DEFAULT_LOCALE, type Locale } from '../../lib/urls.ts';
import { createHash } from 'node:crypto';
import { FIELD_BITS, postingField, postingRecord, recordFields } from '../fields.ts';
import { foldWords } from '../fold.ts';
import { buildVocabulary } from '../vocabulary.ts';
import {
  encodeRecord,
  encodeVocabulary,
  INDEX_VERSION,
  postingsPath,
  recordsPath,
  type ManifestWire,
  type PostingsWire,
  type RecordsWire,
  type SearchRecord,
} from '../wire.ts';

/** Postings part size to aim for, in JSON characters (about 1.5 KB gzipped). */
export const POSTINGS_PART_CHARS = 4096;

/** Records per records part: fewer files to build and serve, more bytes for each result shown. */
export const RECORDS_PER_PART = 8;

/** The index's files by path under `/search-index/`: `manifest.json` and the parts under their hash. */
export function searchIndexFiles(records: readonly SearchRecord[], locale?: Locale): Map<string, string> {
  const names = new Map<string, string[]>();
  const foldName = (name: string) => names.get(name) ?? names.set(name, foldWords(name)).get(name) ?? [];
  const fields = records.map((r) => recordFields(r, foldName));
  const vocabulary = buildVocabulary(fields);
  const order = vocabulary.sorted;

  const parts: string[] = [];
  const starts: number[] = [];
  let part: PostingsWire = [];
  let chars = 0;
  order.forEach((word, position) => {
    let previous = 0;
    const pairs = [...(vocabulary.postings[word] ?? [])].flatMap((p) => {
      const record = postingRecord(p);
      const field = postingField(p);
      const pair = [record - previous, field | ((fields[record]?.[field]?.length ?? 0) << FIELD_BITS)];
      previous = record;
      return pair;
    });
    const size = JSON.stringify(pairs).length + 1;
    if (part.length > 0 && chars + size > POSTINGS_PART_CHARS) {
      parts.push(JSON.stringify(part));
      part = [];
      chars = 0;
    }
    if (part.length === 0) starts.push(position);
    part.push(pairs);
    chars += size;
  });
  if (part.length > 0) parts.push(JSON.stringify(part));

  const recordParts: string[] = [];
  for (let start = 0; start < records.length; start += RECORDS_PER_PART) {
    recordParts.push(JSON.stringify(records.slice(start, start + RECORDS_PER_PART).map(encodeRecord) satisfies RecordsWire));
  }

  const hash = createHash('sha256');
  for (const text of [...parts, ...recordParts]) hash.update(text).update('\n');
  const manifest: ManifestWire = {
    v: INDEX_VERSION,
    ...(locale && locale !== DEFAULT_LOCALE ? { l: locale } : {}),
    h: hash.digest('hex').slice(0, 12),
    n: records.length,
    c: RECORDS_PER_PART,
    w: encodeVocabulary(order.map((id) => vocabulary.words[id] ?? '')),
    d: order.map((id) => vocabulary.df[id] ?? 0),
    p: starts,
  };
  return new Map([
    ['manifest.json', JSON.stringify(manifest)],
    ...parts.map((text, n) => [`${manifest.h}/${postingsPath(n)}`, text] as const),
    ...recordParts.map((text, n) => [`${manifest.h}/${recordsPath(n)}`, text] as const),
  ]);
}
