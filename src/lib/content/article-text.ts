/**
 * An article's text as a reader sees it (Markdown syntax removed), block by
 * block: what quotes are checked against. Parsed with the same remark plugins
 * as the page, so marked non-article text and directives read the same way.
 */
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified, type PluggableList } from 'unified';
import { remarkPlugins } from '../../plugins/index.ts';
import { TEXT_BLOCKS } from '../model/text-blocks.ts';
import type { Entry } from '../model/entry.ts';
import type { Article } from '../../schemas/article.ts';

const parser = unified()
  .use(remarkParse)
  .use(remarkPlugins as PluggableList)
  .freeze();

/** The text blocks of an article body, in order. */
export function articleBlocks(markdown: string): string[] {
  const tree = parser.runSync(parser.parse(markdown)) as Root;
  const blocks: string[] = [];
  const walk = (node: { type: string; children?: unknown[] }) => {
    if (TEXT_BLOCKS.has(node.type)) {
      blocks.push(toString(node));
      return;
    }
    for (const child of (node.children ?? []) as (typeof node)[]) walk(child);
  };
  walk(tree);
  return blocks;
}

/** An article's whole text, one block per line. */
export function articleText(article: Entry<Article>): string {
  return articleBlocks(article.body).join('\n');
}
