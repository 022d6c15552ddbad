/**
 * Counts per verdict for the home page picture, in scale order, with bar
 * widths and each verdict's list page: a pure function so the picture is
 * tested without a browser.
 */
import { VERDICT_IDS, type VerdictId } from '../model/verdicts.ts';
import { verdictIn } from '../i18n/names.ts';
import { DEFAULT_LOCALE, paths, type Locale } from '../urls.ts';

/** One bar of the overview. */
export interface OverviewBar {
  /** The verdict. */
  verdict: VerdictId;
  /** Its label, in the edition's language. */
  label: string;
  /** Its symbol. */
  symbol: string;
  /** How many claims have it. */
  count: number;
  /** Bar width as a fraction of the largest count (0–1). */
  fraction: number;
  /** The verdict's list of claims in the edition (every verdict has one, even with no claim yet). */
  href: string;
}

/** Bars for every verdict on the scale, including zeros (so readers see the whole scale), in an edition. */
export function verdictOverview(verdicts: readonly VerdictId[], locale: Locale = DEFAULT_LOCALE): OverviewBar[] {
  const counts = new Map<VerdictId, number>();
  for (const v of verdicts) counts.set(v, (counts.get(v) ?? 0) + 1);
  const max = Math.max(1, ...counts.values());
  return VERDICT_IDS.map((v) => ({
    verdict: v,
    label: verdictIn(v, locale).label,
    symbol: verdictIn(v, locale).symbol,
    count: counts.get(v) ?? 0,
    fraction: (counts.get(v) ?? 0) / max,
    href: paths.claimsBy('verdict', v, 1, locale),
  }));
}
