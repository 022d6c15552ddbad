/**
 * The committed list of published URLs (`published/urls.txt`) and which built
 * files belong on it: reading, writing and mapping files to the URLs they
 * answer at. Pure functions; reading the disk is the callers' job.
 */

/** The committed list of every published URL, one per line. */
export const URLS_FILE = 'published/urls.txt';
/**
 * The URL a built file is served at, if it is one a reader may link to:
 * every HTML page (`claims/x/index.html` → `/claims/x/`), every feed or
 * sitemap (`.xml`) and the open data under `data/`. Assets, the search index
 * and other files the site's own scripts load may change with any build.
 */
export function permalinkOfFile(path: string): string | undefined {
  if (path.split('/').some((segment) => segment.startsWith('_') || segment.startsWith('.'))) return undefined;
  if (path === '404.html') return undefined;
  if (path === 'index.html' || path.endsWith('/index.html')) return `/${path.slice(0, -'index.html'.length)}`;
  if (path.endsWith('.html')) return `/${path}`;
  if (path.endsWith('.xml') || (path.startsWith('data/') && /\.(json|csv)$/.test(path))) return `/${path}`;
  return undefined;
}

/** The URL any built file answers at (`claims/x/index.html` → `/claims/x/`), for link checking. */
export function urlOfFile(path: string): string {
  return path === 'index.html' || path.endsWith('/index.html') ? `/${path.slice(0, -'index.html'.length)}` : `/${path}`;
}

/** Reads `published/urls.txt`: one URL per line; blank lines and `#` comments are skipped. */
export function parseUrlList(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0 && !line.startsWith('#'));
}

const URL_LIST_HEADER = [
  '# Every URL this site has published. Journalists link to them: each one must keep working,',
  '# as the page itself or as a redirect declared in src/data/redirects.json.',
  '# Never delete a line. Regenerate with `npm run publish:lists` (see CONTRIBUTING.md).',
];

/** Writes the list: the header, then every URL once, sorted. */
export function formatUrlList(urls: Iterable<string>): string {
  return [...URL_LIST_HEADER, ...[...new Set(urls)].sort()].join('\n') + '\n';
}
