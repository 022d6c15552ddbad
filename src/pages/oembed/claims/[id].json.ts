/** /oembed/claims/<id>.json: the oEmbed description of a claim's card, announced by the claim page's discovery link. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { SITE_NAME } from '../../../consts';
import { oembedFor } from '../../../lib/outputs/embed';
import { loadSite } from '../../../lib/site/load';
import { claimView } from '../../../lib/site/claim-view';
import { pageKeys } from '../../../lib/site/page-keys';

export const getStaticPaths = (async () => {
  const index = await loadSite();
  // The description shows what the embed card shows of the claim, so it shares its key.
  const keys = pageKeys(index);
  return index.claims.map((c) => ({ params: { id: c.id }, cacheKey: keys.embed(c.id) }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site: siteUrl }) => {
  const index = await loadSite();
  const view = claimView(index.claim.get(params['id'] ?? '')!, index, siteUrl!);
  return new Response(JSON.stringify(oembedFor(view, { siteName: SITE_NAME, siteUrl: siteUrl! }), null, 2), {
    headers: { 'Content-Type': 'application/json+oembed' },
  });
};
