/**
 * The main thread's side of search: starts the worker on first use and sends
 * it queries; only the answer to the latest query is delivered, so a slow
 * answer never overwrites a newer one.
 */
import type { SearchKind } from '../kinds.ts';
import type { VerdictId } from '../../lib/model/verdicts.ts';
import { messages } from './messages.ts';

/** A query to the worker. */
export interface SearchRequest {
  /** Increases with every query; replies carry it back. */
  id: number;
  /** What the reader typed. */
  query: string;
  /** How many results to return. */
  limit: number;
  /** The folder of the page's edition's index (`/search-index/uk/`). */
  index: string;
}

/** One result as the worker sends it: text in runs, every odd run marked. */
export interface HitView {
  kind: SearchKind;
  url: string;
  title: string[];
  text: string[];
  via?: string[];
  verdict?: VerdictId;
}

/** The worker's answer. */
export interface SearchReply {
  id: number;
  query: string;
  total: number;
  hits: HitView[];
  /** Set when the index could not be loaded. */
  error?: string;
}

let worker: Worker | undefined;
let latest = 0;
const waiting = new Map<number, (reply: SearchReply) => void>();

function start(): Worker {
  const w = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'search' });
  w.addEventListener('message', (event: MessageEvent<SearchReply>) => {
    const reply = event.data;
    const resolve = waiting.get(reply.id);
    waiting.delete(reply.id);
    // Older queries still waiting will never be shown: drop them.
    for (const id of waiting.keys()) if (id < reply.id) waiting.delete(id);
    if (resolve && reply.id === latest) resolve(reply);
  });
  return w;
}

/** Loads the index in the background (the first query would too). */
export function warmUp(): void {
  worker ??= start();
  worker.postMessage({ id: 0, query: '', limit: 0, index: messages().index } satisfies SearchRequest);
}

/** Results for `query`; resolves only if no newer query was asked meanwhile. */
export function search(query: string, limit: number): Promise<SearchReply> {
  worker ??= start();
  const id = ++latest;
  const w = worker;
  return new Promise((resolve) => {
    waiting.set(id, resolve);
    w.postMessage({ id, query, limit, index: messages().index } satisfies SearchRequest);
  });
}
