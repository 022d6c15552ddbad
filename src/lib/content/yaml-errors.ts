/**
 * A frontmatter that does not parse, told as a person would: the line and
 * column in the file, the line itself with a caret, the field it belongs to,
 * and the likely fix (a straight apostrophe inside a single-quoted value, an
 * unquoted ": ", a tab, an indentation slip) instead of the parser's words.
 */
import type { Problem } from './problems.ts';

/** What the `yaml` package's parse errors carry. */
interface YamlError {
  code?: string;
  message: string;
  linePos?: [{ line: number; col: number }, ...{ line: number; col: number }[]];
}

/** A diagnosis of one line: what is wrong, what to do, and which column to point at (1-based). */
interface Diagnosis {
  message: string;
  fix: string;
  col?: number;
}

const KEY_LINE = /^( *)(-\s+)?(?:([A-Za-z0-9_][\w-]*)\s*:(?=\s|$))?/;

/**
 * The problem for a YAML parse error in the frontmatter of `file`.
 * `firstLine` is the file line the frontmatter starts on (2: after the opening `---`).
 */
export function yamlProblem(file: string, yaml: string, error: unknown, firstLine = 2): Problem {
  const e = error as YamlError;
  const lines = yaml.split(/\r?\n/);
  const pos = e.linePos?.[0] ?? { line: 1, col: 1 };
  const reported = Math.min(Math.max(pos.line - 1, 0), lines.length - 1);
  // An unclosed quote is reported where the file ends: point at the line that opens it.
  const index = e.code === 'MISSING_CHAR' ? (unclosedLine(lines, reported) ?? reported) : reported;
  const text = lines[index] ?? '';
  const d = diagnose(text, e.code ?? '', lines[index - 1]);
  const col = d.col ?? (index === reported ? pos.col : 1);
  const show = (i: number) => `${String(i + firstLine).padStart(String(index + firstLine + 1).length)} | ${lines[i]}`;
  const caret = `${' '.repeat(String(index + firstLine + 1).length)} | ${' '.repeat(Math.max(col - 1, 0))}^`;
  // When only the indentation is in doubt, the neighbouring lines show it.
  const around = d.col === undefined && e.code !== 'DUPLICATE_KEY';
  return {
    file,
    field: yamlPathAt(lines, index) || '(frontmatter)',
    message: `line ${index + firstLine}, column ${col}: ${d.message}`,
    value: valueOf(text) || undefined,
    context: [
      ...(around && index > 0 ? [show(index - 1)] : []),
      show(index),
      caret,
      ...(around && index + 1 < lines.length && lines[index + 1] !== '' ? [show(index + 1)] : []),
    ],
    fix: d.fix,
  };
}

/** The nearest line at or above `from` whose quoted value is never closed. */
function unclosedLine(lines: readonly string[], from: number): number | undefined {
  for (let i = from; i >= 0; i--) {
    const v = valueOf(lines[i] ?? '');
    if (/^['"]/.test(v) && innerQuote(v) === undefined && (v.length === 1 || !v.endsWith(v[0] as string))) return i;
  }
  return undefined;
}

/** The value written on a line: what follows `key:` or `- `. */
function valueOf(line: string): string {
  const m = KEY_LINE.exec(line);
  return line.slice(m?.[0].length ?? 0).trim();
}

/** The field path a frontmatter line belongs to (`appearances[0].quote`), read off the indentation above it. */
export function yamlPathAt(lines: readonly string[], index: number): string {
  const segments: string[] = [];
  let limit = Infinity;
  for (let i = index; i >= 0 && limit > 0; i--) {
    const line = lines[i] ?? '';
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    const m = KEY_LINE.exec(line) as RegExpExecArray;
    const indent = (m[1] ?? '').length;
    const keyCol = indent + (m[2]?.length ?? 0);
    if (m[3] !== undefined && keyCol < limit) {
      segments.unshift(`.${m[3]}`);
      limit = keyCol;
    }
    if (m[2] !== undefined && indent < limit) {
      segments.unshift(`[${siblingsBefore(lines, i, indent)}]`);
      limit = indent;
    }
  }
  return segments.join('').replace(/^\./, '');
}

/** How many list items at `indent` come before line `i` in the same list. */
function siblingsBefore(lines: readonly string[], i: number, indent: number): number {
  let n = 0;
  for (let j = i - 1; j >= 0; j--) {
    const line = lines[j] ?? '';
    if (line.trim() === '') continue;
    const at = line.length - line.trimStart().length;
    if (at < indent) break;
    if (at === indent && line.trimStart().startsWith('-')) n++;
  }
  return n;
}

/** The likely mistake on the line the parser stopped at. */
function diagnose(line: string, code: string, above: string | undefined): Diagnosis {
  const key = KEY_LINE.exec(line)?.[3];
  const value = valueOf(line);
  const valueCol = line.length - line.trimStart().length + line.trimStart().indexOf(value) + 1;
  const written = (v: string) => (key === undefined ? v : `${key}: ${v}`);
  if (/^ *\t/.test(line) || code === 'TAB_AS_INDENT') {
    return { message: 'a tab indents this line, and YAML allows only spaces', fix: 'replace the tab with spaces, lined up with the fields around it', col: 1 };
  }
  const inner = innerQuote(value);
  if (inner !== undefined) {
    const body = value.slice(1, value.lastIndexOf(value[0] as string));
    const col = valueCol + inner;
    if (value[0] === "'") {
      const fixed = body.includes('"') ? `'${body.replace(/'/g, "''")}'` : `"${body}"`;
      return {
        message: `the straight apostrophe (') after "${lastWordBefore(value, inner)}" ends the single-quoted value early`,
        fix: `inside single quotes write an apostrophe twice (''), or put the value in double quotes: ${written(fixed)} (and if the article prints ’, copy ’: quotes must match it)`,
        col,
      };
    }
    return {
      message: `the straight double quote (") after "${lastWordBefore(value, inner)}" ends the double-quoted value early`,
      fix: `write \\" for a quote mark inside double quotes, or put the value in single quotes: ${written(`'${body.replace(/'/g, "''")}'`)}`,
      col,
    };
  }
  if (!/^['"]/.test(value) && / #|: /.test(value) && code !== 'DUPLICATE_KEY') {
    const at = value.search(/: | #/);
    return {
      message: `"${value.slice(at, at + 2)}" inside an unquoted value ${value[at] === ':' ? 'starts a new field' : 'starts a comment'}`,
      fix: `put the value in double quotes: ${written(`"${value.replace(/"/g, '\\"')}"`)}`,
      col: valueCol + at,
    };
  }
  if (/^[*&!%@`|>]/.test(value) && code !== 'DUPLICATE_KEY') {
    return { message: `a value starting with ${value[0]} means something else in YAML`, fix: `put the value in double quotes: ${written(`"${value}"`)}`, col: valueCol };
  }
  if (code === 'DUPLICATE_KEY') return { message: `"${key ?? value}" appears twice in the same block`, fix: 'keep one of the two lines (merge what they say)' };
  if (code === 'MISSING_CHAR' && /^['"]/.test(value)) {
    return {
      message: `the ${value[0] === "'" ? 'single' : 'double'} quote that opens this value is never closed`,
      fix: `end the value with the same quote mark: ${written(value + (value[0] as string))}`,
      col: valueCol,
    };
  }
  if (code === 'MISSING_CHAR') return { message: 'a closing quote or bracket is missing', fix: 'close the value with the same quote mark (or bracket) it opens with' };
  return {
    message: 'the indentation or quoting here does not fit the lines above',
    fix: `line this field up with the fields of its block (${indentOf(above)} spaces on the line above), and quote a value that contains ": " or starts with a symbol`,
  };
}

/** The offset in `value` of a quote mark that closes a quoted value before its end (a doubled '' is an escaped apostrophe). */
function innerQuote(value: string): number | undefined {
  const q = value[0];
  if (q !== "'" && q !== '"') return undefined;
  for (let i = 1; i < value.length - 1; i++) {
    if (q === "'" && value[i] === "'" && value[i + 1] === "'") {
      i++;
      continue;
    }
    if (q === '"' && value[i] === '\\') {
      i++;
      continue;
    }
    if (value[i] === q) return i;
  }
  return undefined;
}

function lastWordBefore(value: string, at: number): string {
  return value.slice(1, at).trim().split(/\s+/).at(-1) ?? '';
}

function indentOf(line: string | undefined): number {
  return line === undefined ? 0 : line.length - line.trimStart().length;
}
