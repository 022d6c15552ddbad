/**
 * The one ordered list of Markdown transforms. Astro's processor (claims,
 * events, people, outlets) and the article renderer (which adds claim marks)
 * both start from it, so every body is rendered the same way.
 */
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeExternalLinks from 'rehype-external-links';
import rehypeSlug from 'rehype-slug';
import remarkDirective from 'remark-directive';
import type { RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';
import { rehypeNestHeadings } from './rehype-nest-headings.ts';
import { remarkNoRawHtml } from './remark-no-raw-html.ts';
import { remarkNotArticle } from './remark-not-article.ts';
import { remarkStrictDirectives } from './remark-strict-directives.ts';

/** remark plugins, in order: reject raw HTML, parse directives, render ours, reject unknown ones. */
export const remarkPlugins: RemarkPlugins = [remarkNoRawHtml, remarkDirective, remarkNotArticle, remarkStrictDirectives];

/** rehype plugins, in order: claim analyses' headings below the page's sections, heading ids, heading anchors, safe external links. */
export const rehypePlugins: RehypePlugins = [
  [rehypeNestHeadings, { collections: ['claims'] }],
  rehypeSlug,
  [rehypeAutolinkHeadings, { behavior: 'wrap' }],
  [rehypeExternalLinks, { rel: ['noopener', 'noreferrer'] }],
];
