/**
 * remark-no-raw-html: content is Markdown only. Raw HTML in a body (a tag, a
 * comment, a `<script>`) would reach readers unsanitised, so it stops the
 * build with its position instead of being passed through or silently dropped.
 *
 * Markdown that fails:
 *
 *     Some text <span style="color:red">here</span>.
 *
 *     <!-- editor's note -->
 *
 * Markdown that passes (angle brackets escaped, rendered as text):
 *
 *     Some text \<span\> here.
 *
 * HTML: none; the plugin only checks.
 */
import type { Html, Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';

/** The longest excerpt of the offending HTML quoted in the error. */
const EXCERPT = 60;

/** Fails on the first `html` node of a Markdown body, naming what was found and what to write instead. */
export function remarkNoRawHtml() {
  return (tree: Root, file: VFile) => {
    visit(tree, 'html', (node: Html) => {
      file.fail(message(node.value), node, 'remark-no-raw-html:raw-html');
    });
  };
}

function message(value: string): string {
  const found = value.replace(/\s+/g, ' ').trim();
  const excerpt = found.length > EXCERPT ? `${found.slice(0, EXCERPT)}…` : found;
  const hint = found.startsWith('<!--')
    ? 'Keep editorial notes out of the body (in the pull request, or as a `notes` entry in the frontmatter).'
    : 'Write it in Markdown (or a :::not-article directive for captured text that is not the article); if the text really contains "<", escape it as "\\<".';
  return `Raw HTML is not allowed in content: found \`${excerpt}\`. ${hint}`;
}
