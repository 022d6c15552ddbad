/**
 * The og-images integration's head start on a first build: reads `content/`
 * with the stand-alone loader (src/lib/content/loader.ts, the same schemas as
 * the site) while Astro syncs its content layer, and reports the cards the image
 * cache lacks, so drawing can begin half a minute before page generation does.
 * The route's list (from the checked site index) stays the one that is published.
 */
import { existsSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { loadContent } from '../lib/content/loader.ts';
import { loadTranslations } from '../lib/content/translations.ts';
import { ogOutputs } from '../lib/outputs/og-cards.ts';
import { ogCachePath, type OgCard } from '../lib/outputs/og-image.ts';
import { indexSite } from '../lib/site/site-index.ts';

/** What the integration hands the planning worker. */
export interface OgPlanData {
  contentDir: string;
  siteUrl: string;
  cacheDir: string;
}

const { contentDir, siteUrl, cacheDir } = workerData as OgPlanData;
const { snapshot } = loadContent(contentDir);
const { translations } = loadTranslations(contentDir);
const missing = new Map<string, OgCard>();
for (const { card } of ogOutputs(indexSite(snapshot, translations), siteUrl)) {
  const file = ogCachePath(card, cacheDir);
  if (!missing.has(file) && !existsSync(file)) missing.set(file, card);
}
parentPort?.postMessage([...missing.values()]);
