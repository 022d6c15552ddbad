/**
 * Corrections that show: a published verdict changes only with a dated
 * correction that names the verdict it replaces, and a published correction
 * is never deleted. Compares the claims against `published/verdicts.json`,
 * the committed record of what readers have seen. Pure.
 */
import { z } from 'astro/zod';
import type { Claim } from '../../schemas/claim.ts';
import type { Entry } from '../model/entry.ts';
import type { Problem } from '../content/problems.ts';
import { VERDICT_IDS, type VerdictId } from '../model/verdicts.ts';

/** The committed record of published verdicts. */
export const VERDICTS_FILE = 'published/verdicts.json';

/** What readers have seen of one claim. */
export interface PublishedClaim {
  /** The verdict as published. */
  verdict: VerdictId;
  /** The dates of the corrections published so far, in the claim's order. */
  corrections: string[];
}

/** Claim id → what was published. */
export type PublishedVerdicts = Record<string, PublishedClaim>;

const PublishedVerdictsSchema = z.record(z.string(), z.object({ verdict: z.enum(VERDICT_IDS), corrections: z.array(z.string()) }).strict());

/** Reads the parsed JSON of `published/verdicts.json`; a malformed file is a problem, not a crash. */
export function parsePublishedVerdicts(json: unknown): { verdicts: PublishedVerdicts; problems: Problem[] } {
  const result = PublishedVerdictsSchema.safeParse(json);
  if (result.success) return { verdicts: result.data, problems: [] };
  const problems = result.error.issues.map((issue) => ({
    file: VERDICTS_FILE,
    field: issue.path.join('.'),
    message: issue.message,
    fix: 'restore the file from git (git checkout main -- published/verdicts.json); it is written by `npm run publish:lists`, never by hand',
  }));
  return { verdicts: {}, problems };
}

/** The record of a claim as it stands now. */
export function recordOf(claim: Claim): PublishedClaim {
  return { verdict: claim.verdict, corrections: claim.corrections.map((c) => c.date) };
}

/** The record after publishing the current claims: every current claim as it is, earlier records kept. */
export function nextVerdicts(published: PublishedVerdicts, claims: readonly Entry<Claim>[]): PublishedVerdicts {
  const next: PublishedVerdicts = { ...published };
  for (const c of claims) next[c.id] = recordOf(c.data);
  return Object.fromEntries(Object.entries(next).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Writes the record one claim per line, so a pull request's diff shows each verdict that changed. */
export function formatVerdicts(verdicts: PublishedVerdicts): string {
  const record = (r: PublishedClaim) =>
    `{ "verdict": ${JSON.stringify(r.verdict)}, "corrections": [${r.corrections.map((d) => JSON.stringify(d)).join(', ')}] }`;
  const lines = Object.entries(verdicts).map(([id, r]) => `  ${JSON.stringify(id)}: ${record(r)}`);
  return lines.length === 0 ? '{}\n' : `{\n${lines.join(',\n')}\n}\n`;
}

/**
 * Every claim whose verdict changed without a correction saying so, whose
 * published corrections were deleted, or whose latest verdict correction
 * contradicts the current verdict. `renamed` maps a new claim id to its old
 * one, so a rename does not hide a verdict change.
 */
export function verdictProblems(
  published: PublishedVerdicts,
  claims: readonly Entry<Claim>[],
  renamed: ReadonlyMap<string, string> = new Map(),
): Problem[] {
  const problems: Problem[] = [];
  for (const c of claims) {
    problems.push(...staleCorrection(c));
    const oldId = renamed.get(c.id);
    const before = published[c.id] ?? (oldId === undefined ? undefined : published[oldId]);
    if (before) problems.push(...changesSince(before, c));
  }
  return problems;
}

/** Claims that are not in the record yet (new since the last `npm run publish:lists`). */
export function unrecordedClaims(published: PublishedVerdicts, claims: readonly Entry<Claim>[]): string[] {
  return claims.filter((c) => !Object.hasOwn(published, c.id)).map((c) => c.id);
}

/** The newest correction that changed the verdict must not name the verdict the claim still has. */
function staleCorrection(c: Entry<Claim>): Problem[] {
  const list = c.data.corrections.map((corr, i) => ({ corr, i })).filter(({ corr }) => corr.previousVerdict !== undefined);
  const latest = list.sort((a, b) => (a.corr.date < b.corr.date ? -1 : a.corr.date > b.corr.date ? 1 : a.i - b.i)).at(-1);
  if (!latest || latest.corr.previousVerdict !== c.data.verdict) return [];
  return [
    {
      file: c.file,
      field: `corrections[${latest.i}].previousVerdict`,
      message: `this correction says the verdict changed from "${c.data.verdict}", but the verdict is still "${c.data.verdict}"`,
      fix: 'set `verdict` to the new verdict; or, if only a fact changed, remove `previousVerdict` from the correction',
    },
  ];
}

/** Compares a claim with its published record. */
function changesSince(before: PublishedClaim, c: Entry<Claim>): Problem[] {
  const problems: Problem[] = [];
  const { added, missing } = diffDates(
    before.corrections,
    c.data.corrections.map((x) => x.date),
  );
  for (const date of missing) {
    problems.push({
      file: c.file,
      field: 'corrections',
      message: `the published correction dated ${date} is gone; corrections are never deleted`,
      fix: `restore it (git log -p ${c.file} shows the text); to amend a correction, add a new one`,
    });
  }
  if (c.data.verdict !== before.verdict) problems.push(...verdictChange(before, c, added));
  return problems;
}

/** A changed verdict needs a new correction with `previousVerdict` set to the published verdict, dated after the last published one. */
function verdictChange(before: PublishedClaim, c: Entry<Claim>, added: readonly number[]): Problem[] {
  const was = before.verdict;
  const now = c.data.verdict;
  const fresh = added.map((i) => ({ i, corr: c.data.corrections[i]! }));
  const match = fresh.find(({ corr }) => corr.previousVerdict === was);
  if (match) {
    const last = [...before.corrections].sort().at(-1);
    if (last === undefined || match.corr.date >= last) return [];
    return [
      {
        file: c.file,
        field: `corrections[${match.i}].date`,
        message: `the correction is dated ${match.corr.date}, before the last published correction (${last})`,
        fix: 'date it the day it is published',
      },
    ];
  }
  const unmarked = fresh.find(({ corr }) => corr.previousVerdict === undefined);
  const wrong = fresh.find(({ corr }) => corr.previousVerdict !== undefined);
  if (unmarked || wrong) {
    const { i, corr } = (unmarked ?? wrong)!;
    return [
      {
        file: c.file,
        field: `corrections[${i}].previousVerdict`,
        message: `the verdict changed from "${was}" (published) to "${now}", but this correction ${corr.previousVerdict ? `names "${corr.previousVerdict}" as the previous verdict` : 'does not say so'}`,
        fix: `set previousVerdict: ${was}`,
      },
    ];
  }
  return [
    {
      file: c.file,
      field: 'verdict',
      message: `the verdict changed from "${was}" (published) to "${now}" without a correction`,
      fix: `add a dated correction that says what changed and why, with previousVerdict: ${was} (npm run new -- correction ${c.id}); or restore verdict: ${was}`,
    },
  ];
}

/** Which current correction dates are new (their indexes) and which published ones are gone, counting repeats. */
function diffDates(published: readonly string[], current: readonly string[]): { added: number[]; missing: string[] } {
  const left = new Map<string, number>();
  for (const d of published) left.set(d, (left.get(d) ?? 0) + 1);
  const added: number[] = [];
  current.forEach((d, i) => {
    const n = left.get(d) ?? 0;
    if (n > 0) left.set(d, n - 1);
    else added.push(i);
  });
  const missing = [...left].flatMap(([d, n]) => Array<string>(n).fill(d));
  return { added, missing };
}
