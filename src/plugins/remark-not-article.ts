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
 *
 * In the article renderer (`lib/render/article-body.ts`) both labels are in
 * the edition's language and the visible one carries its `lang`, since the
 * aside is in the article's (see `lib/render/body-labels.ts`).
 */
import type { Paragraph, Root } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { bodyLabel, bodyLang, NOT_ARTICLE_KIND_IDS, type NotArticleKind } from '../lib/render/body-labels.ts';
import { translator, type MessageKey } from '../lib/i18n/messages.ts';

/** The kinds of non-article text, with the label English readers see (the catalogue's `article.notArticle.kind.*`). */
export const NOT_ARTICLE_KINDS: Readonly<Record<NotArticleKind, string>> = Object.fromEntries(
  NOT_ARTICLE_KIND_IDS.map((k) => [k, translator('en')(`article.notArticle.kind.${k}` as MessageKey)]),
) as Record<NotArticleKind, string>;

const isKind = (kind: string): kind is NotArticleKind => (NOT_ARTICLE_KIND_IDS as readonly string[]).includes(kind);

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
      if (!isKind(kind)) {
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
          ariaLabel: bodyLabel(file, { notArticleName: kind, n }),
        },
      };
      const heading: Paragraph = {
        type: 'paragraph',
        data: { hProperties: { className: ['not-article__label'], ...bodyLang(file) } },
        children: [{ type: 'text', value: bodyLabel(file, { notArticleLabel: kind }) }],
      };
      node.children.unshift(heading);
    });
  };
}
