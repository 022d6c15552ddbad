/** /og/claims/<id>.png: the claim's Open Graph image (claim, verdict label and shape), drawn at build time and cached. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { formatPartialDate } from '../../../lib/dates';
import { ogImage } from '../../../lib/og-image';
import { loadSite } from '../../../lib/site-data';
import { claimantNames } from '../../../lib/claim-facets';

export const getStaticPaths = (async () => {
  const site = await loadSite();
  return site.claims.map((c) => ({ params: { id: c.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const site = await loadSite();
  const claim = site.claim.get(params['id'] ?? '')!;
  const d = claim.data;
  const claimant = claimantNames(claim, site);
  const png = await ogImage({
    title: d.claim,
    verdict: d.verdict,
    subtitle: d.conclusion,
    footer: `Claim by ${claimant} · checked ${formatPartialDate(d.updated ?? d.published)}`,
  });
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
