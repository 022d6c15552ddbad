/**
 * "Did you mean …?": the known names closest to a misspelled one, by edit
 * distance (fastest-levenshtein). Used for unknown ids, unknown fields,
 * values outside a list and renamed pages.
 */
import { distance } from 'fastest-levenshtein';

/** How many edits still look like a slip of the keyboard rather than another name. */
function slipLimit(name: string): number {
  return Math.max(2, Math.round(name.length * 0.3));
}

/** Every candidate ranked by spelling distance to `name`, nearest first (ties alphabetically). */
export function rankBySpelling(name: string, candidates: Iterable<string>): { name: string; distance: number }[] {
  return [...new Set(candidates)]
    .map((c) => ({ name: c, distance: distance(name, c) }))
    .sort((a, b) => a.distance - b.distance || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/**
 * The candidates close enough to `name` to be what was meant, nearest first:
 * at most `max`, all at the smallest distance found first. Empty when none is close.
 */
export function closeMatches(name: string, candidates: Iterable<string>, max = 3): string[] {
  const ranked = rankBySpelling(name, candidates).filter((c) => c.distance > 0 && c.distance <= slipLimit(name));
  const best = ranked[0]?.distance;
  // A clear winner is the answer; only near-ties are worth showing beside it.
  return ranked.filter((c) => best !== undefined && c.distance <= best + 1).slice(0, max).map((c) => c.name);
}

/** `"a"`, `"a" or "b"`, `"a", "b" or "c"`. */
export function orList(names: readonly string[]): string {
  const quoted = names.map((n) => `"${n}"`);
  return quoted.length <= 1 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`;
}
