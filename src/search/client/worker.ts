/**
 * The search worker: fetches the index on the first query, builds the engine
 * (folding, vocabulary, Fuse.js index; a few hundred ms at 10,000 records) and
 * answers queries, all off the main thread so typing never stutters.
 */
import { createSearchEngine, type SearchEngine } from '../engine.ts';
import { decodeSearchIndex, type SearchIndexWire } from '../wire.ts';
import type { SearchReply, SearchRequest } from './client.ts';

/** Where the build writes the index (src/pages/search-index.json.ts). */
const INDEX_URL = '/search-index.json';

let engine: Promise<SearchEngine> | undefined;

async function load(): Promise<SearchEngine> {
  const response = await fetch(INDEX_URL);
  if (!response.ok) throw new Error(`${INDEX_URL}: HTTP ${response.status}`);
  return createSearchEngine(decodeSearchIndex((await response.json()) as SearchIndexWire));
}

addEventListener('message', (event: MessageEvent<SearchRequest>) => {
  const { id, query, limit } = event.data;
  engine ??= load();
  engine.then(
    (e) => {
      const { hits, total } = e.search(query, limit);
      const reply: SearchReply = {
        id,
        query,
        total,
        hits: hits.map(({ record, title, text, via }) => ({
          kind: record.kind,
          url: record.url,
          title,
          text,
          ...(via ? { via } : {}),
          ...(record.verdict ? { verdict: record.verdict } : {}),
        })),
      };
      postMessage(reply);
    },
    (error: unknown) => {
      engine = undefined;
      postMessage({ id, query, total: 0, hits: [], error: String(error) } satisfies SearchReply);
    },
  );
});
