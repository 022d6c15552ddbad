/**
 * A reader's first search at benchmark scale, in Chromium: every quality
 * query runs cold through this site's real worker (src/search/client/worker.ts
 * bundled with esbuild, plus bench/search-worker-timing.ts to tell its work
 * from its waiting; over the index files the site would serve) and through
 * Pagefind on the same corpus. Prints bytes fetched, requests, time to the
 * first results and recall@5 for both, and the lines the scale issue tracks.
 */
import { build } from 'esbuild';
import type { SearchRecord } from '../src/search/wire.ts';
import { firstQueries, runPagefind, runWorker } from './search-browser.ts';
import type { QualityQuery } from './search-corpus.ts';
import { pagefindFiles } from './search-pagefind.ts';

/** Results a first query shows: the header box's list. */
const FIRST_LIMIT = 8;

/** This site's worker, bundled and minified for the browser. */
async function workerBundle(): Promise<Uint8Array> {
  const out = await build({
    entryPoints: ['bench/search-worker-timed.ts'],
    bundle: true,
    format: 'esm',
    minify: true,
    write: false,
    target: 'es2022',
  });
  const file = out.outputFiles[0];
  if (!file) throw new Error('esbuild produced no worker bundle');
  return file.contents;
}

/** Median, 95th percentile and maximum. */
function spread(values: number[]): { p50: number; p95: number; max: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
  return { p50: at(0.5), p95: at(0.95), max: at(1) };
}

/**
 * Runs every quality query as a first search through this site's worker and
 * through Pagefind, prints both, and the two lines the scale issue tracks.
 */
export async function compareInBrowser(
  size: number,
  records: readonly SearchRecord[],
  indexFiles: ReadonlyMap<string, string>,
  queries: readonly QualityQuery[],
): Promise<void> {
  const url = new Map(records.map((r) => [`${r.kind}/${r.id}`, r.url]));
  const ours = new Map<string, string | Uint8Array>([['/worker.js', await workerBundle()]]);
  for (const [path, text] of indexFiles) ours.set(`/search-index/${path}`, text);
  const pagefind = await pagefindFiles(records);
  const asked = queries.map((q) => q.query);
  const rows = [
    { name: 'this site', runs: await firstQueries(ours, asked, runWorker(FIRST_LIMIT)) },
    { name: 'pagefind', runs: await firstQueries(pagefind.files, asked, runPagefind(FIRST_LIMIT)) },
  ];
  console.log(
    `first query in Chromium, cold (fresh context, nothing cached), ${queries.length} queries, ${FIRST_LIMIT} results loaded; Pagefind indexed the corpus in ${pagefind.seconds.toFixed(1)} s`,
  );
  console.log('engine         bytes p50   bytes p95   bytes max  requests p50   ms p50   ms p95  recall@5');
  const summary = rows.map(({ name, runs }) => {
    const bytes = spread(runs.map((r) => r.bytes));
    const time = spread(runs.map((r) => r.ms));
    const requests = spread(runs.map((r) => r.requests));
    const found = runs.filter((r, n) => r.urls.slice(0, 5).includes(url.get(queries[n]?.expect ?? '') ?? '')).length;
    const n = (v: number, w: number) => Math.round(v).toLocaleString('en').padStart(w);
    console.log(
      `${name.padEnd(13)}${n(bytes.p50, 10)}  ${n(bytes.p95, 10)}  ${n(bytes.max, 10)}  ${n(requests.p50, 12)}  ${n(time.p50, 7)}  ${n(time.p95, 7)}  ${`${((found / runs.length) * 100).toFixed(1)}%`.padStart(8)}`,
    );
    return { bytes, time, work: spread(runs.flatMap((r) => (r.work === undefined ? [] : [r.work]))) };
  });
  console.log(`${size} records: first query bytes (gzip) = ${Math.round(summary[0]?.bytes.p50 ?? 0)}`);
  console.log(`${size} records: first query ms = ${Math.round(summary[0]?.time.p50 ?? 0)}`);
  const work = summary[0]?.work;
  console.log(
    `${size} records: first query work ms (decode + index + query in the worker, network waits excluded) = ${Math.round(work?.p50 ?? 0)} (p95 ${Math.round(work?.p95 ?? 0)}, max ${Math.round(work?.max ?? 0)})`,
  );
}
