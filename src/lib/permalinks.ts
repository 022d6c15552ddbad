/**
 * Permanent links: every URL the site has published keeps working, as the
 * page itself or as a declared redirect to its new place. Pure functions over
 * URL lists; reading `dist/` and `published/` is the callers' job
 * (`scripts/built-site.ts`, `scripts/check-content.ts`, `test/built/`).
 */
import type { CollectionName } from '../schemas/common.ts';
import type { Problem } from './problems.ts';

/** The committed list of every published URL, one per line. */
export const URLS_FILE = 'published/urls.txt';
/** Where redirects are declared (read by `astro.config.mjs` and the `_redirects` endpoint). */
export const REDIRECTS_FILE = 'src/data/redirects.json';

/** A redirect target as Astro's `redirects` option takes it. */
export type RedirectTarget = string | { status: number; destination: string };
/** Old URL → new place. */
export type Redirects = Readonly<Record<string, RedirectTarget>>;

/** The page each content entry gets. */
export const CONTENT_ROUTES: Record<CollectionName, (id: string) => string> = {
  articles: (id) => `/articles/${id}/`,
  claims: (id) => `/claims/${id}/`,
  people: (id) => `/people/${id}/`,
  outlets: (id) => `/outlets/${id}/`,
  events: (id) => `/events/${id}/`,
};

const CONTENT_URL = /^\/(articles|claims|people|outlets|events)\/([^/]+)\/$/;

/** The content file behind a content page: `/claims/x/` → `{ collection: 'claims', id: 'x' }`. */
export function contentOfUrl(url: string): { collection: CollectionName; id: string } | undefined {
  const m = CONTENT_URL.exec(url);
  return m ? { collection: m[1] as CollectionName, id: m[2] ?? '' } : undefined;
}

/** Whether a URL is a content page, the only pages `npm run check:content` can vouch for without a build. */
export function isContentUrl(url: string): boolean {
  return CONTENT_URL.test(url);
}

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

/** The destination of a redirect; undefined when the entry is malformed (the JSON is written by hand). */
export function destinationOf(target: RedirectTarget): string | undefined {
  const to: unknown = typeof target === 'string' ? target : (target as { destination?: unknown } | null)?.destination;
  return typeof to === 'string' ? to : undefined;
}

/** What a published URL check knows. */
export interface PermalinkInput {
  /** The URLs in `published/urls.txt`. */
  published: readonly string[];
  /** URLs served by a real page (not by a redirect page). */
  live: ReadonlySet<string>;
  /** Declared redirects. */
  redirects: Redirects;
  /** Which URLs `live` can answer for; the rest are skipped. Default: all. */
  covers?: (url: string) => boolean;
}

/** Every published URL that is neither served nor redirected, and every redirect that leads nowhere. */
export function permalinkProblems(input: PermalinkInput): Problem[] {
  const covers = input.covers ?? (() => true);
  const problems = redirectProblems(input.redirects, input.live, covers);
  const fresh = unlistedUrls(input.published, input.live);
  for (const url of input.published) {
    if (!covers(url) || input.live.has(url) || Object.hasOwn(input.redirects, url)) continue;
    problems.push({
      file: URLS_FILE,
      field: url,
      message: 'published, but the site no longer serves it and no redirect is declared',
      fix: movedFix(url, fresh),
    });
  }
  return problems;
}

function movedFix(url: string, fresh: readonly string[]): string {
  const section = url.split('/').slice(0, 2).join('/') + '/';
  const candidates = fresh.filter((u) => u.startsWith(section) && u !== section);
  const to = candidates.length === 1 ? candidates[0] : `${section}<new-id>/`;
  const content = contentOfUrl(url);
  const restore = content ? `; if it was removed by mistake, restore content/${content.collection}/${content.id}.md` : '';
  return `if the page moved, add "${url}": "${to}" to ${REDIRECTS_FILE}${restore}. Published URLs never disappear`;
}

/** Redirects that are malformed, loop, lead to a URL nobody serves, or hide a page that still exists. */
export function redirectProblems(
  redirects: Redirects,
  live: ReadonlySet<string>,
  covers: (url: string) => boolean = () => true,
): Problem[] {
  const problems: Problem[] = [];
  const add = (from: string, message: string, fix: string) => problems.push({ file: REDIRECTS_FILE, field: `"${from}"`, message, fix });
  for (const [from, target] of Object.entries(redirects)) {
    const to = destinationOf(target);
    if (!/^\/.*(\/|\.[a-z0-9]+)$/i.test(from)) {
      add(from, `"${from}" is not a site path ending in "/"`, 'write the old URL as the site serves it, e.g. "/claims/old-id/"');
      continue;
    }
    if (to === undefined || !/^(\/|https?:\/\/)/.test(to)) {
      add(from, `the new place of ${from} is not a site path or a full URL`, `write "${from}": "/claims/new-id/"`);
      continue;
    }
    if (covers(from) && live.has(from)) {
      add(from, `${from} still has its own page, so the redirect would hide it`, `remove the redirect, or the page it hides`);
      continue;
    }
    const end = follow(from, redirects);
    if (end === undefined)
      add(from, `the redirects starting at ${from} loop or lead to a malformed entry`, 'make every redirect end at a page that exists');
    else if (!/^https?:/.test(end) && covers(end) && !live.has(end)) {
      add(
        from,
        `redirects to ${end}${end === to ? '' : ` (via ${to})`}, which the site does not serve`,
        `point it at a page that exists, e.g. "${to.replace(/[^/]*\/$/, '<id>/')}"`,
      );
    }
  }
  return problems;
}

/** Follows a redirect chain to its end; undefined on a loop. */
function follow(from: string, redirects: Redirects): string | undefined {
  const seen = new Set<string>();
  let at = from;
  while (Object.hasOwn(redirects, at)) {
    if (seen.has(at)) return undefined;
    seen.add(at);
    const next = destinationOf(redirects[at] as RedirectTarget);
    if (next === undefined) return undefined;
    at = next;
  }
  return at;
}

/** Claims that were renamed: new id → old id, read off `/claims/<old>/` → `/claims/<new>/` redirects. */
export function renamedClaims(redirects: Redirects): Map<string, string> {
  const renamed = new Map<string, string>();
  for (const from of Object.keys(redirects)) {
    const old = contentOfUrl(from);
    const end = follow(from, redirects);
    const now = end === undefined ? undefined : contentOfUrl(end);
    if (old?.collection === 'claims' && now?.collection === 'claims' && !renamed.has(now.id)) renamed.set(now.id, old.id);
  }
  return renamed;
}

/** URLs the site serves that the published list does not have yet. */
export function unlistedUrls(published: readonly string[], served: Iterable<string>): string[] {
  const listed = new Set(published);
  return [...served].filter((u) => !listed.has(u)).sort();
}

/**
 * Whether a build matches the content: content files with no page (`missing`)
 * and content pages with no file nor redirect (`extra`, e.g. a build from
 * other content). Both empty for a fresh build.
 */
export function buildMismatch(
  served: ReadonlySet<string>,
  contentIds: Readonly<Record<CollectionName, readonly string[]>>,
  redirects: Redirects,
): { missing: string[]; extra: string[] } {
  const expected = new Set(Object.entries(contentIds).flatMap(([c, ids]) => ids.map((id) => CONTENT_ROUTES[c as CollectionName](id))));
  return {
    missing: [...expected].filter((u) => !served.has(u)).sort(),
    extra: [...served].filter((u) => isContentUrl(u) && !expected.has(u) && !Object.hasOwn(redirects, u)).sort(),
  };
}

/**
 * The `_redirects` file static hosts read (Netlify, Cloudflare Pages): one
 * `old new status` line per redirect, with and without the trailing slash.
 */
export function formatRedirectsFile(redirects: Redirects): string {
  const lines = ['# Generated from src/data/redirects.json at build time: renamed pages keep their old URLs.'];
  for (const [from, target] of Object.entries(redirects)) {
    const to = destinationOf(target);
    if (to === undefined) continue;
    const status = typeof target === 'string' ? 301 : target.status;
    if (from.endsWith('/') && from !== '/') lines.push(`${from.slice(0, -1)} ${to} ${status}`);
    lines.push(`${from} ${to} ${status}`);
  }
  return lines.join('\n') + '\n';
}
