/**
 * `npm run lighthouse`: Lighthouse (mobile: emulated phone, simulated slow
 * 4G and CPU) against the built site served by `astro preview`, in the same
 * Chromium the browser tests use. Prints performance, accessibility, best
 * practices and SEO for a claim page, an article page and the timeline (the
 * heaviest page of each type), the median of three runs each, with the audits
 * that cost points, and exits 1 when a score is under the minimum (100 unless --min N).
 *
 * Usage: npm run lighthouse [-- [--min 95] [--runs 5] [/claims/some-id/ …]]   (after npm run build)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import lighthouse from 'lighthouse';
import { builtPages, requireBuild, type PageType } from '../test/built/dist.ts';
import { editionOfPath, LOCALES, type Locale } from '../src/lib/urls.ts';
import { CHROMIUM_ARGS, findChromium } from './chromium.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const PORT = Number(process.env['LIGHTHOUSE_PORT'] ?? 4329);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const WIDTH = 72;
const LIGHTHOUSE_VERSION = (createRequire(import.meta.url)('lighthouse/package.json') as { version: string }).version;

/** The heaviest built page of each type in each edition: the one most likely to lose points. */
function defaultPaths(): string[] {
  const pages = builtPages();
  const heaviest = (type: PageType, locale: Locale) =>
    pages
      .filter((p) => p.type === type && editionOfPath(p.url) === locale)
      .map((p) => ({ url: p.url, bytes: gzipSync(p.html).length }))
      .sort((a, b) => b.bytes - a.bytes)[0]?.url;
  return LOCALES.flatMap((l) => (['claim', 'article', 'timeline'] as const).map((type) => heaviest(type, l))).filter((u): u is string => u !== undefined);
}

/** Starts a process and resolves once `ready` matches its output. */
function start(command: string, args: string[], ready: RegExp): Promise<{ child: ChildProcess; match: RegExpMatchArray }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const timer = setTimeout(() => reject(new Error(`${command} did not start in 60 s:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = output.match(ready);
      if (match) {
        clearTimeout(timer);
        resolve({ child, match });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => reject(new Error(`${command} exited (${code}):\n${output}`)));
  });
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const minAt = args.indexOf('--min');
  const min = minAt >= 0 ? Number(args.splice(minAt, 2)[1]) : 100;
  const runsAt = args.indexOf('--runs');
  const RUNS = runsAt >= 0 ? Number(args.splice(runsAt, 2)[1]) : 3;
  requireBuild();
  const paths = args.length > 0 ? args : defaultPaths();
  const chromium = findChromium();
  if (!chromium) throw new Error('No Chromium found: run node scripts/ensure-chromium.ts (or set CHROMIUM_PATH).');

  const preview = await start(
    'node_modules/.bin/astro',
    ['preview', '--host', '127.0.0.1', '--port', String(PORT)],
    new RegExp(`127\\.0\\.0\\.1:${PORT}`),
  );
  const profile = mkdtempSync(join(tmpdir(), 'lighthouse-chromium-'));
  const browser = await start(
    chromium,
    [...CHROMIUM_ARGS, '--headless=new', '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'],
    /DevTools listening on ws:\/\/[^:]+:(\d+)\//,
  );
  const port = Number(browser.match[1]);
  let worst = 100;
  try {
    console.log(`Lighthouse ${LIGHTHOUSE_VERSION} (mobile), median of ${RUNS} run(s) per page, on ${ORIGIN}, Chromium ${chromium}\n`);
    console.log(`${'page'.padEnd(WIDTH)}${CATEGORIES.map((c) => c.padStart(16)).join('')}`);
    for (const path of paths) {
      // Timings vary between runs: report the median run by performance, as Lighthouse's docs advise.
      const runs = [];
      for (let i = 0; i < RUNS; i++) {
        const result = await lighthouse(`${ORIGIN}${path}`, { port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
        if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
        runs.push(result.lhr);
      }
      runs.sort((a, b) => (a.categories['performance']?.score ?? 0) - (b.categories['performance']?.score ?? 0));
      const lhr = runs[Math.floor(runs.length / 2)]!;
      const scores = CATEGORIES.map((c) => Math.round((lhr.categories[c]?.score ?? 0) * 100));
      worst = Math.min(worst, ...scores);
      console.log(`${path.padEnd(WIDTH)}${scores.map((s) => String(s).padStart(16)).join('')}`);
      // Only audits that carry weight in a category's score.
      const weighted = new Set(
        CATEGORIES.flatMap((c) => (lhr.categories[c]?.auditRefs ?? []).filter((r) => r.weight > 0).map((r) => r.id)),
      );
      const lost = Object.values(lhr.audits).filter((a) => weighted.has(a.id) && a.score !== null && a.score < 1);
      for (const a of lost) console.log(`    ${a.id}: ${a.title}${a.displayValue ? ` (${a.displayValue})` : ''}`);
      const m = (id: string) => lhr.audits[id]?.displayValue ?? '?';
      console.log(
        `    FCP ${m('first-contentful-paint')}, LCP ${m('largest-contentful-paint')}, TBT ${m('total-blocking-time')}, CLS ${m('cumulative-layout-shift')}`,
      );
    }
  } finally {
    browser.child.kill();
    preview.child.kill();
    rmSync(profile, { recursive: true, force: true });
  }
  if (worst < min) {
    console.error(`\nA score is below ${min}.`);
    return 1;
  }
  console.log(`\nAll scores ≥ ${min}.`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(error.message);
    process.exit(1);
  },
);
