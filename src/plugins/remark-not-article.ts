/**
 * remark-not-article: marks text that was captured with an article but is not
 * part of it (donation appeals, aggregator buttons, capture metadata). The text
 * is kept, as captured, and rendered visibly apart.
 *
 * Markdown:
 *
 *     :::not-article{kind="donation-appeal"}
 *     Dear readers, …
 *     :::
 *
 * HTML:
 *
 *     <aside class="not-article" data-kind="donation-appeal" aria-label="Not part of the article: donation appeal">
 *       <p class="not-article__label">Not part of the article: donation appeal (kept as captured)</p>
 *       <p>Dear readers, …</p>
 *     </aside>
 */
import type { Paragraph, Root } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';

/** The kinds of non-article text, with the label readers see. */
export const NOT_ARTICLE_KINDS: Record<string, string> = {
  'donation-appeal': 'donation appeal',
  aggregator: 'text added by the aggregator that captured the page',
  'capture-metadata': 'capture metadata (date and address recorded with the copy)',
  'related-links': 'related links and tags from the page',
};

/** Turns `:::not-article{kind="…"}` containers into labelled asides. */
export function remarkNotArticle() {
  return (tree: Root, file: VFile) => {
    // Each aside is a labelled landmark: a second one of the same kind is numbered so names stay unique.
    const seen = new Map<string, number>();
    visit(tree, 'containerDirective', (node: ContainerDirective) => {
      if (node.name !== 'not-article') return;
      const kind = node.attributes?.['kind'] ?? '';
      const n = (seen.get(kind) ?? 0) + 1;
      seen.set(kind, n);
      const label = NOT_ARTICLE_KINDS[kind];
      if (label === undefined) {
        file.fail(
          `:::not-article needs kind="…", one of: ${Object.keys(NOT_ARTICLE_KINDS).join(', ')}; found ${kind ? `"${kind}"` : 'none'}. ` +
            'Hint: write :::not-article{kind="donation-appeal"}',
          node,
        );
      }
      node.data = {
        hName: 'aside',
        hProperties: {
          className: ['not-article'],
          dataKind: kind,
          ariaLabel: `Not part of the article: ${label}${n > 1 ? ` (${n})` : ''}`,
        },
      };
      const heading: Paragraph = {
        type: 'paragraph',
        data: { hProperties: { className: ['not-article__label'] } },
        children: [{ type: 'text', value: `Not part of the article: ${label} (kept as captured)` }],
      };
      node.children.unshift(heading);
    });
  };
}
