/** /timeline/anchors.json: where each entry of a split timeline lives, for the index page's forwarding of old links (empty while the timeline is one page). */
import type { APIRoute } from 'astro';
import { loadSite } from '../../../lib/site/load';
import { anchorIndex, timelineView } from '../../../lib/site/timeline-pages';
import { inEveryEdition } from '../../../lib/i18n/editions';

export const getStaticPaths = () => inEveryEdition(() => [{ params: {} }]);

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(anchorIndex(timelineView(await loadSite()))), { headers: { 'Content-Type': 'application/json' } });
