/** /data/claims.json: every claim as open data (format: docs/open-data.md). */
import type { APIRoute } from 'astro';
import { claimsDataset } from '../../lib/outputs/open-data';
import { loadSite } from '../../lib/site/load';

export const GET: APIRoute = async ({ site: siteUrl }) => {
  const data = claimsDataset(await loadSite(), siteUrl!);
  return new Response(`${JSON.stringify(data, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
