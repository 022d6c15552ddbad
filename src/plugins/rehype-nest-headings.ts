/**
 * rehype-nest-headings: puts a body's headings below the page section that
 * holds it. A claim's analysis is the "Analysis" section (an `h2`) of its
 * page, so its own `## What was said` must be an `h3`, not a sibling of
 * "Sources" and "Corrections". Which bodies nest is told by the folder of the
 * file (`content/claims/x.md` → `claims`).
 *
 * Options: `{ collections: ['claims'], by: 1 }`
 *
 *     ## What was said   →   <h3 id="what-was-said">What was said</h3>   (in content/claims/)
 *     ## Background      →   <h2 id="background">Background</h2>         (elsewhere)
 */
import type { Element, Root } from 'hast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';

/** Options for {@link rehypeNestHeadings}. */
export interface NestHeadingsOptions {
  /** The collections (folders of `content/`) whose bodies sit inside a page section. */
  collections: readonly string[];
  /** How many levels down their headings go. Default 1. */
  by?: number;
}

const HEADING = /^h([1-6])$/;

/** Moves every heading of a matching file `by` levels down (never past `h6`). */
export function rehypeNestHeadings(options: NestHeadingsOptions) {
  const by = options.by ?? 1;
  const folders = new Set(options.collections);
  return (tree: Root, file: VFile) => {
    const folder = (file.path ?? '').split(/[\\/]/).at(-2);
    if (folder === undefined || !folders.has(folder)) return;
    visit(tree, 'element', (node: Element) => {
      const level = HEADING.exec(node.tagName)?.[1];
      if (level) node.tagName = `h${Math.min(6, Number(level) + by)}`;
    });
  };
}
