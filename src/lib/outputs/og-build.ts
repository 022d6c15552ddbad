/**
 * The hand-over between the Open Graph route and the og-images integration
 * during `astro build`. The route (`src/pages/og/[...image].png.ts`) is where
 * the checked site index is at hand; the integration (`src/integrations/og-images.ts`)
 * is where worker threads and the output directory are. Both run in the build's
 * one Node process but load separate copies of this code (Astro bundles the
 * route, not the config), so the queue lives on `globalThis` under a registered
 * symbol.
 */
import type { OgOutput } from './og-cards.ts';

/** What the integration offers the route while a build runs. */
export interface OgBuildQueue {
  /** Takes every image the site publishes; the integration draws what its cache lacks and writes them all to the output. */
  draw(outputs: OgOutput[]): void;
}

const KEY = Symbol.for('spheres-factcheck:og-build-queue');

/** The running build's queue; undefined in `astro dev` (the route then serves each image itself). */
export function ogBuildQueue(): OgBuildQueue | undefined {
  return (globalThis as { [KEY]?: OgBuildQueue })[KEY];
}

/** Installs (or, with undefined, removes) the build's queue. */
export function setOgBuildQueue(queue: OgBuildQueue | undefined): void {
  const host = globalThis as { [KEY]?: OgBuildQueue };
  if (queue) host[KEY] = queue;
  else delete host[KEY];
}
