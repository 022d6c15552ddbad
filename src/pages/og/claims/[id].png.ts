/** /og/claims/<id>.png: the claim's Open Graph image (who claimed it, where and when; the claim; verdict label, shape and conclusion), drawn at build time and cached. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { formatPartialDate } from '../../../lib/model/dates';
import { ogImage } from '../../../lib/outputs/og-image';
import { loadSite } from '../../../lib/site/load';
import { claimView } from '../../../lib/site/claim-view';

export const getStaticPaths = (async () => {
  const index = await loadSite();
  return index.claims.map((c) => ({ params: { id: c.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site: siteUrl }) => {
  const index = await loadSite();
  const view = claimView(index.claim.get(params['id'] ?? '')!, index, siteUrl!);
  const d = view.entry.data;
  const png = await ogImage({
    kicker: view.attribution,
    title: d.claim,
    verdict: d.verdict,
    subtitle: d.conclusion,
    footer: `checked ${formatPartialDate(view.checked)}`,
  });
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
