/**
 * When a quote is not in its article: the article's passage nearest to it,
 * and where the two differ, said in words (`’` against `'`, `—` against `-`, a
 * word left out), so a maintainer sees the difference the screen hides.
 * Distances by fastest-levenshtein, differences by `diff` (word by word).
 */
import { diffWordsWithSpace, type Change } from 'diff';
import { distance } from 'fastest-levenshtein';

/** Characters that look alike on screen, with the name a maintainer can act on. */
const CHARACTER_NAMES: Record<string, string> = {
  "'": 'straight apostrophe',
  '’': 'typographic apostrophe',
  '‘': 'opening single quote',
  '"': 'straight double quote',
  '“': 'opening double quote',
  '”': 'closing double quote',
  '«': 'left guillemet',
  '»': 'right guillemet',
  '-': 'hyphen',
  '–': 'en dash',
  '—': 'em dash',
  '…': 'ellipsis character',
};

/** Look-alikes folded to one character each (length-preserving), and case ignored: the first, cheap search. */
const FOLD: Record<string, string> = { '’': "'", '‘': "'", '“': '"', '”': '"', '«': '"', '»': '"', '–': '-', '—': '-', '−': '-' };

function fold(text: string): string {
  let out = '';
  for (const ch of text) {
    const lower = (FOLD[ch] ?? ch).toLowerCase();
    out += lower.length === ch.length ? lower : ch;
  }
  return out;
}

/** The passage of `text` nearest to `quote`, and how they differ. */
export interface Nearest {
  /** The article's words, as written there. */
  passage: string;
  /** The differences in words, at most four. */
  differences: string[];
  /** True when the two differ only in look-alike characters (’ and ', — and -) or in case. */
  lookalike: boolean;
}

/** Finds the passage of a (whitespace-normalised) article text nearest to a quote; undefined when nothing is near. */
export function nearestPassage(text: string, quote: string, sides?: Sides): Nearest | undefined {
  if (quote.length === 0 || text.length === 0) return undefined;
  const folded = fold(text);
  const at = folded.indexOf(fold(quote));
  const range = at >= 0 ? { start: at, end: at + quote.length } : fuzzyRange(folded, fold(quote));
  if (range === undefined) return undefined;
  const passage = text.slice(range.start, range.end);
  return { passage, differences: describeDifferences(passage, quote, sides), lookalike: at >= 0 };
}

/** Word starts of `text`: where a passage may begin or end. */
function boundaries(text: string): number[] {
  const starts = [0];
  for (let i = 1; i < text.length; i++) if (text[i - 1] === ' ') starts.push(i);
  return starts;
}

/** The word-aligned range of `text` with the smallest edit distance to `quote`, if under half its length. */
function fuzzyRange(text: string, quote: string): { start: number; end: number } | undefined {
  const starts = boundaries(text);
  // First the best start for a window of the quote's length, then the best word-aligned range near it.
  let first = 0;
  let firstD = Infinity;
  starts.forEach((start, i) => {
    const d = distance(text.slice(start, start + quote.length), quote);
    if (d < firstD) [first, firstD] = [i, d];
  });
  const near = starts.slice(Math.max(0, first - 2), first + 3);
  // A passage ends at a word's end, or just before its closing punctuation; a sentence is matched with a sentence.
  const wordEnds = [...starts.slice(1).map((s) => s - 1), text.length];
  const loose = wordEnds.flatMap((e) => (/[.,;:!?]/.test(text[e - 1] ?? '') ? [e - 1, e] : [e]));
  const sentence = /[.!?]$/.test(quote) ? bestRange(text, quote, near, wordEnds.filter((e) => /[.!?]/.test(text[e - 1] ?? ''))) : undefined;
  const best = sentence ?? bestRange(text, quote, near, loose);
  return best && best.d <= quote.length / 2 ? { start: best.start, end: best.end } : undefined;
}

/** The closest range from one of `starts` to one of `ends`, of about the quote's length. */
function bestRange(text: string, quote: string, starts: readonly number[], ends: readonly number[]) {
  let best: { start: number; end: number; d: number } | undefined;
  for (const start of starts) {
    for (const end of ends) {
      if (end - start < quote.length * 0.6 || end - start > quote.length * 1.5 + 8) continue;
      const d = distance(text.slice(start, end), quote);
      if (best === undefined || d < best.d) best = { start, end, d };
    }
  }
  return best;
}

function named(text: string): string {
  const name = [...text].length === 1 ? CHARACTER_NAMES[text] : undefined;
  return name === undefined ? `"${text}"` : `${text} (${name})`;
}

/** What the two texts are called in the descriptions. */
export interface Sides {
  /** The text searched: "the article". */
  ours: string;
  /** The text looked for: "the quote", "the capture". */
  theirs: string;
}

/** The differences between an article's passage and a quote, in words, at most four. */
export function describeDifferences(passage: string, quote: string, sides: Sides = { ours: 'the article', theirs: 'the quote' }): string[] {
  const changes = diffWordsWithSpace(passage, quote);
  const out: string[] = [];
  const word = (c: Change) => named(c.value.trim() || c.value);
  for (let i = 0; i < changes.length; i++) {
    const c = changes[i] as Change;
    const next = changes[i + 1];
    const before = lastWord(changes[i - 1]);
    const after = before ? ` after "${before}"` : '';
    if (c.removed && next?.added) {
      out.push(`${sides.ours} has ${word(c)} where ${sides.theirs} has ${word(next)}${before ? `,${after}` : ''}`);
      i++;
    } else if (c.removed) out.push(`${sides.ours} has ${word(c)}${after}, which ${sides.theirs} does not`);
    else if (c.added) out.push(`${sides.theirs} has ${word(c)}${after}, which ${sides.ours} does not`);
  }
  return out.length > 4 ? [...out.slice(0, 4), `and ${out.length - 4} more difference${out.length === 5 ? '' : 's'}`] : out;
}

function lastWord(change: Change | undefined): string {
  if (change === undefined || change.added || change.removed) return '';
  return change.value.trim().split(' ').at(-1) ?? '';
}
