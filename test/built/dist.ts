/**
 * Reading the built site for the checks in test/built/: the pages in dist/,
 * each with its URL and page type. Run `npm run build` first.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { filesUnder } from '../../scripts/built-site.ts';
import { urlOfFile } from '../../src/lib/guards/url-list.ts';
import { entryOfPath, paths, unlocalize } from '../../src/lib/urls.ts';

/** The built site's folder. */
export const DIST = process.env['DIST_DIR'] ?? 'dist';

/** The page types that have a size budget, and "other". */
export type PageType = 'claim' | 'article' | 'list' | 'timeline' | 'home' | 'search' | 'other';

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
  return filesUnder(DIST);
}

/** The URL path a file is served at. */
export const urlOf = urlOfFile;

/** What kind of page a URL path is, in any edition (`/uk/claims/x/` is a claim page). */
export function pageType(localized: string): PageType {
  const url = unlocalize(localized);
  if (url === paths.home()) return 'home';
  // The timeline's pages once it is split (/timeline/2024-12/) share its budget.
  if (url.startsWith(paths.timeline())) return 'timeline';
  if (url === paths.search()) return 'search';
  const entry = entryOfPath(url);
  if (entry?.collection === 'claims') return 'claim';
  if (entry?.collection === 'articles') return 'article';
  // /claims/, its numbered pages and each verdict's, outlet's and person's list.
  if (url.startsWith(paths.claims())) return 'list';
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
