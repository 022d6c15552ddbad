/**
 * Rendering article bodies with the project's plugins plus claim marks.
 * Articles are rendered here rather than by Astro's `render()` because their
 * marks depend on the claims collection. The processor is built once; each
 * article's marks travel on its file (`file.data.claimMarks`).
 */
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { unified, type PluggableList } from 'unified';
import { VFile } from 'vfile';
import { rehypePlugins, remarkPlugins } from '../../plugins/index.ts';
import { remarkClaimMarks, type ClaimMark } from '../../plugins/remark-claim-marks.ts';

// Astro types its plugin lists loosely (they may name packages); ours are all functions.
const processor = unified()
  .use(remarkParse)
  .use(remarkPlugins as PluggableList)
  .use(remarkClaimMarks)
  .use(remarkRehype)
  .use(rehypePlugins as PluggableList)
  .use(rehypeStringify)
  .freeze();

/** Renders an article body to HTML, highlighting the given claim quotes. */
export async function renderArticleBody(markdown: string, marks: readonly ClaimMark[] = [], path?: string): Promise<string> {
  const file = new VFile(path === undefined ? { value: markdown } : { value: markdown, path });
  file.data.claimMarks = marks;
  return String(await processor.process(file));
}
