/**
 * `npm run bench:search [-- --sizes 1000,10000 --repeat 3 --browser true]`:
 * search speed, size and quality at several corpus sizes, this site's engine
 * against a plain Fuse.js over the same records and, in Chromium, against
 * Pagefind on the same corpus, in the same run.
 *
 * For each size: generates a synthetic corpus (bench/search-corpus.ts), builds
 * the real index files from it (toSearchDocument → searchRecords →
 * searchIndexFiles), then runs a fixed set of queries with known answers
 * (plus every prefix of them, as typed) through both engines in Node and
 * prints latency p50/p95, payload, recall@5 and MRR. Then each query runs as
 * a reader's first search in a fresh Chromium context, through this site's
 * real worker and through Pagefind (bench/search-first-query.ts): bytes fetched,
 * time to the first results, recall@5.
 */
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import Fuse from 'fuse.js';
import { searchDocuments } from '../src/search/build/document.ts';
import { engineOverFiles } from '../src/search/build/in-memory.ts';
import { searchIndexFiles } from '../src/search/build/index-files.ts';
import { searchRecords } from '../src/search/build/records.ts';
import { FIELDS } from '../src/search/fields.ts';
import { foldWords } from '../src/search/fold.ts';
import { encodeRecord, type SearchRecord } from '../src/search/wire.ts';
import { compareInBrowser } from './search-first-query.ts';
import { generateCorpus, qualityQueries, type QualityQuery } from './search-corpus.ts';

/** Results each query asks for (the /search/ page's page size). */
const LIMIT = 20;

type Search = (query: string) => Promise<string[]>;

/**
 * Latency percentiles in ms over the queries, after a warm-up pass. Each query
 * is timed `repeat` times and its median kept, so a moment when another
 * process has the CPU does not pass for the engine's cost (same for both engines).
 */
async function latency(search: Search, queries: readonly string[], repeat: number): Promise<{ p50: number; p95: number; max: number }> {
  for (const q of queries.slice(0, 20)) await search(q);
  const times: number[] = [];
  for (const q of queries) {
    const runs: number[] = [];
    for (let n = 0; n < repeat; n++) {
      const t = performance.now();
      await search(q);
      runs.push(performance.now() - t);
    }
    runs.sort((a, b) => a - b);
    times.push(runs[Math.floor(runs.length / 2)] ?? 0);
  }
  times.sort((a, b) => a - b);
  const at = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))] ?? 0;
  return { p50: at(0.5), p95: at(0.95), max: at(1) };
}

/** Recall@5 (share of queries whose answer is in the top 5) and mean reciprocal rank (top 20), overall and per category. */
async function quality(search: Search, queries: readonly QualityQuery[]) {
  const byCategory = new Map<string, { n: number; hit5: number }>();
  let hit5 = 0;
  let rr = 0;
  const misses: string[] = [];
  for (const q of queries) {
    const rank = (await search(q.query)).indexOf(q.expect) + 1;
    const c = byCategory.get(q.category) ?? byCategory.set(q.category, { n: 0, hit5: 0 }).get(q.category)!;
    c.n++;
    if (rank > 0 && rank <= 5) {
      hit5++;
      c.hit5++;
    } else misses.push(`${q.query} (${rank || '-'})`);
    if (rank > 0) rr += 1 / rank;
  }
  return { recall5: hit5 / queries.length, mrr: rr / queries.length, byCategory, misses };
}

/** Every prefix of each query from two letters on, as the box sees them while the reader types; pasted queries arrive whole. */
function typed(queries: readonly QualityQuery[]): string[] {
  return queries.flatMap((q) =>
    q.category === 'pasted' ? [q.query] : Array.from({ length: Math.max(0, q.query.length - 1) }, (_, n) => q.query.slice(0, n + 2)),
  );
}

const key = (r: SearchRecord) => `${r.kind}/${r.id}`;
const ms = (n: number) => n.toFixed(n < 10 ? 2 : 1).padStart(7);
const pct = (n: number) => `${(n * 100).toFixed(1)}%`.padStart(7);

const gzipped = (text: string) => gzipSync(text).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

async function run(size: number, repeat: number, browser: boolean) {
  const corpus = generateCorpus(size);
  const records = searchRecords(searchDocuments(corpus));
  let t = performance.now();
  const files = searchIndexFiles(records);
  const indexBuild = performance.now() - t;
  t = performance.now();
  const engine = engineOverFiles(files);
  const ourOpen = performance.now() - t;
  t = performance.now();
  const fuse = new Fuse(records, { keys: FIELDS.map((f) => ({ name: f.name, weight: f.fuseWeight })), includeScore: true });
  const baseBuild = performance.now() - t;

  const ours: Search = async (q) => (await engine.search(q, LIMIT)).hits.map((h) => key(h.record));
  const base: Search = async (q) => fuse.search(q, { limit: LIMIT }).map((h) => key(h.item));
  const queries = qualityQueries(corpus, foldWords);
  const keystrokes = typed(queries);
  // Plain Fuse.js takes long at 10,000 records: time it on a sample of the keystrokes.
  const sample = keystrokes.filter((_, n) => n % (size > 5000 ? 16 : 2) === 0);
  const rows = [
    { name: 'this site', lat: await latency(ours, keystrokes, repeat), q: await quality(ours, queries), build: ourOpen },
    { name: 'plain Fuse.js', lat: await latency(base, sample, repeat), q: await quality(base, queries), build: baseBuild },
  ];
  console.log(
    `\n${size} records (${records.length} indexed, ${engine.vocabularySize} distinct words), ${queries.length} quality queries, ${keystrokes.length} keystrokes (baseline: ${sample.length})`,
  );
  const part = (prefix: string) => [...files].filter(([path]) => path.includes(`/${prefix}`)).map(([, text]) => gzipped(text));
  const [postings, recordParts] = [part('p'), part('r')];
  const sum = (list: number[]) => list.reduce((a, b) => a + b, 0);
  console.log(
    `index (built in ${indexBuild.toFixed(0)} ms), gzipped: manifest ${kb(gzipped(files.get('manifest.json') ?? ''))}; ${postings.length} postings parts, ${kb(sum(postings))} in all; ${recordParts.length} records parts, ${kb(sum(recordParts))} in all`,
  );
  console.log(`plain Fuse.js downloads every record first: ${kb(gzipped(JSON.stringify(records.map(encodeRecord))))} gzipped`);
  console.log('engine         p50 ms  p95 ms  max ms  open ms  recall@5     MRR');
  for (const row of rows) {
    console.log(
      `${row.name.padEnd(13)}${ms(row.lat.p50)} ${ms(row.lat.p95)} ${ms(row.lat.max)} ${ms(row.build)}   ${pct(row.q.recall5)} ${row.q.mrr.toFixed(3).padStart(7)}`,
    );
  }
  const categories = [...(rows[0]?.q.byCategory.keys() ?? [])];
  console.log(
    `recall@5 by category: ${categories.map((c) => `${c} ${rows.map((row) => `${row.q.byCategory.get(c)?.hit5}/${row.q.byCategory.get(c)?.n}`).join(' vs ')}`).join('; ')}`,
  );
  if (process.env['VERBOSE']) for (const row of rows) console.log(`${row.name} misses: ${row.q.misses.join(' | ')}`);
  if (browser) await compareInBrowser(size, records, files, queries);
}

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000' },
    repeat: { type: 'string', default: '3' },
    browser: { type: 'string', default: 'true' },
  },
});
const repeat = Math.max(1, Number(values.repeat));
console.log(
  `Search benchmark (Node ${process.version}): latency per query (median of ${repeat} runs), limit ${LIMIT}, after warm-up; "open" is reading the manifest before the first query.`,
);
for (const size of values.sizes.split(',').map(Number)) await run(size, repeat, values.browser !== 'false');
