/** /rss.xml: new and updated checks, newest first. */
import { paths } from '../../lib/urls';
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { channelData, checkFeedItems } from '../../lib/outputs/feeds';
import { loadSite } from '../../lib/site/load';
import { translator } from '../../lib/i18n/messages';
import type { Locale } from '../../lib/urls';
import { inEveryEdition } from '../../lib/i18n/editions';

export const getStaticPaths = () => inEveryEdition(() => [{ params: {} }]);

export const GET: APIRoute = async ({ site: siteUrl, props }) => {
  const locale = (props as { locale: Locale }).locale;
  const t = translator(locale);
  const site = await loadSite();
  const items = checkFeedItems(site, siteUrl!, locale);
  return rss({
    title: t('common.feed.checksTitle'),
    description: t('common.feed.checksDescription'),
    site: new URL(paths.home(locale), siteUrl).href,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: channelData(new URL(paths.checksFeed(locale), siteUrl).href, items, locale),
    items,
  });
};
