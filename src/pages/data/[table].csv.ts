/** /data/<table>.csv: claims, quotes, sources and people as CSV tables for spreadsheets (format: docs/open-data.md). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { claimsDataset } from '../../lib/outputs/open-data';
import { csvTable } from '../../lib/outputs/open-data-csv';
import { loadSite } from '../../lib/site/load';
import { DATA_TABLES, type DataTable } from '../../lib/urls';

export const getStaticPaths = (() => DATA_TABLES.map((table) => ({ params: { table } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site: siteUrl }) => {
  const index = await loadSite();
  const csv = csvTable(params['table'] as DataTable, claimsDataset(index, siteUrl!), index, siteUrl!);
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
