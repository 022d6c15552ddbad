// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { rehypePlugins, remarkPlugins } from './src/plugins/index.ts';

/** The public origin; canonical URLs, feeds and the sitemap are built from it. */
const SITE = process.env.SITE_URL ?? 'https://spheres-factcheck.example.org';

export default defineConfig({
  site: SITE,
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  integrations: [sitemap()],
  markdown: {
    processor: unified({ remarkPlugins, rehypePlugins, smartypants: false }),
  },
});
