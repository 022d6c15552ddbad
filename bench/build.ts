/**
 * `npm run bench:build [-- --sizes 1000,10000] [--verify 1000]`: builds the
 * full site over a synthetic corpus and, in the same run, a bare Astro project
 * rendering the same Markdown with no features, and prints the ratios of wall
 * time for the three builds a maintainer meets:
 *
 * - first build: no Open Graph image cache, no content or page cache;
 * - wall time: image cache warm, content and page caches cold (a CI run whose
 *   node_modules/.astro was not restored);
 * - one claim changed: both caches warm from the build before, one claim edited
 *   (a pull request restored from its base commit's cache).
 *
 * It also prints peak memory, the heaviest HTML page of each build (gzipped),
 * and leaves the last site build in `.bench/out-site-<n>/`. For sizes listed in
 * `--verify` it then builds the edited corpus again from cold caches and fails
 * unless every file equals the incremental build's: the check that the page
 * cache keys (src/lib/page-keys.ts) cover what each page shows.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { writeCorpus } from './corpus.ts';
import { measure, siteStats, type Measurement } from './measure.ts';

const ROOT = resolve('.');
const WORK = join(ROOT, '.bench');
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
/** The site's caches: Astro's content layer and incremental pages, and the Open Graph images. */
const ASTRO_CACHE = join(ROOT, 'node_modules/.astro');
const OG_CACHE = join(ROOT, 'node_modules/.cache/og');

/** A minimal Astro project: one collection per Markdown folder, one page per entry, nothing else. */
function writeBareProject(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src/pages/claims'), { recursive: true });
  mkdirSync(join(dir, 'src/pages/articles'), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  writeFileSync(join(dir, 'package.json'), '{ "name": "bare", "private": true, "type": "module" }\n');
  // Its own cache directory: node_modules is the site's (symlinked), and so would be node_modules/.astro.
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    "import { defineConfig } from 'astro/config';\nexport default defineConfig({ cacheDir: './.astro-cache' });\n",
  );
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    "import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nconst dir = process.env.CONTENT_DIR;\n" +
      "export const collections = {\n  claims: defineCollection({ loader: glob({ pattern: '*.md', base: `${dir}/claims` }) }),\n  articles: defineCollection({ loader: glob({ pattern: '*.md', base: `${dir}/articles` }) }),\n};\n",
  );
  for (const name of ['claims', 'articles']) {
    writeFileSync(
      join(dir, `src/pages/${name}/[id].astro`),
      `---\nimport { getCollection, render } from 'astro:content';\nexport async function getStaticPaths() {\n  return (await getCollection('${name}')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));\n}\nconst { Content } = await render(Astro.props.entry);\n---\n<html lang="en"><head><title>{Astro.props.entry.id}</title></head><body><Content /></body></html>\n`,
    );
  }
}

type Built = Measurement & { pages: number; mb: number };

/** Which caches a build starts without. */
interface Cold {
  /** Astro's cache directory: content layer data store and incremental page cache. */
  astro: boolean;
  /** The Open Graph image cache. */
  og: boolean;
}

/** Builds `cwd` over `contentDir` into `outDir`, first dropping the caches named in `cold`. */
async function build(label: string, cwd: string, contentDir: string, outDir: string, cold: Cold, cacheDir = ASTRO_CACHE): Promise<Built> {
  rmSync(outDir, { recursive: true, force: true });
  if (cold.og) rmSync(OG_CACHE, { recursive: true, force: true });
  if (cold.astro) rmSync(cacheDir, { recursive: true, force: true });
  rmSync(join(cwd, '.astro'), { recursive: true, force: true });
  mkdirSync(join(WORK, 'logs'), { recursive: true });
  const logFile = join(WORK, 'logs', `${label}.log`);
  const m = await measure(process.execPath, [ASTRO, 'build', '--outDir', outDir], { CONTENT_DIR: contentDir }, cwd, logFile);
  if (m.code !== 0) {
    console.error(`${label} build failed (${relative(ROOT, logFile)}):\n${m.tail}`);
    process.exit(1);
  }
  const s = siteStats(outDir);
  return { ...m, pages: s.pages, mb: s.bytes / 1024 / 1024 };
}

/** Every file under `dir`, relative to it. */
function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(dir, join(d.parentPath, d.name)))
    .sort();
}

/** The HTML page with the most bytes after gzip. */
function heaviestPage(dir: string): { path: string; bytes: number } {
  let best = { path: '', bytes: 0 };
  for (const f of files(dir)) {
    if (!f.endsWith('.html')) continue;
    const bytes = gzipSync(readFileSync(join(dir, f))).length;
    if (bytes > best.bytes) best = { path: `/${f}`.replace(/index\.html$/, ''), bytes };
  }
  return best;
}

/** Files that differ between two builds (missing on either side, or other bytes). */
function differences(a: string, b: string): string[] {
  const fa = files(a);
  const fb = new Set(files(b));
  const out = fa.filter((f) => !fb.has(f) || !readFileSync(join(a, f)).equals(readFileSync(join(b, f))));
  for (const f of fb) if (!fa.includes(f)) out.push(f);
  return out;
}

/** Edits one claim the way a pull request would: its wording (shown on other pages) and its analysis. */
function editOneClaim(corpus: string): string {
  const file = join(corpus, 'claims', 'claim-5.md');
  const text = readFileSync(file, 'utf8');
  const edited = text
    .replace('Synthetic claim 5:', 'Synthetic claim 5, edited:')
    .replace('Synthetic analysis of claim 5', 'Revised analysis of claim 5');
  if (edited === text) throw new Error(`bench: could not edit ${file}`);
  writeFileSync(file, edited);
  return file;
}

const { values } = parseArgs({
  options: { sizes: { type: 'string', default: '1000,10000' }, verify: { type: 'string', default: '1000' } },
});
const sizes = values.sizes.split(',').map(Number);
const verify = new Set(values.verify.split(',').filter(Boolean).map(Number));
mkdirSync(WORK, { recursive: true });
if (!existsSync(join(WORK, '.gitignore'))) writeFileSync(join(WORK, '.gitignore'), '*\n');
const bare = join(WORK, 'bare');
writeBareProject(bare);

const rows: string[][] = [['claims', 'variant', 'pages', 'wall s', 'peak RSS MB', 'output MB', 'heaviest page (gzip)']];
const lines: string[] = [];
let failed = false;
for (const n of sizes) {
  const corpus = join(WORK, `corpus-${n}`);
  const out = join(WORK, `out-site-${n}`);
  writeCorpus(corpus, n);
  const log = (msg: string) => console.error(`corpus ${n}: ${msg}`);
  // Bare Astro before and after the site builds, and the mean: the machine's load drifts over minutes.
  log('written; bare Astro…');
  const bareBefore = await build(
    `bare-${n}-before`,
    bare,
    corpus,
    join(WORK, `out-bare-${n}`),
    { astro: true, og: false },
    join(bare, '.astro-cache'),
  );
  log(`${bareBefore.seconds.toFixed(1)} s; first site build (no caches)…`);
  const first = await build(`site-${n}-first`, ROOT, corpus, out, { astro: true, og: true });
  const firstHeavy = heaviestPage(out);
  log(`${first.seconds.toFixed(1)} s; again with the image cache (content and page caches cold)…`);
  const warm = await build(`site-${n}-warm`, ROOT, corpus, out, { astro: true, og: false });
  const warmHeavy = heaviestPage(out);
  log(`${warm.seconds.toFixed(1)} s; one claim changed (${relative(ROOT, editOneClaim(corpus))}), both caches warm…`);
  const changed = await build(`site-${n}-changed`, ROOT, corpus, out, { astro: false, og: false });
  const changedHeavy = heaviestPage(out);
  log(`${changed.seconds.toFixed(1)} s; bare Astro again…`);
  const bareAfter = await build(
    `bare-${n}-after`,
    bare,
    corpus,
    join(WORK, `out-bare-${n}`),
    { astro: true, og: false },
    join(bare, '.astro-cache'),
  );
  log(`${bareAfter.seconds.toFixed(1)} s.`);
  const base = {
    ...bareAfter,
    seconds: (bareBefore.seconds + bareAfter.seconds) / 2,
    peakMb: Math.max(bareBefore.peakMb, bareAfter.peakMb),
  };
  const variants = [
    ['site, first build', first, firstHeavy],
    ['site, image cache warm', warm, warmHeavy],
    ['site, one claim changed', changed, changedHeavy],
    ['bare astro (mean of 2)', base, heaviestPage(join(WORK, `out-bare-${n}`))],
  ] as const;
  for (const [name, m, heavy] of variants) {
    rows.push([
      String(n),
      name,
      String(m.pages),
      m.seconds.toFixed(1),
      m.peakMb.toFixed(0),
      m.mb.toFixed(1),
      `${heavy.bytes} B ${heavy.path}`,
    ]);
  }
  const ratio = (m: Built) => (m.seconds / base.seconds).toFixed(2);
  lines.push(
    `${n} claims: first build site/bare = ${ratio(first)}x`,
    `${n} claims: wall time site/bare = ${ratio(warm)}x`,
    `${n} claims: one claim changed site/bare = ${ratio(changed)}x`,
    `${n} claims: peak memory site = ${Math.max(first.peakMb, warm.peakMb, changed.peakMb).toFixed(0)} MB`,
    `${n} claims: heaviest HTML page = ${changedHeavy.bytes} bytes gzipped, ${changedHeavy.path}`,
  );
  if (verify.has(n)) {
    log('checking the incremental build against a clean build of the same content…');
    const clean = join(WORK, `out-clean-${n}`);
    await build(`site-${n}-clean`, ROOT, corpus, clean, { astro: true, og: false });
    const diff = differences(out, clean);
    lines.push(
      `${n} claims: incremental build = clean build: ${diff.length === 0 ? 'yes' : `NO, ${diff.length} files differ: ${diff.slice(0, 5).join(', ')}`}`,
    );
    failed ||= diff.length > 0;
    rmSync(clean, { recursive: true, force: true });
  }
}
const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
for (const r of rows) console.log(r.map((c, i) => (i === r.length - 1 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  '));
console.log('');
for (const line of lines) console.log(line);
if (failed) process.exit(1);
