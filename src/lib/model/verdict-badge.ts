/**
 * The one verdict badge: label plus symbol (never colour alone), as a hast
 * element. The claim pages (`components/VerdictBadge.astro`), the article
 * highlights (`plugins/remark-claim-marks.ts`) and search results
 * (`search/client`) all draw it from here.
 *
 *     verdictBadge('false', { href: '/claims/x/', context: ': claim check' })
 *     → <a href="/claims/x/" class="verdict" data-verdict="false"><span aria-hidden="true">✗</span> False<span class="visually-hidden">: claim check</span></a>
 */
import type { Element, ElementContent } from 'hast';
import { VERDICTS, type VerdictId } from './verdicts.ts';

/** How a badge is drawn. */
export interface VerdictBadgeOptions {
  /** Makes the badge a link (to the claim page). */
  href?: string | undefined;
  /** Its classes: `verdict` (the default), plus `verdict-large` for a page head; `claim-badge` in an article's text. */
  classes?: readonly string[] | undefined;
  /** Words for screen readers only, after the label (": claim check"). */
  context?: string | undefined;
  /** The label in another edition's language (default: the English label). */
  label?: string | undefined;
}

// Plain hast objects (no hastscript), so the browser's search results can draw the same badge cheaply.
const el = (tagName: string, properties: Element['properties'], children: ElementContent[]): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});
const text = (value: string): ElementContent => ({ type: 'text', value });

/** The badge for one verdict. */
export function verdictBadge(verdict: VerdictId, options: VerdictBadgeOptions = {}): Element {
  const v = VERDICTS[verdict];
  const props = { ...(options.href ? { href: options.href } : {}), className: [...(options.classes ?? ['verdict'])], dataVerdict: verdict };
  return el(options.href ? 'a' : 'span', props, [
    el('span', { ariaHidden: 'true' }, [text(v.symbol)]),
    text(` ${options.label ?? v.label}`),
    ...(options.context ? [el('span', { className: ['visually-hidden'] }, [text(options.context)])] : []),
  ]);
}

/** Draws a badge (or any element of plain hast) as DOM nodes, in the browser. */
export function badgeToDom(node: Element | ElementContent, doc: Document): Node {
  if (node.type === 'text') return doc.createTextNode(node.value);
  if (node.type !== 'element') return doc.createTextNode('');
  const out = doc.createElement(node.tagName);
  const p = node.properties;
  if (Array.isArray(p['className'])) out.className = p['className'].join(' ');
  if (typeof p['dataVerdict'] === 'string') out.dataset['verdict'] = p['dataVerdict'];
  if (typeof p['ariaHidden'] === 'string') out.setAttribute('aria-hidden', p['ariaHidden']);
  if (typeof p['href'] === 'string') out.setAttribute('href', p['href']);
  for (const child of node.children) out.append(badgeToDom(child, doc));
  return out;
}
