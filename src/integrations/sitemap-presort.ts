/**
 * @astrojs/sitemap (3.7) sorts its URLs with `a.localeCompare(b, 'en', { numeric: true })`,
 * which builds a collator for every comparison: 4 s for the 12,000 URLs of the
 * 10,000-claim benchmark, on the build's critical path. Handing it the pages
 * already in that order (one collator, 0.2 s) leaves its sort with a single
 * pass, and the sitemap byte for byte the same.
 */
import type { AstroIntegration } from 'astro';

const collator = new Intl.Collator('en', { numeric: true });

/** The order @astrojs/sitemap writes URLs in (paths of one origin compare as their URLs do). */
export const sitemapOrder = (a: string, b: string): number => collator.compare(a, b);

/** Wraps the sitemap integration so that its `astro:build:done` receives the pages sorted the way it sorts them. */
export function presortSitemap(integration: AstroIntegration): AstroIntegration {
  const done = integration.hooks['astro:build:done'];
  if (!done) return integration;
  return {
    ...integration,
    hooks: {
      ...integration.hooks,
      'astro:build:done': (params) => done({ ...params, pages: [...params.pages].sort((a, b) => sitemapOrder(a.pathname, b.pathname)) }),
    },
  };
}
