/**
 * /og/site.png and /og/claims/<id>.png: the Open Graph images (src/lib/outputs/og-cards.ts
 * says what each shows).
 *
 * In `astro build` this route generates no page: it hands the whole list to the
 * og-images integration (src/integrations/og-images.ts), which draws what its
 * cache lacks in worker threads and links every image into the output, so no
 * image is read or written inside page generation. In `astro dev` (no
 * integration queue) each image is drawn, or taken from the cache, on request.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { ogBuildQueue } from '../../lib/outputs/og-build';
import { ogOutputs } from '../../lib/outputs/og-cards';
import { ogImage, type OgCard } from '../../lib/outputs/og-image';
import { loadSite } from '../../lib/site/load';

export const getStaticPaths = (async () => {
  const outputs = ogOutputs(await loadSite(), import.meta.env.SITE);
  const queue = ogBuildQueue();
  if (queue) {
    queue.draw(outputs);
    return [];
  }
  return outputs.map((o) => ({ params: { image: o.path.slice('og/'.length) }, props: { card: o.card } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: OgCard }> = async ({ props }) => {
  return new Response(await ogImage(props.card), { headers: { 'Content-Type': 'image/png' } });
};
