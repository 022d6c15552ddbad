/**
 * remark-strict-directives: keeps captured text intact and catches typos in
 * directives.
 *
 * - A bare unknown text directive is ordinary text that happened to contain a
 *   colon (`10:50:16`, `Note:16`): it is restored exactly, `:16` stays `:16`.
 * - Any other unknown directive (`::name`, `:::name`, or `:name[…]{…}`) fails
 *   the build with its position, so a misspelled `:::not-articel` is never
 *   silently dropped from the page.
 */
import type { Root, Text } from 'mdast';
import type { VFile } from 'vfile';
import { SKIP, visit } from 'unist-util-visit';

/** Directive names the project's plugins handle. */
const KNOWN = new Set(['not-article']);

/** Restores bare unknown text directives as text; fails on other unknown directives. */
export function remarkStrictDirectives() {
  return (tree: Root, file: VFile) => {
    visit(tree, (node, index, parent) => {
      if (node.type !== 'textDirective' && node.type !== 'leafDirective' && node.type !== 'containerDirective') return undefined;
      const directive = node as { name: string; attributes?: Record<string, unknown> | null; children: unknown[] };
      if (KNOWN.has(directive.name)) return undefined;
      const bare = directive.children.length === 0 && Object.keys(directive.attributes ?? {}).length === 0;
      if (node.type === 'textDirective' && bare && parent && index !== undefined) {
        const text: Text = { type: 'text', value: `:${directive.name}` };
        parent.children.splice(index, 1, text as never);
        return [SKIP, index];
      }
      const colons = node.type === 'textDirective' ? ':' : node.type === 'leafDirective' ? '::' : ':::';
      return file.fail(
        `Unknown directive "${colons}${directive.name}". Known: ${[...KNOWN].map((n) => `:::${n}`).join(', ')}. ` +
          `If this is captured text, escape the colon as "\\:${directive.name}".`,
        node,
      );
    });
  };
}
