/**
 * Which quotes to highlight in an article: one mark per appearance of each
 * claim in that article, with the anchor the claim page links back to.
 */
import type { ClaimMark } from '../../plugins/remark-claim-marks.ts';
import type { Claim } from '../../schemas/claim.ts';
import type { Entry } from '../model/entry.ts';
import { paths, quoteAnchor } from '../urls.ts';

/** The marks for the claims quoted in `articleId`. */
export function claimMarksFor(articleId: string, claims: readonly Entry<Claim>[]): ClaimMark[] {
  return claims.flatMap((c) =>
    c.data.appearances
      .filter((a) => a.article.id === articleId)
      .map((a, n) => ({ quote: a.quote, claimId: c.id, verdict: c.data.verdict, href: paths.claim(c.id), anchorId: quoteAnchor(c.id, n) })),
  );
}
