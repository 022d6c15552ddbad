/**
 * Which built pages the page-by-page checks visit: axe, console errors and
 * editor notes in the browser (e2e/every-page.spec.ts), and the Nu HTML Checker
 * (test/built/html-validity.test.ts).
 *
 * The real site is checked exhaustively: every page while there are at most
 * `EXHAUSTIVE_MAX`. Past that (the 10,000-claim benchmark corpus publishes
 * about 36,000 pages), each template is sampled: the pages of one kind share
 * one template and differ in content, so `PER_TYPE` pages of each template, chosen by
 * a seeded hash, cover every template in every edition while the time stays
 * bounded. The sample is the same on every run with the same seed
 * (`PAGE_SAMPLE_SEED` to draw another); `CHECK_ALL_PAGES=1` checks every page
 * whatever the size.
 */
import { createHash } from 'node:crypto';

export const EXHAUSTIVE_MAX = 2_000;
export const PER_TYPE = 20;
export const DEFAULT_SEED = 'spheres-factcheck';

/** Segments that name a part of the site rather than an item; every other segment after the section is an id or a number. */
const STRUCTURAL = new Set(['page', 'verdict', 'outlet', 'person', 'claims', 'uk', 'ru']);

/**
 * The template a page shares with others of its kind, from its path: the edition, the section and the structural
 * words kept, ids and numbers as `*`. `/ru/claims/verdict/false/page/2/` →
 * `/ru/claims/verdict/*\/page/*\/`; `/claims/claim-5/` → `/claims/*\/`.
 */
export function pageTemplate(path: string): string {
  const segments = path.split('/').filter(Boolean);
  const edition = segments[0] === 'uk' || segments[0] === 'ru' ? 1 : 0;
  const typed = segments.map((s, i) => (i <= edition || STRUCTURAL.has(s) ? s : '*'));
  return typed.length ? `/${typed.join('/')}/` : '/';
}

export interface SampleOptions {
  seed?: string | undefined;
  all?: boolean | undefined;
  max?: number | undefined;
  perType?: number | undefined;
}

/** The pages to check, in their given order: all of them on a site of at most `max` pages, else `perType` of each type. */
export function pagesToCheck(paths: readonly string[], options: SampleOptions = {}): string[] {
  const { seed = DEFAULT_SEED, all = false, max = EXHAUSTIVE_MAX, perType = PER_TYPE } = options;
  if (all || paths.length <= max) return [...paths];
  const byType = new Map<string, string[]>();
  for (const path of paths) {
    const type = pageTemplate(path);
    const list = byType.get(type);
    if (list) list.push(path);
    else byType.set(type, [path]);
  }
  const chosen = new Set<string>();
  for (const list of byType.values()) {
    if (list.length <= perType) list.forEach((p) => chosen.add(p));
    else
      list
        .map((path) => ({ path, rank: createHash('sha256').update(`${seed}\0${path}`).digest('hex') }))
        .sort((a, b) => (a.rank < b.rank ? -1 : 1))
        .slice(0, perType)
        .forEach(({ path }) => chosen.add(path));
  }
  return paths.filter((p) => chosen.has(p));
}

/** `pagesToCheck` with the seed and `CHECK_ALL_PAGES` from the environment. */
export function pagesToCheckFromEnv(paths: readonly string[]): string[] {
  return pagesToCheck(paths, { seed: process.env['PAGE_SAMPLE_SEED'], all: process.env['CHECK_ALL_PAGES'] === '1' });
}
