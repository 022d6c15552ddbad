/**
 * A search engine over records held in memory, for unit tests and the
 * benchmark: it builds exactly the files the site serves and answers from
 * them, so what is tested is what ships.
 */
import { openSearchEngine, type SearchEngine } from '../engine.ts';
import type { ManifestWire, SearchRecord } from '../wire.ts';
import { searchIndexFiles } from './index-files.ts';

/** An engine over `files` (from `searchIndexFiles`), reading parts from memory. */
export function engineOverFiles(files: ReadonlyMap<string, string>): SearchEngine {
  const manifest = JSON.parse(files.get('manifest.json') ?? 'null') as ManifestWire;
  return openSearchEngine(manifest, async (path) => {
    const text = files.get(`${manifest.h}/${path}`);
    if (text === undefined) throw new Error(`search index part ${path} is missing`);
    return JSON.parse(text) as unknown;
  });
}

/** An engine over `records`, through the index files the site would serve for them. */
export function createSearchEngine(records: readonly SearchRecord[]): SearchEngine {
  return engineOverFiles(searchIndexFiles(records));
}
