/**
 * Declared redirects (`src/data/redirects.json`): checking them, following
 * them, reading renames off them, and writing the `_redirects` file that
 * static hosts read. Pure functions over the parsed JSON.
 */
import { entryOfPath, paths } from '../urls.ts';
import type { Problem } from '../content/problems.ts';

/** Where redirects are declared (read by `astro.config.mjs` and the `_redirects` endpoint). */
export const REDIRECTS_FILE = 'src/data/redirects.json';

/** A redirect target as Astro's `redirects` option takes it. */
export type RedirectTarget = string | { status: number; destination: string };
/** Old URL → new place. */
export type Redirects = Readonly<Record<string, RedirectTarget>>;

/** The destination of a redirect; undefined when the entry is malformed (the JSON is written by hand). */
export function destinationOf(target: RedirectTarget): string | undefined {
  const to: unknown = typeof target === 'string' ? target : (target as { destination?: unknown } | null)?.destination;
  return typeof to === 'string' ? to : undefined;
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
      add(from, `"${from}" is not a site path ending in "/"`, `write the old URL as the site serves it, e.g. "${paths.claim('old-id')}"`);
      continue;
    }
    if (to === undefined || !/^(\/|https?:\/\/)/.test(to)) {
      add(from, `the new place of ${from} is not a site path or a full URL`, `write "${from}": "${paths.claim('new-id')}"`);
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
    const old = entryOfPath(from);
    const end = follow(from, redirects);
    const now = end === undefined ? undefined : entryOfPath(end);
    if (old?.collection === 'claims' && now?.collection === 'claims' && !renamed.has(now.id)) renamed.set(now.id, old.id);
  }
  return renamed;
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
