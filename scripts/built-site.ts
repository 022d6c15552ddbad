/**
 * Reads what the permalink and link checks need from disk: the built site
 * (`dist/`), the content ids, the declared redirects and the committed lists
 * in `published/`. The checks themselves are pure (src/lib/guards/,
 * link-check.ts, verdict-guard.ts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { COLLECTION_NAMES, type CollectionName } from '../src/schemas/common.ts';
import { extractLinks, type BuiltSite, type PageLinks } from '../src/lib/guards/link-check.ts';
import { parseUrlList, permalinkOfFile, urlOfFile } from '../src/lib/guards/url-list.ts';
import { REDIRECTS_FILE, type Redirects } from '../src/lib/guards/redirects.ts';
import { parsePublishedVerdicts, VERDICTS_FILE, type PublishedVerdicts } from '../src/lib/guards/verdict-guard.ts';
import type { Problem } from '../src/lib/content/problems.ts';
import { paths } from '../src/lib/urls.ts';

/** A built site, read once. */
export interface ReadSite extends BuiltSite {
  /** The URLs a reader may link to (pages, feeds, open data), sorted. */
  permalinks: string[];
}

/** Every file under `dir`, as a `/`-separated path relative to it. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(dir, join(d.parentPath, d.name)).split(sep).join('/'))
    .sort();
}

/** Reads `dist/`: what it serves, every page's ids and links, and the site's origin (from the home page's canonical link). */
export function readBuiltSite(dist = 'dist'): ReadSite {
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`No built site in ${dist}/: run npm run build first.`);
  const files = filesUnder(dist);
  const pages = new Map<string, PageLinks>();
  for (const file of files.filter((f) => f.endsWith('.html')))
    pages.set(urlOfFile(file), extractLinks(readFileSync(join(dist, file), 'utf8')));
  const canonical = pages.get('/')?.canonical;
  return {
    served: new Set(files.map(urlOfFile)),
    pages,
    origin: canonical ? new URL(canonical).origin : 'http://localhost',
    permalinks: files.map(permalinkOfFile).filter((u): u is string => u !== undefined),
  };
}

/** The ids of every content file, valid or not (a file that fails its schema still owns its URL). */
export function contentIds(contentDir: string): Record<CollectionName, string[]> {
  const ids = (c: CollectionName) =>
    existsSync(join(contentDir, c))
      ? readdirSync(join(contentDir, c))
          .filter((n) => n.endsWith('.md'))
          .map((n) => n.slice(0, -3))
      : [];
  return Object.fromEntries(COLLECTION_NAMES.map((c) => [c, ids(c)])) as Record<CollectionName, string[]>;
}

/** The committed lists and the redirects, with any problem reading them. */
export interface Published {
  /** `published/urls.txt`, or empty before the first `npm run publish:lists`. */
  urls: string[];
  /** `published/verdicts.json`, or empty before the first run. */
  verdicts: PublishedVerdicts;
  /** `src/data/redirects.json`. */
  redirects: Redirects;
  /** Files that do not parse. */
  problems: Problem[];
}

/** Reads `published/` (under `root`) and the redirects. */
export function readPublished(root = '.', publishedDir = join(root, 'published'), redirectsFile = join(root, REDIRECTS_FILE)): Published {
  const problems: Problem[] = [];
  const json = (file: string, shown: string): unknown => {
    if (!existsSync(file)) return {};
    try {
      return JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      problems.push({
        file: shown,
        field: '(file)',
        message: `not valid JSON: ${(error as Error).message}`,
        fix: 'check commas and quotes; each entry is "old URL": "new URL"',
      });
      return {};
    }
  };
  const urlsFile = join(publishedDir, 'urls.txt');
  const urls = existsSync(urlsFile) ? parseUrlList(readFileSync(urlsFile, 'utf8')) : [];
  const verdicts = parsePublishedVerdicts(json(join(publishedDir, 'verdicts.json'), VERDICTS_FILE));
  problems.push(...verdicts.problems);
  const redirects = json(redirectsFile, REDIRECTS_FILE);
  const valid = typeof redirects === 'object' && redirects !== null && !Array.isArray(redirects);
  if (!valid)
    problems.push({
      file: REDIRECTS_FILE,
      field: '(file)',
      message: 'not a JSON object',
      fix: `write { "${paths.claim('old-id')}": "${paths.claim('new-id')}" }`,
    });
  return { urls, verdicts: verdicts.verdicts, redirects: valid ? (redirects as Redirects) : {}, problems };
}
