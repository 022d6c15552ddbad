/**
 * Results ready to show: title and snippet split into runs with the matched
 * words marked, whatever their spelling, and the name a result was found by
 * when neither shows it.
 */
import { wordSpans } from './fold.ts';
import type { SearchRecord } from './wire.ts';

/** One result, ready to show: text split into runs, every odd run a match to mark. */
export interface SearchHit {
  /** The record's position in the index. */
  ref: number;
  /** The record. */
  record: SearchRecord;
  /** The title in runs: `[plain, marked, plain, …]`. */
  title: string[];
  /** The snippet in runs. */
  text: string[];
  /** When the match is only in a name not shown (an alias, a claimant): that name, in runs. */
  via?: string[];
}

/** `text` in runs, every odd run a word whose folded form matched. */
export function markRuns(text: string, matched: ReadonlySet<string>): string[] {
  const runs: string[] = [];
  let at = 0;
  for (const span of wordSpans(text)) {
    if (!matched.has(span.folded)) continue;
    runs.push(text.slice(at, span.start), text.slice(span.start, span.end));
    at = span.end;
  }
  runs.push(text.slice(at));
  return runs;
}

/** Record `ref` as a result, the words in `matched` (folded) marked. */
export function toHit(ref: number, record: SearchRecord, matched: ReadonlySet<string>): SearchHit {
  const hit: SearchHit = { ref, record, title: markRuns(record.title, matched), text: markRuns(record.text, matched) };
  if (hit.title.length === 1 && hit.text.length === 1) {
    const name = [...record.aliases, ...record.names].map((n) => markRuns(n, matched)).find((runs) => runs.length > 1);
    if (name) hit.via = name;
  }
  return hit;
}
