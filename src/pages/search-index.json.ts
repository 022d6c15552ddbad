/**
 * `/search-index.json`: every entry as a search record in the compact wire
 * format (src/search/wire.ts), built once from the checked content. Only
 * the search worker fetches it, on first use.
 */
import type { APIRoute } from 'astro';
import { searchDocuments } from '../search/build/document.ts';
import { encodeSearchIndex } from '../search/wire.ts';
import { loadSite } from '../lib/site-data.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(encodeSearchIndex(searchDocuments(await loadSite()))), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
