/**
 * The verdict badge (`lib/model/verdict-badge.ts`) as HTML for pages, drawn
 * once per verdict, size and label: a list page shows fifty, and building and
 * serialising the same small tree for each was 2 % of a build's CPU. (Kept out
 * of verdict-badge.ts, which the search client bundles without an HTML serialiser.)
 */
import { toHtml } from 'hast-util-to-html';
import { verdictBadge } from '../model/verdict-badge.ts';
import type { VerdictId } from '../model/verdicts.ts';

const drawn = new Map<string, string>();

/** `<span class="verdict …" data-verdict="…"><span aria-hidden="true">✗</span> label</span>`. */
export function verdictBadgeHtml(verdict: VerdictId, large: boolean, label: string): string {
  const key = `${verdict}\0${large}\0${label}`;
  let html = drawn.get(key);
  if (html === undefined) {
    html = toHtml(verdictBadge(verdict, { classes: large ? ['verdict', 'verdict-large'] : ['verdict'], label }));
    drawn.set(key, html);
  }
  return html;
}
