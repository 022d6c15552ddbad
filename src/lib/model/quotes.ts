/**
 * Finding a quote in an article's text. Quotes must be verbatim; only
 * whitespace may differ (captured text has odd spacing and line breaks).
 */

/** Collapses every run of whitespace to one space and trims. */
export function normalizeWhitespace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/** A normalised text with, for each of its characters, the index it came from in the raw text. */
export interface NormalizedText {
  /** The text with whitespace runs collapsed to one space. */
  text: string;
  /** `map[i]` is the raw index of normalised character `i`. */
  map: number[];
}

/** Normalises whitespace and remembers where every character came from. */
export function normalizeWithMap(raw: string): NormalizedText {
  let text = '';
  const map: number[] = [];
  let pendingSpace = -1;
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i] as string;
    if (/\s/u.test(ch)) {
      if (text.length > 0 && pendingSpace < 0) pendingSpace = i;
      continue;
    }
    if (pendingSpace >= 0) {
      text += ' ';
      map.push(pendingSpace);
      pendingSpace = -1;
    }
    text += ch;
    map.push(i);
  }
  return { text, map };
}

/** A quote's place in raw text: `[start, end)`. */
export interface QuoteRange {
  /** Raw index of the first character. */
  start: number;
  /** Raw index after the last character. */
  end: number;
}

/** Finds `quote` in `raw` (whitespace-insensitive) and returns its raw range, or undefined. */
export function findQuote(raw: string, quote: string, from = 0): QuoteRange | undefined {
  const hay = normalizeWithMap(raw);
  const needle = normalizeWhitespace(quote);
  if (needle.length === 0) return undefined;
  const fromNorm = hay.map.findIndex((rawIndex) => rawIndex >= from);
  if (fromNorm < 0) return undefined;
  const at = hay.text.indexOf(needle, fromNorm);
  if (at < 0) return undefined;
  const start = hay.map[at] as number;
  const end = (hay.map[at + needle.length - 1] as number) + 1;
  return { start, end };
}
