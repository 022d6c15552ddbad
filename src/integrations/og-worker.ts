/**
 * A worker thread of the og-images integration: draws the cards it is given
 * into the image cache, one after another, and reports how many it drew.
 * Each worker has its own Takumi renderer, so two workers use two cores.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { ogImage, type OgCard } from '../lib/outputs/og-image.ts';

/** What the integration hands each worker. */
export interface OgWorkerData {
  cards: OgCard[];
  cacheDir: string;
}

const { cards, cacheDir } = workerData as OgWorkerData;
for (const card of cards) await ogImage(card, cacheDir);
parentPort?.postMessage(cards.length);
