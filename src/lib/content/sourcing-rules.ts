/**
 * Sourcing rules for rated claims: at least two independent origins (a source
 * that relays another is the same origin) with original and archive URLs, or
 * the speaker's own record; a warning when a claim about a state rests only on
 * that state's own sources. Also the summary `check:content` prints.
 */
import type { Claim } from '../../schemas/claim.ts';
import type { Entry } from '../model/entry.ts';
import { isEvidenceVerdict } from '../model/verdicts.ts';
import { originCount, sourceOrigin, soleAffiliatedState } from '../model/sourcing.ts';
import type { Problem } from './problems.ts';

/** Every sourcing problem of one claim (errors, and the state-affiliation warning). */
export function sourcingProblems(c: Entry<Claim>): Problem[] {
  const d = c.data;
  const problems: Problem[] = [];
  if (!isEvidenceVerdict(d.verdict)) return problems;
  const complete = d.sources.filter((s) => s.url && s.archiveUrl);
  const origins = new Set(complete.map(sourceOrigin));
  if (origins.size < 2 && !complete.some((s) => s.ownRecord)) {
    const relays = complete.filter((s) => s.via !== undefined).map((s) => `${s.publisher} relays ${s.via}`);
    problems.push({
      file: c.file,
      field: 'sources',
      message: `verdict "${d.verdict}" needs at least two independent sources (two origins, neither relaying the other) with url and archiveUrl; found ${complete.length} source${complete.length === 1 ? '' : 's'}, ${origins.size} independent origin${origins.size === 1 ? '' : 's'}${relays.length > 0 ? `: ${relays.join(', ')}` : ''}`,
      fix: 'add a source that does not relay the others (another publisher\'s own reporting), or the speaker\'s own published record of the words (ownRecord: true), with publisher, title, date, url and archiveUrl; if none can be found, use verdict `unsupported` with `evidenceGap`',
    });
  }
  const affiliation = soleAffiliation(c);
  if (affiliation !== undefined) problems.push(affiliation);
  d.sources.forEach((s, i) => {
    if (s.url && !s.archiveUrl) {
      problems.push({
        file: c.file,
        field: `sources[${i}].archiveUrl`,
        message: `source "${s.title}" has a url but no archiveUrl`,
        fix: `add an archived copy, e.g. archiveUrl: https://web.archive.org/web/${s.url}`,
      });
    }
  });
  return problems;
}

/**
 * A warning, not an error: a rated claim about a state's conduct whose every
 * source is that state's own (its government or its state media). The
 * evidence may still be right, but a reader should know; the page says so.
 */
function soleAffiliation(c: Entry<Claim>): Problem | undefined {
  const state = soleAffiliatedState(c.data.aboutState, c.data.sources);
  if (state === undefined) return undefined;
  return {
    file: c.file,
    field: 'sources',
    severity: 'warning',
    message: `every source of this claim about ${state} is ${state}'s own (stateAffiliation: ${state})`,
    fix: `add a source not owned or controlled by ${state} (a wire service, an international body, independent media), or keep it and let the page say so`,
  };
}

/** How well rated claims are sourced: what `check:content` prints after a clean run. */
export interface OriginSummary {
  /** Claims with an evidence verdict. */
  rated: number;
  /** The fewest independent origins any rated claim has (0 when none is rated). */
  fewest: number;
  /** Rated claims that rest on the speaker's own record rather than on two origins. */
  onOwnRecord: number;
  /** Sources recorded as relaying another (`via`). */
  relays: number;
}

/** Counts independent origins over every rated claim. */
export function originSummary(claims: readonly Entry<Claim>[]): OriginSummary {
  const rated = claims.filter((c) => isEvidenceVerdict(c.data.verdict));
  const counts = rated.map((c) => originCount(c.data.sources.filter((s) => s.url && s.archiveUrl)));
  return {
    rated: rated.length,
    fewest: counts.length === 0 ? 0 : Math.min(...counts),
    onOwnRecord: rated.filter((c, i) => (counts[i] ?? 0) < 2 && c.data.sources.some((s) => s.ownRecord && s.url)).length,
    relays: claims.reduce((n, c) => n + c.data.sources.filter((s) => s.via !== undefined).length, 0),
  };
}
