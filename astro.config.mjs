// @ts-check
import { copyFile } from 'node:fs/promises';
import { URL } from 'node:url';
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import { rehypePlugins, remarkPlugins } from './src/plugins/index.ts';
import ogImages from './src/integrations/og-images.ts';
import { resolveSiteUrl, siteUrlCheck } from './src/integrations/site-url.ts';
import { DEFAULT_LOCALE, LOCALES } from './src/lib/urls.ts';
import { editionSitemap } from './src/integrations/sitemap-editions.ts';
import redirects from './src/data/redirects.json' with { type: 'json' };

/**
 * The public origin; canonical URLs, feeds, the sitemap and the open data are
 * built from it. Without SITE_URL the build uses PLACEHOLDER_SITE_URL (src/consts.ts)
 * and ends with a warning that names SITE_URL (src/integrations/site-url.ts).
 */
const SITE = resolveSiteUrl(process.env);

/**
 * @astrojs/sitemap writes `sitemap-index.xml` (pointing at `sitemap-0.xml`, …);
 * crawlers, readers and the accessibility test look for `/sitemap.xml`, so the
 * index is also published under that name. Runs after sitemap() (hooks run in order).
 * @returns {import('astro').AstroIntegration}
 */
const sitemapAlias = () => ({
  name: 'sitemap-alias',
  hooks: {
    'astro:build:done': async ({ dir }) => {
      await copyFile(new URL('sitemap-index.xml', dir), new URL('sitemap.xml', dir));
    },
  },
});

export default defineConfig({
  site: SITE.url,
  output: 'static',
  trailingSlash: 'always',
  // Four pages at a time (Open Graph images are drawn outside page generation, by the og-images
  // integration; 1 and 4 measured the same within noise at 1,000 claims, docs/performance.md).
  build: { format: 'directory', inlineStylesheets: 'always', concurrency: 4 },
  // Renamed pages keep their old URLs working: { "/claims/old-id/": "/claims/new-id/" }.
  redirects,
  // Three editions: English at today's URLs, Ukrainian under /uk/, Russian under /ru/. Pages live
  // once under src/pages/[...locale]/ (src/lib/i18n/editions.ts); Astro.currentLocale names the edition.
  i18n: { locales: [...LOCALES], defaultLocale: DEFAULT_LOCALE, routing: { prefixDefaultLocale: false } },
  // siteUrlCheck last, so its warning is the build's last word.
  integrations: [editionSitemap(), sitemapAlias(), ogImages(), siteUrlCheck(SITE)],
  markdown: {
    // Shiki colours code with inline style attributes, which the CSP below forbids.
    syntaxHighlight: false,
    processor: unified({ remarkPlugins, rehypePlugins, smartypants: false }),
  },
  security: {
    // A per-page <meta> policy: Astro hashes each page's inline styles and scripts, so
    // nothing inline runs unless this build put it there (no 'unsafe-inline').
    // public/_headers sends the host-level policy (frame-ancestors cannot go in a <meta>).
    csp: {
      algorithm: 'SHA-256',
      directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
    },
  },
  experimental: {
    // Pages whose getStaticPaths() cacheKey (src/lib/page-keys.ts) and code are unchanged since
    // the last build are copied from node_modules/.astro/ instead of rendered (docs/performance.md).
    incrementalBuild: true,
  },
  vite: {
    // Client scripts stay external files (never inlined), so the header policy
    // `script-src 'self'` in public/_headers allows them without per-page hashes.
    build: { assetsInlineLimit: 0 },
  },
});
