/**
 * Counting what the sources of a claim really are: independent origins (a
 * source that relays another is the same origin), and whether a claim about a
 * state rests only on that state's own publications. The build's rules and the
 * claim page both use these, so what a reader is told is what was checked.
 */
import type { Source } from '../../schemas/source.ts';

/** The independent origin a source stands for: what it relays, else its own publisher (lower case, trimmed). */
export function sourceOrigin(s: Pick<Source, 'publisher' | 'via'>): string {
  return (s.via ?? s.publisher).trim().toLowerCase();
}

/** How many independent origins a list of sources has. */
export function originCount(sources: readonly Pick<Source, 'publisher' | 'via'>[]): number {
  return new Set(sources.map(sourceOrigin)).size;
}

/** The state a claim is about when every one of its sources is that state's own (else undefined). */
export function soleAffiliatedState(
  aboutState: string | undefined,
  sources: readonly Pick<Source, 'stateAffiliation'>[],
): string | undefined {
  if (aboutState === undefined || sources.length === 0) return undefined;
  const state = aboutState.toLowerCase();
  return sources.every((s) => s.stateAffiliation?.toLowerCase() === state) ? aboutState : undefined;
}
