/**
 * Rendering article bodies with the project's plugins plus claim marks, and
 * reading an article's plain text (what quotes are checked against).
 * Articles are rendered here rather than by Astro's `render()` because their
 * marks depend on the claims collection.
 */
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { unified, type PluggableList } from 'unified';
import { rehypePlugins as rehypeList, remarkPlugins as remarkList } from '../plugins/index.ts';

// Astro types its plugin lists loosely (they may name packages); ours are all functions.
const remarkPlugins = remarkList as PluggableList;
const rehypePlugins = rehypeList as PluggableList;
import { remarkClaimMarks, type ClaimMark } from '../plugins/remark-claim-marks.ts';

/** Renders an article body to HTML, highlighting the given claim quotes. */
export async function renderArticleBody(markdown: string, marks: readonly ClaimMark[] = [], path?: string): Promise<string> {
  const file = await unified()
    .use(remarkParse)
    .use(remarkPlugins)
    .use(remarkClaimMarks, { marks })
    .use(remarkRehype)
    .use(rehypePlugins)
    .use(rehypeStringify)
    .process(path === undefined ? markdown : { value: markdown, path });
  return String(file);
}

const parser = unified().use(remarkParse).use(remarkPlugins);

/** The article's text as a reader sees it (Markdown syntax removed), block by block. */
export function articleBlocks(markdown: string): string[] {
  const tree = parser.runSync(parser.parse(markdown)) as Root;
  const blocks: string[] = [];
  const walk = (node: { type: string; children?: unknown[] }) => {
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
      blocks.push(toString(node));
      return;
    }
    for (const child of (node.children ?? []) as (typeof node)[]) walk(child);
  };
  walk(tree);
  return blocks;
}
