/** /corrections.xml (and each edition's): every correction to a published check, newest first (the feed of /corrections/). */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { editionFeed } from '../../lib/outputs/feeds';
import { loadSite } from '../../lib/site/load';
import type { Locale } from '../../lib/urls';
import { inEveryEdition } from '../../lib/i18n/editions';

export const getStaticPaths = () => inEveryEdition(() => [{ params: {} }]);

export const GET: APIRoute = async ({ site: siteUrl, props }) =>
  rss(editionFeed('corrections', await loadSite(), siteUrl!, (props as { locale: Locale }).locale));
