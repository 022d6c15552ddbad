/**
 * The search index as it travels to the browser (`/search-index.json`), and
 * back into records. Column-oriented and terse, because every byte is paid
 * 10,000 times: similar strings sit next to each other so gzip finds them,
 * kinds and verdicts are one character each, and a claimant's names are sent
 * once on the person, not copied into every claim.
 */
import type { SearchDocument } from './build/document.ts';
import { KIND_COLLECTION, SEARCH_KINDS, searchUrl, type SearchKind } from './kinds.ts';
import { VERDICT_IDS, type VerdictId } from '../lib/verdicts.ts';

/** The wire format. */
export interface SearchIndexWire {
  /** Format version; bumped when the shape changes. */
  v: 1;
  /** One digit per record: its kind, as an index into `SEARCH_KINDS`. */
  k: string;
  /** Each record's id. */
  i: string[];
  /** Each record's title. */
  t: string[];
  /** Each record's snippet text. */
  x: string[];
  /** One character per record: its verdict as an index into `VERDICT_IDS`, or `-`. */
  d: string;
  /** Only records that have aliases: `[record, alias, alias, …]`. */
  a: [number, ...string[]][];
  /** Only records with references: `[record, referenced record, …]`. */
  r: [number, ...number[]][];
}

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

/** Packs documents into the wire format; references to unknown entries are dropped. */
export function encodeSearchIndex(docs: readonly SearchDocument[]): SearchIndexWire {
  const position = new Map(docs.map((d, n) => [`${KIND_COLLECTION[d.kind]}/${d.id}`, n]));
  const wire: SearchIndexWire = { v: 1, k: '', i: [], t: [], x: [], d: '', a: [], r: [] };
  docs.forEach((doc, n) => {
    wire.k += SEARCH_KINDS.indexOf(doc.kind);
    wire.i.push(doc.id);
    wire.t.push(doc.title);
    wire.x.push(doc.text);
    wire.d += doc.verdict === undefined ? '-' : VERDICT_IDS.indexOf(doc.verdict);
    if (doc.aliases.length > 0) wire.a.push([n, ...doc.aliases]);
    const refs = doc.refs.map((ref) => position.get(ref)).filter((r): r is number => r !== undefined && r !== n);
    if (refs.length > 0) wire.r.push([n, ...refs]);
  });
  return wire;
}

/** Unpacks the wire format into records, resolving references into names. */
export function decodeSearchIndex(wire: SearchIndexWire): SearchRecord[] {
  if (wire.v !== 1) throw new Error(`search index version ${String(wire.v)} is not supported; rebuild the site`);
  const aliases = new Map<number, string[]>(wire.a.map(([n, ...list]) => [n, list]));
  const records: SearchRecord[] = wire.i.map((id, n) => {
    const kind = SEARCH_KINDS[Number(wire.k[n])] ?? 'claim';
    const verdict = VERDICT_IDS[Number(wire.d[n])];
    const record: SearchRecord = {
      kind,
      id,
      url: searchUrl(kind, id),
      title: wire.t[n] ?? '',
      text: wire.x[n] ?? '',
      aliases: aliases.get(n) ?? [],
      names: [],
    };
    if (verdict !== undefined && wire.d[n] !== '-') record.verdict = verdict;
    return record;
  });
  for (const [n, ...refs] of wire.r) {
    const record = records[n];
    if (!record) continue;
    const names = refs.flatMap((r) => (records[r] ? [records[r].title, ...(aliases.get(r) ?? [])] : []));
    record.names = [...new Set(names)];
  }
  return records;
}
