/**
 * remark-claim-marks: highlights each claim's quote in an article and links it
 * to the claim page. Quotes may cross inline nodes within one block; matching
 * ignores whitespace differences only.
 *
 * The verdict badge never splits a quotation: it goes after the quote's
 * closing punctuation and quotation mark (`…lose it,”` ✓, not `…lose it` ✓ `,”`),
 * after the end of a quotation the quote is part of, and after any other
 * claim's quote it would otherwise fall inside. A quote that is most of its
 * paragraph is a passage: the paragraph is marked (`claim-passage`, drawn as a
 * rule beside it) instead of being painted whole.
 *
 * Options: `{ marks: [{ quote: 'Russia is militarily invincible', claimId: 'x', verdict: 'false', href: '/claims/x/', anchorId: 'quote-x' }] }`
 *
 * HTML for that quote:
 *
 *     <mark class="claim-mark" id="quote-x" data-verdict="false" data-claim="x">Russia is militarily invincible</mark>
 *     <a href="/claims/x/" class="claim-badge" data-verdict="false"><span aria-hidden="true">✗</span> False<span class="visually-hidden">: claim check</span></a>
 *
 * In the article renderer (`lib/render/article-body.ts`) the badge's label,
 * context and link are in the edition's language and edition, and the badge
 * carries the edition's `lang` where the article is in another language (see
 * `lib/render/body-labels.ts`).
 */
import type { Parent, PhrasingContent, Root, Text } from 'mdast';
import type { VFile } from 'vfile';
import { SKIP, visit } from 'unist-util-visit';
import { findQuote } from '../lib/model/quotes.ts';
import { TEXT_BLOCKS } from '../lib/model/text-blocks.ts';
import { verdictBadge } from '../lib/model/verdict-badge.ts';
import { VERDICTS, type VerdictId } from '../lib/model/verdicts.ts';
import { bodyLabel, bodyLang } from '../lib/render/body-labels.ts';

/** One quote to highlight. */
export interface ClaimMark {
  /** The verbatim quote. */
  quote: string;
  /** The claim's id. */
  claimId: string;
  /** The claim's verdict id (styles the mark; the badge shows its label and symbol). */
  verdict: string;
  /** The claim page's URL in the English edition (root-relative; the article renderer puts it into each edition). */
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

/** One text node of a block, and where its text starts in the block's text. */
interface TextSlot {
  node: Text;
  parent: Parent;
  start: number;
}

/** A block of running text, read once before anything is marked. */
interface Block {
  node: Parent;
  slots: TextSlot[];
  raw: string;
}

/** A quote found in a block: `[start, end)` of the block's text. */
interface Found {
  mark: ClaimMark;
  start: number;
  end: number;
  passage: boolean;
}

/** A quote of at least this many letters that covers this share of its paragraph's letters is a passage, not a phrase. */
const PASSAGE_SHARE = 2 / 3;
const PASSAGE_LETTERS = 120;

/** Highlights every mark's quote; fails, naming the claim, when one is missing. */
export function remarkClaimMarks(options: ClaimMarksOptions = {}) {
  return (tree: Root, file: VFile) => {
    const blocks = readBlocks(tree);
    const found = new Map<Block, Found[]>();
    for (const mark of options.marks ?? file.data.claimMarks ?? []) {
      if (!Object.hasOwn(VERDICTS, mark.verdict)) file.fail(`Claim "${mark.claimId}": "${mark.verdict}" is not a verdict id.`);
      const hit = firstOccurrence(blocks, mark);
      if (!hit)
        file.fail(
          `Claim "${mark.claimId}": quote not found in the article text: "${mark.quote}". Copy the words exactly from the article.`,
        );
      found.set(hit.block, [...(found.get(hit.block) ?? []), hit.found]);
    }
    for (const [block, quotes] of found) markBlock(block, quotes, file);
  };
}

function readBlocks(tree: Root): Block[] {
  const blocks: Block[] = [];
  visit(tree, (node) => {
    if (!TEXT_BLOCKS.has(node.type)) return undefined;
    const slots = collectText(node as Parent);
    blocks.push({ node: node as Parent, slots, raw: slots.map((s) => s.node.value).join('') });
    return SKIP;
  });
  return blocks;
}

function collectText(block: Parent): TextSlot[] {
  const slots: TextSlot[] = [];
  let offset = 0;
  visit(block, 'text', (node: Text, _index, parent) => {
    if (!parent) return;
    slots.push({ node, parent, start: offset });
    offset += node.value.length;
  });
  return slots;
}

function firstOccurrence(blocks: Block[], mark: ClaimMark): { block: Block; found: Found } | undefined {
  for (const block of blocks) {
    const range = findQuote(block.raw, mark.quote);
    if (range) return { block, found: { mark, ...range, passage: isPassage(block.raw, range.start, range.end) } };
  }
  return undefined;
}

function isPassage(raw: string, start: number, end: number): boolean {
  const letters = (text: string) => text.replace(/[\s\p{P}]/gu, '').length;
  const quoted = letters(raw.slice(start, end));
  return quoted >= PASSAGE_LETTERS && quoted >= PASSAGE_SHARE * letters(raw);
}

/** Where a quote's badge goes: past closing punctuation and quotation marks, and outside every other quote. */
export function badgePoint(raw: string, end: number, others: readonly { start: number; end: number }[] = []): number {
  let point = end;
  for (let step = 0; step < 20; step++) {
    let next = closingOf(raw, point);
    next += /^[.,;:!?…]*/u.exec(raw.slice(next))![0].length;
    next = closingOf(raw, next);
    const inside = others.find((o) => o.start < next && next < o.end);
    if (inside) next = inside.end;
    if (next === point) break;
    point = next;
  }
  return point;
}

/** If `at` is inside a quotation (“…”, «…» or "…"), the index just past its closing mark; else `at`. */
function closingOf(raw: string, at: number): number {
  const before = raw.slice(0, at);
  const open = (o: string, c: string) => before.split(o).length - before.split(c).length > 0;
  const close = (c: string) => {
    const i = raw.indexOf(c, at);
    return i < 0 ? at : i + 1;
  };
  if (open('“', '”')) return close('”');
  if (open('«', '»')) return close('»');
  if ((before.split('"').length - 1) % 2 === 1) return close('"');
  return at;
}

function markBlock(block: Block, quotes: Found[], file: VFile): void {
  const badges = new Map<number, ClaimMark[]>();
  for (const q of [...quotes].sort((a, b) => a.start - b.start)) {
    const at = badgePoint(block.raw, q.end, quotes);
    badges.set(at, [...(badges.get(at) ?? []), q.mark]);
  }
  const cuts = new Set([...quotes.flatMap((q) => [q.start, q.end]), ...badges.keys()]);
  const placed = new Set<number>();
  for (const slot of block.slots) {
    const from = slot.start;
    const to = from + slot.node.value.length;
    const bounds = [from, ...[...cuts].filter((c) => c > from && c < to).sort((a, b) => a - b), to];
    const pieces: PhrasingContent[] = [];
    for (let i = 0; i + 1 < bounds.length; i++) {
      const [a, b] = [bounds[i]!, bounds[i + 1]!];
      if (a < b) pieces.push(wrap(slot.node.value.slice(a - from, b - from), quotes, a, b));
      const here = badges.get(b);
      if (here && !placed.has(b)) {
        placed.add(b);
        pieces.push(...here.map((mark) => badgeNode(mark, file)));
      }
    }
    slot.parent.children.splice(slot.parent.children.indexOf(slot.node as never), 1, ...(pieces as never[]));
  }
  const passage = quotes.find((q) => q.passage);
  if (passage) {
    const data = (block.node.data ??= {}) as { hProperties?: Record<string, unknown> };
    data.hProperties = { ...data.hProperties, className: ['claim-passage'], dataVerdict: passage.mark.verdict };
  }
}

/** The text of `[a, b)`, inside a mark for every quote that covers it (outermost first). */
function wrap(value: string, quotes: Found[], a: number, b: number): PhrasingContent {
  const covering = quotes.filter((q) => q.start <= a && b <= q.end).sort((x, y) => x.start - y.start || y.end - x.end);
  return covering.reduceRight<PhrasingContent>((inner, q) => markNode(inner, q, a === q.start), { type: 'text', value });
}

function markNode(child: PhrasingContent, q: Found, first: boolean): PhrasingContent {
  const props: Record<string, string | string[]> = {
    className: q.passage ? ['claim-mark', 'claim-mark--passage'] : ['claim-mark'],
    dataVerdict: q.mark.verdict,
    dataClaim: q.mark.claimId,
  };
  if (first) props['id'] = q.mark.anchorId;
  return { type: 'emphasis', data: { hName: 'mark', hProperties: props }, children: [child] } as PhrasingContent;
}

function badgeNode(mark: ClaimMark, file: VFile): PhrasingContent {
  // A node of our own that remark-rehype turns into the shared badge element.
  const verdict = mark.verdict as VerdictId;
  const badge = verdictBadge(verdict, {
    href: bodyLabel(file, { path: mark.href }),
    classes: ['claim-badge'],
    context: bodyLabel(file, { badgeContext: true }),
    label: bodyLabel(file, { verdict }),
  });
  return {
    type: 'claimBadge',
    data: { hName: badge.tagName, hProperties: { ...badge.properties, ...bodyLang(file) }, hChildren: badge.children },
  } as unknown as PhrasingContent;
}
