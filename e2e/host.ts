/**
 * What the browser tests know about the host: the rules of dist/_headers, read
 * as Cloudflare Pages reads them, and whether the server in front of the tests
 * is the host's own runtime (scripts/serve.ts) or the `astro preview` fallback,
 * which applies neither _headers nor _redirects.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRequestContext } from '@playwright/test';

const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);

export const DIST = process.env['DIST_DIR'] ?? 'dist';

/** The page URLs of a sitemap document (the index lists sitemaps, each sitemap lists pages). */
export const sitemapLocs = locs;

/** Page paths listed by the built sitemap (sitemap.xml is an index of sitemaps), in its order. */
export function sitemapPaths(): string[] {
  const file = (url: string) => readFileSync(join(DIST, new URL(url).pathname), 'utf8');
  return locs(readFileSync(join(DIST, 'sitemap.xml'), 'utf8')).flatMap((s) => locs(file(s)).map((u) => new URL(u).pathname));
}

/** Why a host test skips under the fallback server. */
export const NOT_THE_HOST =
  "the site is served by astro preview (scripts/serve.ts could not start Cloudflare Pages' runtime; its message says why), which applies neither _headers nor _redirects";

/** One rule of _headers: a path pattern, the headers it sets (names in lower case) and those it detaches (`! Name`). */
export interface HeaderRule {
  pattern: string;
  set: Record<string, string>;
  detach: string[];
}

/** The rules of dist/_headers, in order: a line starting with `/` opens a rule, indented lines fill it. */
export function headerRules(): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of readFileSync(join(DIST, '_headers'), 'utf8').split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (line.startsWith('/')) {
      rules.push({ pattern: line.trim(), set: {}, detach: [] });
      continue;
    }
    const rule = rules.at(-1);
    const detach = /^\s+!\s*([\w-]+)\s*$/.exec(line);
    const header = /^\s+([\w-]+):\s*(.+)$/.exec(line);
    if (rule && detach) rule.detach.push(detach[1]!.toLowerCase());
    else if (rule && header) rule.set[header[1]!.toLowerCase()] = header[2]!.trim();
  }
  return rules;
}

/** The headers the rule for `pattern` sets. */
export function headersOf(pattern: string): Record<string, string> {
  const rule = headerRules().find((r) => r.pattern === pattern);
  if (!rule) throw new Error(`dist/_headers has no rule for ${pattern}`);
  return rule.set;
}

let host: Promise<boolean> | undefined;

/** Whether the server applies _headers, as the host does (asked once per worker). */
export function servedByHost(request: APIRequestContext): Promise<boolean> {
  host ??= request.get('/').then((r) => r.headers()['x-frame-options'] !== undefined);
  return host;
}
