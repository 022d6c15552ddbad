/**
 * Drawing one search result: its kind, its title and snippet with the matched
 * words in `<mark>`, the name it matched through, and a claim's verdict as
 * text plus symbol (never colour alone). Shared by the header box and /search/.
 */
import { badgeToDom, verdictBadge } from '../../lib/model/verdict-badge.ts';
import type { HitView } from './client.ts';
import { messages } from './messages.ts';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  node.append(...children);
  return node;
}

/** Text in runs (`[plain, marked, plain, …]`) as nodes, odd runs in `<mark>`. */
export function marked(runs: readonly string[]): Node[] {
  return runs.filter((r) => r !== '').length === 0
    ? []
    : runs.map((r, n) => (n % 2 === 1 ? el('mark', '', r) : document.createTextNode(r)));
}

/** The parts of a result, in reading order, spaced so the accessible name reads "Claim Title False …". */
export function hitParts(hit: HitView): (HTMLElement | string)[] {
  const m = messages();
  const parts = [el('span', 'search-hit__kind', m.kinds[hit.kind]), el('span', 'search-hit__title', ...marked(hit.title))];
  if (hit.verdict) {
    const badge = badgeToDom(
      verdictBadge(hit.verdict, { classes: ['verdict', 'search-hit__verdict'], label: m.verdicts[hit.verdict] }),
      document,
    ) as HTMLElement;
    parts.push(badge);
  }
  if (hit.text.join('') !== '') parts.push(el('span', 'search-hit__text', ...marked(hit.text)));
  if (hit.via) parts.push(el('span', 'search-hit__via', m.matched, ...marked(hit.via)));
  return parts.flatMap((part, n) => (n === 0 ? [part] : [' ', part]));
}

export { countText } from './messages.ts';
