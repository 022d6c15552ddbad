/**
 * The capture rule: every article is made from a capture file kept in the
 * repository (`content/captures/<seed>`, byte for byte as captured). The
 * file must be there, its SHA-256 must be the one the article records, and
 * every line of it must be in the article (its title and body, marked
 * non-article text included), whitespace aside. Never skipped: an article
 * without its capture fails.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../../schemas/article.ts';
import type { Entry } from '../model/entry.ts';
import { normalizeWhitespace } from '../model/quotes.ts';
import { nearestPassage } from './nearest-passage.ts';
import type { Problem } from './problems.ts';

/** The folder of capture files, inside the content directory. */
export const CAPTURES_FOLDER = 'captures';

/** The capture files: how to read one by name, and where they are (for messages). */
export interface Captures {
  /** The file's bytes, or undefined when there is no such file. */
  read: (name: string) => Uint8Array | undefined;
  /** The folder as the maintainer sees it, e.g. `content/captures`. */
  dir: string;
}

/** Reads capture files from a folder on disk; `shownAs` is how messages name the folder. */
export function capturesIn(dir: string, shownAs = dir): Captures {
  return { read: (name) => (existsSync(join(dir, name)) ? readFileSync(join(dir, name)) : undefined), dir: shownAs };
}

/** The SHA-256 of some bytes, in lower-case hex: what an article records as `captureSha256`. */
export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * The capture problems of one article; `text` is its title and body text, whitespace-normalised.
 * At most one: a missing file, else a changed file, else the lines not in the article.
 */
export function captureProblems(article: Entry<Article>, text: string, captures: Captures): Problem[] {
  const { seed, captureSha256: recorded } = article.data;
  const path = `${captures.dir}/${seed}`;
  const bytes = captures.read(seed);
  if (bytes === undefined) {
    return [
      {
        file: article.file,
        field: 'seed',
        value: seed,
        message: `the capture file ${path} is missing`,
        fix: `copy the capture byte for byte to ${path} (for a new article, npm run new -- article <outlet> <slug> <capture file> does it); if the name is wrong, write the name of the file in ${captures.dir}/`,
      },
    ];
  }
  const actual = sha256(bytes);
  if (actual !== recorded) {
    return [
      {
        file: article.file,
        field: 'captureSha256',
        value: recorded,
        message: `${path} has SHA-256 ${actual}, not the ${recorded} recorded here`,
        fix: `captures are never edited: restore the file (git checkout -- ${path}); only if this article is really made from a new capture, write captureSha256: ${actual}`,
      },
    ];
  }
  const missing = missingLines(new TextDecoder().decode(bytes), text);
  if (missing.length === 0) return [];
  return [
    {
      file: article.file,
      field: '(body)',
      message: `${missing.length} line${missing.length === 1 ? '' : 's'} of ${path} ${missing.length === 1 ? 'is' : 'are'} not in the article as captured`,
      context: missing.slice(0, 3).flatMap(({ n, line }) => describeLine(n, line, text)),
      fix: 'paste the capture exactly as captured (only whitespace may differ): never fix its spelling or punctuation (record that as notes); put text that is not the article in :::not-article',
    },
  ];
}

/** A capture's text with whitespace normalised, or undefined when the file is missing. */
export function captureText(article: Entry<Article>, captures: Captures): string | undefined {
  const bytes = captures.read(article.data.seed);
  return bytes === undefined ? undefined : normalizeWhitespace(new TextDecoder().decode(bytes));
}

/** The capture's non-empty lines (1-based numbers) that the article's text does not contain. */
function missingLines(capture: string, text: string): { n: number; line: string }[] {
  return capture
    .split('\n')
    .map((raw, i) => ({ n: i + 1, line: normalizeWhitespace(raw) }))
    .filter(({ line }) => line.length > 0 && !text.includes(line));
}

/** A missing line, narrowed to its first sentence that is missing, with the article's nearest passage. */
function describeLine(n: number, line: string, text: string): string[] {
  const sentence = line.split(/(?<=[.!?])\s+/).find((s) => !text.includes(s)) ?? line;
  const near = nearestPassage(text, sentence, { ours: 'the article', theirs: 'the capture' });
  const short = (s: string) => (s.length > 160 ? `${s.slice(0, 157)}…` : s);
  return [
    `capture line ${n}: "${short(sentence)}"`,
    near ? `  nearest in the article: "${short(near.passage)}"` : '  nothing in the article is close to it',
    ...(near?.differences ?? []).map((d) => `  difference: ${d}`),
  ];
}
