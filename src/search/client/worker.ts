/**
 * The search worker: on the first query it fetches the index's manifest (the
 * vocabulary), then for each query the postings and records it needs (see
 * ../engine.ts), all off the main thread so typing never stutters. Queries
 * overtaken by a newer one before they start are skipped: nobody will see them.
 */
import { openSearchEngine, type SearchEngine } from '../engine.ts';
import type { ManifestWire } from '../wire.ts';
import type { SearchReply, SearchRequest } from './client.ts';

let engine: Promise<SearchEngine> | undefined;
let newest = 0;

async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json();
}

/** Opens the index in `dir`: the page's edition's folder, as the build writes it (src/pages/search-index/[...path].ts). */
async function load(dir: string): Promise<SearchEngine> {
  const manifest = (await fetchJson(`${dir}manifest.json`)) as ManifestWire;
  return openSearchEngine(manifest, (path) => fetchJson(`${dir}${manifest.h}/${path}`));
}

addEventListener('message', (event: MessageEvent<SearchRequest>) => {
  const { id, query, limit, index } = event.data;
  newest = Math.max(newest, id);
  engine ??= load(index);
  engine
    .then((e) => (id < newest ? undefined : e.search(query, limit)))
    .then(
      (results) => {
        if (!results) return;
        const reply: SearchReply = {
          id,
          query,
          total: results.total,
          hits: results.hits.map(({ record, title, text, via }) => ({
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
        // Start again on the next query: the manifest may have been replaced by a deploy.
        engine = undefined;
        postMessage({ id, query, total: 0, hits: [], error: String(error) } satisfies SearchReply);
      },
    );
});
