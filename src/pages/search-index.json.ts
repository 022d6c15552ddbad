/**
 * `/search-index.json`: every entry as a search record in the compact wire
 * format (src/lib/search-wire.ts), built once from the checked content. Only
 * the search worker fetches it, on first use.
 */
import type { APIRoute } from 'astro';
import { searchDocuments } from '../lib/search-document.ts';
import { encodeSearchIndex } from '../lib/search-wire.ts';
import { loadSite } from '../lib/site/load.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(encodeSearchIndex(searchDocuments(await loadSite()))), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
