/**
 * Which quotes to highlight in an article: one mark per appearance of each
 * claim in that article, with the anchor the claim page links back to.
 */
import type { ClaimMark } from '../plugins/remark-claim-marks.ts';
import type { Claim } from '../schemas/claim.ts';
import type { Entry } from './integrity.ts';
import { VERDICTS } from './verdicts.ts';

/** The anchor id of a claim's `n`-th appearance (0-based) in one article. */
export function quoteAnchor(claimId: string, n = 0): string {
  return n === 0 ? `quote-${claimId}` : `quote-${claimId}-${n + 1}`;
}

/** The marks for the claims quoted in `articleId`. */
export function claimMarksFor(articleId: string, claims: readonly Entry<Claim>[]): ClaimMark[] {
  return claims.flatMap((c) =>
    c.data.appearances
      .filter((a) => a.article.id === articleId)
      .map((a, n) => ({
        quote: a.quote,
        claimId: c.id,
        verdict: c.data.verdict,
        label: VERDICTS[c.data.verdict].label,
        symbol: VERDICTS[c.data.verdict].symbol,
        href: `/claims/${c.id}/`,
        anchorId: quoteAnchor(c.id, n),
      })),
  );
}

/** The link from a claim page to the place of its `n`-th quote in the article. */
export function quoteHref(articleId: string, claimId: string, n = 0): string {
  return `/articles/${articleId}/#${quoteAnchor(claimId, n)}`;
}
