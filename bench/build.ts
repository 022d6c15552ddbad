/**
 * `npm run bench:build [-- --sizes 1000,10000]`: builds the full site over a
 * synthetic corpus and, in the same run, a bare Astro project rendering the
 * same Markdown with no features; prints wall time per 1,000 pages, peak
 * memory and output size for both, and the ratio.
 */
import { mkdirSync, rmSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeCorpus } from './corpus.ts';
import { measure, siteStats, type Measurement } from './measure.ts';

const ROOT = resolve('.');
const WORK = join(ROOT, '.bench');
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');

/** A minimal Astro project: one collection per Markdown folder, one page per entry, nothing else. */
function writeBareProject(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src/pages/claims'), { recursive: true });
  mkdirSync(join(dir, 'src/pages/articles'), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  writeFileSync(join(dir, 'package.json'), '{ "name": "bare", "private": true, "type": "module" }\n');
  writeFileSync(join(dir, 'astro.config.mjs'), "import { defineConfig } from 'astro/config';\nexport default defineConfig({});\n");
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

/** Builds once from cold content caches; `clearOg` also drops the Open Graph image cache (a first-ever build). */
async function build(label: string, cwd: string, contentDir: string, outDir: string, clearOg = false): Promise<Measurement & { pages: number; mb: number }> {
  rmSync(outDir, { recursive: true, force: true });
  if (clearOg) rmSync(join(cwd, 'node_modules/.cache/og'), { recursive: true, force: true });
  rmSync(join(cwd, 'node_modules/.astro'), { recursive: true, force: true });
  rmSync(join(cwd, '.astro'), { recursive: true, force: true });
  const m = await measure(process.execPath, [ASTRO, 'build', '--outDir', outDir], { CONTENT_DIR: contentDir }, cwd);
  if (m.code !== 0) {
    console.error(`${label} build failed:\n${m.tail}`);
    process.exit(1);
  }
  const s = siteStats(outDir);
  return { ...m, pages: s.pages, mb: s.bytes / 1024 / 1024 };
}

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '1000,10000' } } });
const sizes = values.sizes.split(',').map(Number);
mkdirSync(WORK, { recursive: true });
const bare = join(WORK, 'bare');
writeBareProject(bare);

const rows: string[][] = [['claims', 'variant', 'pages', 'wall s', 's / 1k pages', 'peak RSS MB', 'output MB']];
const ratios: string[] = [];
for (const n of sizes) {
  const corpus = join(WORK, `corpus-${n}`);
  writeCorpus(corpus, n);
  console.error(`corpus ${n}: written; building the site…`);
  const cold = await build('site', ROOT, corpus, join(WORK, `out-site-${n}`), true);
  console.error(`corpus ${n}: first site build (no OG image cache) in ${cold.seconds.toFixed(1)} s; rebuilding with the cache…`);
  // The usual pull-request build: content caches cold, OG images cached from an earlier build (CI keeps node_modules/.cache).
  const site = await build('site', ROOT, corpus, join(WORK, `out-site-${n}`));
  console.error(`corpus ${n}: site built in ${site.seconds.toFixed(1)} s; building bare Astro…`);
  const base = await build('bare', bare, corpus, join(WORK, `out-bare-${n}`));
  for (const [name, m] of [['site, first build', cold], ['site', site], ['bare astro', base]] as const) {
    rows.push([String(n), name, String(m.pages), m.seconds.toFixed(1), ((m.seconds / m.pages) * 1000).toFixed(2), m.peakMb.toFixed(0), m.mb.toFixed(1)]);
  }
  ratios.push(`${n} claims: first build site/bare = ${(cold.seconds / base.seconds).toFixed(2)}x; wall time site/bare = ${(site.seconds / base.seconds).toFixed(2)}x, per page = ${(site.seconds / site.pages / (base.seconds / base.pages)).toFixed(2)}x, peak RSS site = ${site.peakMb.toFixed(0)} MB`);
}
const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
for (const r of rows) console.log(r.map((c, i) => c.padStart(widths[i]!)).join('  '));
console.log('');
for (const line of ratios) console.log(line);
if (!existsSync(join(WORK, '.gitignore'))) writeFileSync(join(WORK, '.gitignore'), '*\n');
