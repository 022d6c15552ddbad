/** /corrections.xml: every correction to a published check, newest first (the feed of /corrections/). */
import { paths } from '../../lib/urls';
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { channelData, correctionFeedItems } from '../../lib/outputs/feeds';
import { loadSite } from '../../lib/site/load';
import { inEveryEdition } from '../../lib/i18n/editions';

export const getStaticPaths = () => inEveryEdition(() => [{ params: {} }]);

export const GET: APIRoute = async ({ site: siteUrl }) => {
  const site = await loadSite();
  const items = correctionFeedItems(site, siteUrl!);
  return rss({
    title: 'Spheres of Influence: corrections',
    description: 'Every correction made to a published fact check, dated.',
    site: new URL(paths.corrections(), siteUrl).href,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: channelData(new URL(paths.correctionsFeed(), siteUrl).href, items),
    items,
  });
};
