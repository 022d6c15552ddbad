/**
 * Problems found in content, written for the maintainer who has to fix them:
 * the file, the field, what is wrong and what to do.
 */
import { AstroError } from 'astro/errors';

/** One problem in one file. */
export interface Problem {
  /** Path of the file, relative to the project root: `content/claims/foo.md`. */
  file: string;
  /** The field, as a path: `appearances[0].quote`. Empty for the whole file. */
  field: string;
  /** What is wrong. Names the value given when it is short (`unknown people id "jane-do"`). */
  message: string;
  /** The value the file gives, as written: printed as `given:` unless the message or the context already shows it. */
  value?: string | undefined;
  /** Lines that show the mistake: the YAML line with a caret, the nearest passage of an article. */
  context?: readonly string[] | undefined;
  /** What to do about it. */
  fix?: string | undefined;
  /** `warning`: reported, but the build goes on. Absent: an error that stops the build. */
  severity?: 'warning' | undefined;
}

/** Splits problems into errors (which stop the build) and warnings (which are only reported). */
export function partitionProblems(problems: readonly Problem[]): { errors: Problem[]; warnings: Problem[] } {
  return { errors: problems.filter((p) => p.severity !== 'warning'), warnings: problems.filter((p) => p.severity === 'warning') };
}

/** Turns a Zod issue path into a field path: `["appearances", 0, "quote"]` → `appearances[0].quote`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`))
    .join('');
}

/** Formats problems grouped by file, for the terminal. */
export function formatProblems(problems: readonly Problem[]): string {
  const byFile = new Map<string, Problem[]>();
  for (const p of problems) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);
  const warnings = problems.filter((p) => p.severity === 'warning').length;
  const errors = problems.length - warnings;
  const head = errors > 0 ? `Content check failed: ${errors} problem${errors === 1 ? '' : 's'}` : `Content warnings: ${warnings}`;
  const lines = [`${head} in ${byFile.size} file${byFile.size === 1 ? '' : 's'}.`];
  for (const [file, list] of byFile) {
    lines.push('', file);
    for (const p of list) lines.push(...formatProblem(p));
  }
  return lines.join('\n');
}

/** One problem as terminal lines: the field and message, the value given, the context, the fix. */
export function formatProblem(p: Problem): string[] {
  const lines = [`  ${p.severity === 'warning' ? 'warning: ' : ''}${p.field || '(file)'}: ${p.message}`];
  const shown = [p.message, ...(p.context ?? [])].some((text) => p.value !== undefined && text.includes(p.value));
  if (p.value !== undefined && !shown) lines.push(`    given: ${p.value}`);
  for (const line of p.context ?? []) lines.push(`    ${line}`);
  if (p.fix) lines.push(`    fix: ${p.fix}`);
  return lines;
}

/** The overlay's hint: the fix itself when there is one problem, else where to look. */
function contentHint(problems: readonly Problem[], files: number): string {
  const then = 'then run npm run check:content to see every problem in about a second.';
  const [only] = problems;
  if (problems.length === 1 && only?.fix) return `In ${only.file}, ${only.field || 'the file'}: ${only.fix}; ${then}`;
  return `Fix ${problems.length === 1 ? 'it' : 'them'} in ${files === 1 ? 'that file' : `those ${files} files`} (each problem says how), ${then}`;
}

/**
 * The error the build throws when content breaks a rule: an `AstroError`, so
 * `astro dev` shows it in its overlay with the fixes as the hint, and
 * `astro build` prints every problem and stops before anything is written.
 */
export class ContentError extends AstroError {
  /** The problems, for tests and tools. */
  readonly problems: readonly Problem[];
  constructor(problems: readonly Problem[]) {
    const files = new Set(problems.map((p) => p.file)).size;
    super(formatProblems(problems), contentHint(problems, files));
    this.name = 'ContentError';
    this.problems = problems;
  }
}
