/**
 * Rendering article bodies with the project's plugins plus claim marks.
 * Articles are rendered here rather than by Astro's `render()` because their
 * marks depend on the claims collection. The processor is built once; each
 * article's marks travel on its file (`file.data.claimMarks`).
 *
 * Every edition shows the same captured text, so a body is parsed and its
 * quotes matched once: the interface words the plugins add (verdict badges,
 * non-article labels) are written as tokens and resolved for each edition
 * (`body-labels.ts`), which costs one string replacement per page.
 */
import { createHash } from 'node:crypto';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { unified, type PluggableList } from 'unified';
import { VFile } from 'vfile';
import { rehypePlugins, remarkPlugins } from '../../plugins/index.ts';
import { remarkClaimMarks, type ClaimMark } from '../../plugins/remark-claim-marks.ts';
import { DEFAULT_LOCALE, type Locale } from '../urls.ts';
import { hasTokenMarker, resolveBodyLabels } from './body-labels.ts';

// Astro types its plugin lists loosely (they may name packages); ours are all functions.
const processor = unified()
  .use(remarkParse)
  .use(remarkPlugins as PluggableList)
  .use(remarkClaimMarks)
  .use(remarkRehype)
  .use(rehypePlugins as PluggableList)
  .use(rehypeStringify)
  .freeze();

/** The edition a body is shown in, and the language of the captured text. */
export interface BodyEdition {
  /** The edition (default English). */
  locale?: Locale | undefined;
  /** The article's language (BCP 47): interface words in another language get their own `lang`. Without it, none do. */
  language?: string | undefined;
}

/** The tokenized rendering of each body, by path (or digest), with the digest of what it rendered. */
const rendered = new Map<string, { digest: string; html: Promise<string> }>();

async function renderTokenized(markdown: string, marks: readonly ClaimMark[], path: string | undefined): Promise<string> {
  if (hasTokenMarker(markdown)) {
    throw new Error(
      `${path ?? 'An article'}: the text contains U+E000, a private-use character the renderer reserves for its labels. Remove it (it prints as nothing).`,
    );
  }
  const file = new VFile(path === undefined ? { value: markdown } : { value: markdown, path });
  file.data.claimMarks = marks;
  file.data.deferredLabels = true;
  return String(await processor.process(file));
}

/** Renders an article body to HTML in an edition (English by default), highlighting the given claim quotes. */
export async function renderArticleBody(
  markdown: string,
  marks: readonly ClaimMark[] = [],
  path?: string,
  edition: BodyEdition = {},
): Promise<string> {
  const digest = createHash('sha1')
    .update(path ?? '')
    .update('\0')
    .update(markdown)
    .update('\0')
    .update(JSON.stringify(marks))
    .digest('base64url');
  const key = path ?? digest;
  let entry = rendered.get(key);
  if (entry?.digest !== digest) {
    entry = { digest, html: renderTokenized(markdown, marks, path) };
    rendered.set(key, entry);
    // A failed rendering is not kept: the next call reports the error again.
    entry.html.catch(() => rendered.get(key) === entry && rendered.delete(key));
  }
  return resolveBodyLabels(await entry.html, edition.locale ?? DEFAULT_LOCALE, edition.language);
}
