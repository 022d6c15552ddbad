/**
 * The sitemap's view of the editions: every URL lists its counterparts in the
 * other editions (`xhtml:link rel="alternate" hreflang`, which @astrojs/sitemap
 * writes from `i18n`), plus `x-default` pointing at the English page, the same
 * alternates each page's head declares (components/PageHead.astro).
 */
import type { SitemapOptions } from '@astrojs/sitemap';
import { DEFAULT_LOCALE, LOCALES } from '../lib/urls.ts';

export const sitemapEditions: SitemapOptions = {
  i18n: { defaultLocale: DEFAULT_LOCALE, locales: Object.fromEntries(LOCALES.map((l) => [l, l])) },
  serialize(item) {
    const english = item.links?.find((l) => l.lang === DEFAULT_LOCALE);
    if (english && !item.links?.some((l) => l.lang === 'x-default'))
      item.links = [...(item.links ?? []), { lang: 'x-default', url: english.url }];
    return item;
  },
};
