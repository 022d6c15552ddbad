/**
 * The sitemap's view of the editions: every URL lists its counterparts in the
 * other editions (`xhtml:link rel="alternate" hreflang`), plus `x-default`
 * pointing at the English page, the same alternates each page's head declares
 * (components/PageHead.astro).
 *
 * @astrojs/sitemap (3.7) can write these itself from an `i18n` option, but it
 * finds each page's counterparts by scanning every URL of the site for each
 * page: quadratic, 30 s after page generation for the 50,000 URLs of the
 * 10,000-claim benchmark. Here the counterparts are grouped once from the pages
 * the build wrote (`editionSitemap`, before the sitemap integration's
 * `astro:build:done`), in the sitemap's own order, and `serialize` attaches
 * them: the same links in the same order, byte for byte.
 */
import type { AstroIntegration } from 'astro';
import sitemap, { type SitemapItem } from '@astrojs/sitemap';
import { DEFAULT_LOCALE, editionOfPath, unlocalize } from '../lib/urls.ts';
import { presortSitemap, sitemapOrder } from './sitemap-presort.ts';

/** The pages of each path in every edition that has it (`/claims/x/` → `/claims/x/`, `/ru/claims/x/`, `/uk/claims/x/`), in sitemap order. */
const editionsByPath = new Map<string, string[]>();

function groupEditions(pathnames: readonly string[]): void {
  editionsByPath.clear();
  for (const pathname of pathnames) {
    const path = `/${pathname.replace(/^\//, '')}`;
    const key = unlocalize(path);
    const group = editionsByPath.get(key);
    if (group) group.push(path);
    else editionsByPath.set(key, [path]);
  }
  for (const group of editionsByPath.values()) group.sort(sitemapOrder);
}

/** A sitemap entry with its counterparts in the other editions and x-default (English), where it has any. */
function withAlternates(item: SitemapItem): SitemapItem {
  const url = new URL(item.url);
  const group = editionsByPath.get(unlocalize(url.pathname));
  if (!group || group.length < 2) return item;
  const links = group.map((path) => ({ url: new URL(path, url).href, lang: editionOfPath(path) as string }));
  const english = links.find((l) => l.lang === DEFAULT_LOCALE);
  return { ...item, links: english ? [...links, { lang: 'x-default', url: english.url }] : links };
}

/** @astrojs/sitemap, given the pages in its own order and each page's counterparts in the other editions. */
export function editionSitemap(): AstroIntegration {
  const inner = presortSitemap(sitemap({ serialize: withAlternates }));
  const done = inner.hooks['astro:build:done'];
  return {
    ...inner,
    hooks: {
      ...inner.hooks,
      'astro:build:done': async (params) => {
        groupEditions(params.pages.map((p) => p.pathname));
        await done?.(params);
      },
    },
  };
}
