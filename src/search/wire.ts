/**
 * The search index as it travels to the browser: a small manifest fetched on
 * first use, and parts fetched only when a query needs them, so the first
 * result at 10,000 records costs tens of kilobytes, not the whole index.
 *
 * - `manifest.json` (`ManifestWire`): the vocabulary in alphabetical order,
 *   front-coded, with each word's document frequency and the postings part it
 *   lives in. Enough to match every query term (typos and prefixes included)
 *   without any other file.
 * - `<hash>/p<n>.json` (`PostingsWire`): where the words of one alphabetical
 *   range occur: record, field, and how many words that field has.
 * - `<hash>/r<n>.json` (`RecordsWire`): a few consecutive records, ready to
 *   score and show, the names of the entries they reference already resolved.
 *
 * Parts sit under a hash of their content: a page left open across a deploy
 * never mixes parts of two builds. Terse arrays, because every byte counts.
 */
import type { Locale } from '../lib/urls.ts';
import { SEARCH_KINDS, searchUrl, type SearchKind } from './kinds.ts';
import { VERDICT_IDS, type VerdictId } from '../lib/model/verdicts.ts';

/** Format version; bumped when any file's shape changes. */
export const INDEX_VERSION = 2;

/** The manifest. */
export interface ManifestWire {
  /** `INDEX_VERSION`. */
  v: number;
  /** The directory of this build's parts (a hash of their content). */
  h: string;
  /** How many records the index holds. */
  n: number;
  /** Records per records part: record `r` is in part `floor(r / c)`. */
  c: number;
  /** The vocabulary, one word a line: one base-36 digit for the prefix it shares with the line before, then the rest. */
  w: string;
  /** How many records contain each word, in vocabulary order. */
  d: number[];
  /** The vocabulary position where each postings part starts, ascending (the first is 0). */
  p: number[];
  /** The edition whose pages the records link to (absent: English). */
  l?: Locale;
}

/** A postings part: for each word of its range, in order, pairs `[record − previous record, field | length << FIELD_BITS]`. */
export type PostingsWire = number[][];

/** A record: kind (index into `SEARCH_KINDS`), id, title, text, verdict (index into `VERDICT_IDS`, or −1), aliases, names. */
export type RecordWire = [number, string, string, string, number, string[], string[]];

/** A records part: consecutive records. */
export type RecordsWire = RecordWire[];

/** A record ready to search and show. */
export interface SearchRecord {
  /** What the entry is. */
  kind: SearchKind;
  /** The entry's id. */
  id: string;
  /** Its page. */
  url: string;
  /** The result's heading. */
  title: string;
  /** The snippet text. */
  text: string;
  /** Its own other names: aliases, transliterations, bylines. */
  aliases: string[];
  /** Names and aliases of the entries it references: a claim's claimant and subjects. */
  names: string[];
  /** For claims, the verdict. */
  verdict?: VerdictId;
}

/** Where postings part `n` is, relative to the parts' directory. */
export const postingsPath = (n: number) => `p${n}.json`;

/** Where records part `n` is, relative to the parts' directory. */
export const recordsPath = (n: number) => `r${n}.json`;

/** Throws, with what to do, when a manifest is not of this version. */
export function checkVersion(manifest: ManifestWire): void {
  if (manifest.v !== INDEX_VERSION) throw new Error(`search index version ${String(manifest.v)} is not supported; rebuild the site`);
}

/** Longest shared prefix one digit can say. */
const MAX_SHARED = 35;

/** Alphabetically sorted words as `ManifestWire.w`. */
export function encodeVocabulary(sorted: readonly string[]): string {
  let previous = '';
  return sorted
    .map((word) => {
      let shared = 0;
      while (shared < MAX_SHARED && shared < word.length && word[shared] === previous[shared]) shared++;
      previous = word;
      return shared.toString(36) + word.slice(shared);
    })
    .join('\n');
}

/** `ManifestWire.w` back into words. */
export function decodeVocabulary(text: string): string[] {
  let previous = '';
  return text === '' ? [] : text.split('\n').map((line) => (previous = previous.slice(0, parseInt(line[0] ?? '0', 36)) + line.slice(1)));
}

/** A record as it travels. */
export function encodeRecord(r: SearchRecord): RecordWire {
  return [SEARCH_KINDS.indexOf(r.kind), r.id, r.title, r.text, r.verdict ? VERDICT_IDS.indexOf(r.verdict) : -1, r.aliases, r.names];
}

/** A travelling record back into a record with its URL. */
export function decodeRecord([kind, id, title, text, verdict, aliases, names]: RecordWire, locale?: Locale): SearchRecord {
  const k = SEARCH_KINDS[kind] ?? 'claim';
  const record: SearchRecord = { kind: k, id, url: searchUrl(k, id, locale), title, text, aliases, names };
  const v = VERDICT_IDS[verdict];
  if (v !== undefined) record.verdict = v;
  return record;
}
