/** /rss.xml: new and updated checks, newest first. */
import { paths } from '../../lib/urls';
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { channelData, checkFeedItems } from '../../lib/outputs/feeds';
import { loadSite } from '../../lib/site/load';
import { inEveryEdition } from '../../lib/i18n/editions';

export const getStaticPaths = () => inEveryEdition(() => [{ params: {} }]);

export const GET: APIRoute = async ({ site: siteUrl }) => {
  const site = await loadSite();
  const items = checkFeedItems(site, siteUrl!);
  return rss({
    title: 'Spheres of Influence: new and updated checks',
    description: 'Fact checks of what five outlets said about a possible Putin–Trump deal on Ukraine, as they are published or updated.',
    site: siteUrl!,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: channelData(new URL(paths.checksFeed(), siteUrl).href, items),
    items,
  });
};
