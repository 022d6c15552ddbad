/**
 * remark-claim-marks: highlights each claim's quote in an article and links it
 * to the claim page. Quotes may cross inline nodes within one block; matching
 * ignores whitespace differences only.
 *
 * Options: `{ marks: [{ quote: 'Russia is militarily invincible', claimId: 'x', verdict: 'false', href: '/claims/x/', anchorId: 'quote-x' }] }`
 *
 * HTML for that quote:
 *
 *     <mark class="claim-mark" id="quote-x" data-verdict="false" data-claim="x">Russia is militarily invincible</mark>
 *     <a href="/claims/x/" class="claim-badge" data-verdict="false"><span aria-hidden="true">✗</span> False<span class="visually-hidden">: claim check</span></a>
 */
import type { Parent, PhrasingContent, Root, Text } from 'mdast';
import type { VFile } from 'vfile';
import { SKIP, visit } from 'unist-util-visit';
import { findQuote } from '../lib/model/quotes.ts';
import { TEXT_BLOCKS } from '../lib/model/text-blocks.ts';
import { verdictBadge } from '../lib/model/verdict-badge.ts';
import { VERDICTS, type VerdictId } from '../lib/model/verdicts.ts';

/** One quote to highlight. */
export interface ClaimMark {
  /** The verbatim quote. */
  quote: string;
  /** The claim's id. */
  claimId: string;
  /** The claim's verdict id (styles the mark; the badge shows its label and symbol). */
  verdict: string;
  /** The claim page's URL. */
  href: string;
  /** The id the claim page links back to. */
  anchorId: string;
}

/** Options for {@link remarkClaimMarks}. */
export interface ClaimMarksOptions {
  /** The quotes to highlight, in any order. Without it, each file's `data.claimMarks` is used, so one processor serves every article. */
  marks?: readonly ClaimMark[] | undefined;
}

declare module 'vfile' {
  interface DataMap {
    /** The quotes to highlight in this file (see {@link remarkClaimMarks}). */
    claimMarks: readonly ClaimMark[];
  }
}

interface TextSlot {
  node: Text;
  parent: Parent;
  start: number;
}


/** Badge nodes this plugin inserted, so later quotes skip their text. */
const BADGES = new WeakSet<object>();

/** Highlights every mark's quote; fails, naming the claim, when one is missing. */
export function remarkClaimMarks(options: ClaimMarksOptions = {}) {
  return (tree: Root, file: VFile) => {
    for (const mark of options.marks ?? file.data.claimMarks ?? []) {
      if (!Object.hasOwn(VERDICTS, mark.verdict)) file.fail(`Claim "${mark.claimId}": "${mark.verdict}" is not a verdict id.`);
      if (!markFirstOccurrence(tree, mark)) {
        file.fail(`Claim "${mark.claimId}": quote not found in the article text: "${mark.quote}". Copy the words exactly from the article.`);
      }
    }
  };
}

function markFirstOccurrence(tree: Root, mark: ClaimMark): boolean {
  let done = false;
  visit(tree, (node) => {
    if (done || !TEXT_BLOCKS.has(node.type)) return;
    const slots = collectText(node as Parent);
    const raw = slots.map((s) => s.node.value).join('');
    const range = findQuote(raw, mark.quote);
    if (!range) return;
    wrapRange(slots, range.start, range.end, mark);
    done = true;
  });
  return done;
}

function collectText(block: Parent): TextSlot[] {
  const slots: TextSlot[] = [];
  let offset = 0;
  visit(block, (node, _index, parent) => {
    // Badges added for earlier quotes are not article text: never match inside them.
    if (BADGES.has(node)) return SKIP;
    if (node.type !== 'text' || !parent) return undefined;
    const text = node as Text;
    slots.push({ node: text, parent, start: offset });
    offset += text.value.length;
    return undefined;
  });
  return slots;
}

function wrapRange(slots: TextSlot[], start: number, end: number, mark: ClaimMark): void {
  const touched = slots.filter((s) => s.start < end && s.start + s.node.value.length > start);
  touched.forEach((slot, i) => {
    const from = Math.max(0, start - slot.start);
    const to = Math.min(slot.node.value.length, end - slot.start);
    const value = slot.node.value;
    const pieces: PhrasingContent[] = [];
    if (from > 0) pieces.push({ type: 'text', value: value.slice(0, from) });
    pieces.push(markNode(value.slice(from, to), mark, i === 0));
    if (i === touched.length - 1) pieces.push(badgeNode(mark));
    if (to < value.length) pieces.push({ type: 'text', value: value.slice(to) });
    const index = slot.parent.children.indexOf(slot.node as never);
    slot.parent.children.splice(index, 1, ...(pieces as never[]));
  });
}

function markNode(value: string, mark: ClaimMark, first: boolean): PhrasingContent {
  const props: Record<string, string | string[]> = {
    className: ['claim-mark'],
    dataVerdict: mark.verdict,
    dataClaim: mark.claimId,
  };
  if (first) props['id'] = mark.anchorId;
  return { type: 'emphasis', data: { hName: 'mark', hProperties: props }, children: [{ type: 'text', value }] };
}

function badgeNode(mark: ClaimMark): PhrasingContent {
  // A node of our own that remark-rehype turns into the shared badge element; it has no text
  // children, so later quotes never match inside it.
  const badge = verdictBadge(mark.verdict as VerdictId, { href: mark.href, classes: ['claim-badge'], context: ': claim check' });
  const node = { type: 'claimBadge', data: { hName: badge.tagName, hProperties: badge.properties, hChildren: badge.children } };
  BADGES.add(node);
  return node as unknown as PhrasingContent;
}
