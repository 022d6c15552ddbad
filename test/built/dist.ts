/**
 * Reading the built site for the checks in test/built/: the pages in dist/,
 * each with its URL and page type. Run `npm run build` first.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** The built site's folder. */
export const DIST = process.env['DIST_DIR'] ?? 'dist';

/** The page types that have a size budget, and "other". */
export type PageType = 'claim' | 'article' | 'timeline' | 'home' | 'search' | 'other';

/** One built HTML page. */
export interface BuiltPage {
  /** Path under dist/, e.g. `claims/x/index.html`. */
  file: string;
  /** Its URL path, e.g. `/claims/x/`. */
  url: string;
  type: PageType;
  html: string;
}

/** Stops with a clear message when there is no build to check. */
export function requireBuild(): void {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error(`No built site in ${DIST}/: run npm run build first.`);
}

/** Every file under dist/, `/`-separated, sorted. */
export function distFiles(): string[] {
  requireBuild();
  return readdirSync(DIST, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(DIST, join(d.parentPath, d.name)).split(sep).join('/'))
    .sort();
}

/** The URL path a file is served at. */
export function urlOf(file: string): string {
  return `/${file}`.replace(/index\.html$/, '');
}

/** What kind of page a URL path is. */
export function pageType(url: string): PageType {
  if (url === '/') return 'home';
  if (url === '/timeline/') return 'timeline';
  if (url === '/search/') return 'search';
  if (/^\/claims\/[^/]+\/$/.test(url)) return 'claim';
  if (/^\/articles\/[^/]+\/$/.test(url)) return 'article';
  return 'other';
}

/** Every HTML page in dist/. Redirect stubs (meta refresh only) are left out. */
export function builtPages(): BuiltPage[] {
  return distFiles()
    .filter((f) => f.endsWith('.html'))
    .map((file) => {
      const url = urlOf(file);
      return { file, url, type: pageType(url), html: readFileSync(join(DIST, file), 'utf8') };
    })
    .filter((p) => !/<meta http-equiv="refresh"/i.test(p.html) || /<main/i.test(p.html));
}

/** Reads a file under dist/. */
export function readDist(path: string): string {
  return readFileSync(join(DIST, path.replace(/^\//, '')), 'utf8');
}
