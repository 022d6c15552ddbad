/**
 * `/search-index/…` (and `/search-index/uk/…`, `/search-index/ru/…`): each edition's search index, split so that a first search fetches
 * only what it needs (`manifest.json`, then a few parts; formats in
 * src/search/wire.ts), built once from the checked content. Only the search
 * worker fetches these, on first use.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { searchDocuments } from '../../search/build/document.ts';
import { searchIndexFiles } from '../../search/build/index-files.ts';
import { searchRecords } from '../../search/build/records.ts';
import { loadSite } from '../../lib/site/load.ts';
import { LOCALES, paths } from '../../lib/urls.ts';

let files: Promise<Map<string, string>> | undefined;
/** Every file of every edition's index by path (`manifest.json`, `uk/manifest.json`, …), computed once per build. */
const indexFiles = () =>
  (files ??= loadSite().then((site) => {
    const all = new Map<string, string>();
    for (const locale of LOCALES) {
      const dir = paths.searchIndexDir(locale).slice(paths.searchIndexDir().length);
      for (const [path, body] of searchIndexFiles(searchRecords(searchDocuments(site, locale), locale), locale))
        all.set(`${dir}${path}`, body);
    }
    return all;
  }));

export const getStaticPaths = (async () => [...(await indexFiles()).keys()].map((path) => ({ params: { path } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response((await indexFiles()).get(params['path'] ?? ''), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
