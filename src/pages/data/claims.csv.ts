/** /data/claims.csv: one row per claim, for spreadsheets (format: docs/open-data.md). */
import type { APIRoute } from 'astro';
import { claimsCsv, claimsDataset } from '../../lib/outputs/open-data';
import { loadSite } from '../../lib/site/load';

export const GET: APIRoute = async ({ site: siteUrl }) => {
  const csv = claimsCsv(claimsDataset(await loadSite(), siteUrl!));
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
