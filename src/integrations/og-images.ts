/**
 * Open Graph images outside page generation. During `astro build` the image
 * route hands over the full list of cards (src/lib/og-build.ts) and generates
 * no page itself; this integration then
 *
 * 1. looks each card up in the cache by content hash (node_modules/.cache/og/),
 * 2. draws only the missing ones, in worker threads (one per core) that run
 *    while Astro renders the HTML pages (on a first build they start earlier,
 *    while Astro syncs content, from a plan made with the stand-alone loader),
 * 3. after the build, hard-links every cached PNG into the output under its
 *    public URL (`og/site.png`, `og/claims/<id>.png`), or copies it where the
 *    output is on another file system.
 *
 * A warm build therefore reads no image bytes at all; a first build draws on
 * both cores alongside Astro instead of one image per page on the main thread.
 */
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import type { OgOutput } from '../lib/outputs/og-cards.ts';
import { setOgBuildQueue } from '../lib/outputs/og-build.ts';
import { PLACEHOLDER_SITE_URL } from '../consts.ts';
import { OG_CACHE_DIR, ogCachePath, type OgCard } from '../lib/outputs/og-image.ts';
import type { OgPlanData } from './og-plan-worker.ts';
import type { OgWorkerData } from './og-worker.ts';

/** Options; the defaults are what the site uses. */
export interface OgImagesOptions {
  /** Where drawn images are kept between builds. */
  cacheDir?: string;
  /** Worker threads to draw with (default: one per core). */
  workers?: number;
}

/** The outcome of one build's drawing. */
interface Drawn {
  outputs: { path: string; file: string }[];
  /** Cards drawn (the rest came from the cache), the threads that drew them, and the milliseconds it took. */
  drew: number;
  threads: number;
  ms: number;
}

/** Draws `cards` into the cache, spread over up to `workers` threads; resolves with the threads used. */
async function drawCards(cards: OgCard[], cacheDir: string, workers: number): Promise<number> {
  if (cards.length === 0) return 0;
  // A thread costs ~100 ms to start (renderer and fonts): not worth it for a handful of cards.
  const threads = Math.max(1, Math.min(workers, Math.ceil(cards.length / 25)));
  const slices = Array.from({ length: threads }, (_, t) => cards.filter((_, i) => i % threads === t));
  await Promise.all(slices.map((slice) => runWorker<OgWorkerData>('./og-worker.ts', { cards: slice, cacheDir })));
  return threads;
}

/** Draws every card the cache lacks; resolves when all are in the cache (exported for tests). */
export async function drawMissing(outputs: OgOutput[], cacheDir: string, workers: number): Promise<Drawn> {
  const started = performance.now();
  const files = outputs.map((o) => ({ path: o.path, file: ogCachePath(o.card, cacheDir) }));
  const missing = new Map<string, OgCard>();
  files.forEach(({ file }, i) => {
    if (!missing.has(file) && !existsSync(file)) missing.set(file, outputs[i]!.card);
  });
  const threads = await drawCards([...missing.values()], cacheDir, workers);
  return { outputs: files, drew: missing.size, threads, ms: performance.now() - started };
}

/**
 * On a first build (fewer cached images than claims), plans from `content/` directly and
 * starts drawing while Astro is still syncing content; resolves with the number drawn.
 * Only a head start: whatever the route then hands over is checked against the cache again.
 */
async function headStart(plan: OgPlanData, workers: number): Promise<number> {
  const claimsDir = join(plan.contentDir, 'claims');
  const claims = existsSync(claimsDir) ? readdirSync(claimsDir).length : 0;
  const cached = existsSync(plan.cacheDir) ? readdirSync(plan.cacheDir).length : 0;
  if (cached >= claims) return 0;
  const cards = await runWorker<OgPlanData, OgCard[]>('./og-plan-worker.ts', plan);
  await drawCards(cards, plan.cacheDir, workers);
  return cards.length;
}

/** Runs a worker script beside this file with `data`; resolves with the last message it posted. */
function runWorker<T, R = unknown>(script: string, data: T): Promise<R> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL(script, import.meta.url), { workerData: data });
    let result: R;
    worker.on('message', (message: R) => (result = message));
    worker.once('error', reject);
    worker.once('exit', (code) =>
      code === 0 ? resolve(result) : reject(new Error(`og-images: worker ${script} exited with code ${code}`)),
    );
  });
}

/** Puts each cached image at its place under `dir`: a hard link, or a copy across file systems (exported for tests). */
export function publish(outputs: Drawn['outputs'], dir: string): void {
  const made = new Set<string>();
  for (const { path, file } of outputs) {
    const dest = join(dir, path);
    const folder = dirname(dest);
    if (!made.has(folder)) mkdirSync(folder, { recursive: true });
    made.add(folder);
    rmSync(dest, { force: true });
    try {
      linkSync(file, dest);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'EXDEV' && code !== 'EPERM' && code !== 'EMLINK') throw error;
      copyFileSync(file, dest);
    }
  }
}

/**
 * Deletes cached images this build did not publish once they outnumber the published ones, so
 * the cache (and CI's copy of it) stays within twice the site's images (exported for tests).
 */
export function pruneCache(outputs: Drawn['outputs'], cacheDir: string): number {
  const used = new Set(outputs.map((o) => basename(o.file)));
  const files = readdirSync(cacheDir).filter((f) => f.endsWith('.png'));
  if (files.length <= 2 * used.size) return 0;
  const stale = files.filter((f) => !used.has(f));
  for (const f of stale) rmSync(join(cacheDir, f), { force: true });
  return stale.length;
}

/** The integration; add it to `integrations` in astro.config.mjs. */
export default function ogImages(options: OgImagesOptions = {}): AstroIntegration {
  const cacheDir = options.cacheDir ?? OG_CACHE_DIR;
  const workers = options.workers ?? availableParallelism();
  let siteUrl = PLACEHOLDER_SITE_URL;
  let early: Promise<number> = Promise.resolve(0);
  let drawn: Promise<Drawn> | undefined;
  return {
    name: 'og-images',
    hooks: {
      'astro:config:done': ({ config }) => {
        siteUrl = config.site ?? siteUrl;
      },
      'astro:build:start': ({ logger }) => {
        // Where src/content.config.ts reads content from.
        const contentDir = process.env['CONTENT_DIR'] ?? './content';
        early = headStart({ contentDir, siteUrl, cacheDir }, workers).catch((error: unknown) => {
          // The content layer reports content errors with file and field; here they only cost the head start.
          logger.debug(`no head start: ${String(error)}`);
          return 0;
        });
        setOgBuildQueue({
          draw: (outputs) => {
            drawn ??= early.then(() => drawMissing(outputs, cacheDir, workers));
            // Reported in astro:build:done; handled here so a failure is not also an unhandled rejection.
            drawn.catch(() => {});
          },
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        setOgBuildQueue(undefined);
        if (!drawn)
          throw new Error('og-images: no Open Graph images were handed over; src/pages/og/[...image].ts does that in getStaticPaths().');
        const [ahead, { outputs, drew, threads, ms }] = await Promise.all([early, drawn]);
        const linking = performance.now();
        publish(outputs, fileURLToPath(dir));
        const pruned = pruneCache(outputs, cacheDir);
        logger.info(
          `${outputs.length} Open Graph images: ${ahead} drawn ahead of page generation, ${drew} more alongside it ` +
            `(${threads} threads, ${(ms / 1000).toFixed(1)} s), the rest from the cache; linked into the output in ${((performance.now() - linking) / 1000).toFixed(1)} s` +
            (pruned > 0 ? `; ${pruned} images no longer used removed from the cache` : ''),
        );
      },
    },
  };
}
