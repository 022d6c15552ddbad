/**
 * axe-core in the page under test, run through its own API (`axe.run`).
 *
 * Not through `@axe-core/playwright`: its `analyze()` runs every frame with
 * `axe.runPartial` and then opens a blank page to call `axe.finishRun`, which
 * made the sitemap suite take 5.7 s a page; `axe.run` in the page itself takes
 * 1.1 s (24 pages measured both ways, 2026-12-01, docs/performance.md). The
 * price is that axe does not enter cross-origin frames, so `axeViolations`
 * refuses a page that has any frame: no page of the site does.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { AxeResults, RunOptions } from 'axe-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.0–2.2 A and AA, plus axe's best practices: what every page is held to. */
export const WCAG_AND_BEST_PRACTICE = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

export interface AxeRun {
  /** Only these rules (the dark scheme changes colours, so only the colour rules run again). */
  rules?: string[];
  /** Only rules with these tags; neither `rules` nor `tags`: every rule axe enables by default. */
  tags?: string[];
  /** Only these parts of the page (CSS selectors). */
  include?: string[];
}

/** axe's violations on the page as it is now, one readable line per rule and its nodes; [] when it passes. */
export async function axeViolations(page: Page, run: AxeRun = {}): Promise<string[]> {
  if (page.frames().length > 1)
    throw new Error(
      `${page.url()} has a frame, which axe.run does not enter: a framed page needs axe.runPartial in each frame (see e2e/axe.ts)`,
    );
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const options: RunOptions = {
    resultTypes: ['violations'],
    ...(run.rules ? { runOnly: { type: 'rule', values: run.rules } } : run.tags ? { runOnly: { type: 'tag', values: run.tags } } : {}),
  };
  const context = run.include ? { include: run.include.map((s) => [s]) } : undefined;
  const results = await page.evaluate(
    // `axe` is the global the injected source defines.
    ([context, options]) =>
      (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<AxeResults> } }).axe.run(context ?? document, options),
    [context, options] as const,
  );
  return results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')}: ${n.failureSummary?.split('\n').slice(1).join(' ')}`).join('\n')}`,
  );
}
