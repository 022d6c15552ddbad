/**
 * The one verdict badge: label plus symbol (never colour alone), as a hast
 * element. The claim pages (`components/VerdictBadge.astro`), the article
 * highlights (`plugins/remark-claim-marks.ts`) and search results
 * (`search/client`) all draw it from here.
 *
 *     verdictBadge('false', { href: '/claims/x/', context: ': claim check' })
 *     → <a href="/claims/x/" class="verdict" data-verdict="false"><span aria-hidden="true">✗</span> False<span class="visually-hidden">: claim check</span></a>
 */
import { h } from 'hastscript';
import type { Element } from 'hast';
import { VERDICTS, type VerdictId } from './verdicts.ts';

/** How a badge is drawn. */
export interface VerdictBadgeOptions {
  /** Makes the badge a link (to the claim page). */
  href?: string | undefined;
  /** Its classes: `verdict` (the default), plus `verdict-large` for a page head; `claim-badge` in an article's text. */
  classes?: readonly string[] | undefined;
  /** Words for screen readers only, after the label (": claim check"). */
  context?: string | undefined;
}

/** The badge for one verdict. */
export function verdictBadge(verdict: VerdictId, options: VerdictBadgeOptions = {}): Element {
  const v = VERDICTS[verdict];
  const props = { ...(options.href ? { href: options.href } : {}), className: [...(options.classes ?? ['verdict'])], dataVerdict: verdict };
  return h(options.href ? 'a' : 'span', props, [
    h('span', { ariaHidden: 'true' }, v.symbol),
    ` ${v.label}`,
    ...(options.context ? [h('span', { className: ['visually-hidden'] }, options.context)] : []),
  ]);
}
