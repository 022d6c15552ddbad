// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { rehypePlugins, remarkPlugins } from './src/plugins/index.ts';
import redirects from './src/data/redirects.json' with { type: 'json' };

/** The public origin; canonical URLs, feeds and the sitemap are built from it. */
const SITE = process.env.SITE_URL ?? 'https://spheres-factcheck.example.org';

export default defineConfig({
  site: SITE,
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  // Renamed pages keep their old URLs working: { "/claims/old-id/": "/claims/new-id/" }.
  redirects,
  integrations: [sitemap()],
  markdown: {
    processor: unified({ remarkPlugins, rehypePlugins, smartypants: false }),
  },
});
