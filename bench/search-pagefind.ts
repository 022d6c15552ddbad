/**
 * Pagefind (the search Starlight ships) over the benchmark's corpus, as a
 * second baseline: one HTML page per record carrying the same text this site's
 * index holds (title as the heading, own aliases, the names of the entries it
 * references, the snippet), indexed with Pagefind's Node API into memory.
 */
import { close, createIndex } from 'pagefind';
import type { SearchRecord } from '../src/search/wire.ts';
import type { Files } from './search-browser.ts';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A record's page as Pagefind sees it. */
function page(r: SearchRecord): string {
  const lines = [r.aliases.join(', '), r.names.join(', '), r.text].filter((l) => l !== '');
  return `<!doctype html><html lang="en"><head><title>${escape(r.title)}</title></head><body><main data-pagefind-body><h1>${escape(r.title)}</h1>${lines.map((l) => `<p>${escape(l)}</p>`).join('')}</main></body></html>`;
}

/** Pagefind's bundle for `records`, by URL path under `/pagefind/`, and how long indexing took. */
export async function pagefindFiles(records: readonly SearchRecord[]): Promise<{ files: Files; seconds: number }> {
  const started = performance.now();
  const { index, errors } = await createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  for (const r of records) {
    const added = await index.addHTMLFile({ url: r.url, content: page(r) });
    if (added.errors.length > 0) throw new Error(`pagefind: ${r.url}: ${added.errors.join('; ')}`);
  }
  const written = await index.getFiles();
  if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  const seconds = (performance.now() - started) / 1000;
  await close();
  return { files: new Map(written.files.map((f) => [`/pagefind/${f.path}`, f.content])), seconds };
}
