/**
 * schema.org ClaimReview for a claim page, the structured data fact-check
 * aggregators read. Opinions and predictions get no reviewRating: they are
 * not rated.
 */
import type { Claim } from '../../schemas/claim.ts';
import type { Entry } from '../model/entry.ts';
import { VERDICTS } from '../model/verdicts.ts';
import type { ClaimView } from '../site/claim-view.ts';
import { absolute, paths } from '../urls.ts';

/** Names and URLs the JSON-LD needs besides the claim. */
export interface ClaimReviewContext {
  /** Absolute URL of the claim page. */
  url: string;
  /** The site's own name (the reviewing organisation). */
  siteName: string;
  /** The site's root URL. */
  siteUrl: string;
  /** The claimant's name. */
  claimantName: string;
  /** `Person` or `Organization`. */
  claimantType: 'Person' | 'Organization';
  /** The edition's language (`inLanguage`). */
  inLanguage?: string;
  /** The claim, the verdict label and the conclusion as the edition words them. */
  text?: { claim: string; verdict: string; conclusion: string };
  /** Absolute URLs of the articles the claim appears in, with their publication dates. */
  appearances: { url: string; headline: string; datePublished: string; publisher: string }[];
}

/** Builds the ClaimReview object. */
export function claimReviewJsonLd(claim: Entry<Claim>, ctx: ClaimReviewContext): Record<string, unknown> {
  const v = VERDICTS[claim.data.verdict];
  const rated = v.ratingValue > 0;
  const text = ctx.text ?? { claim: claim.data.claim, verdict: v.label, conclusion: claim.data.conclusion };
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: ctx.url,
    inLanguage: ctx.inLanguage ?? 'en',
    claimReviewed: text.claim,
    datePublished: claim.data.published,
    ...(claim.data.updated ? { dateModified: claim.data.updated } : {}),
    author: { '@type': 'Organization', name: ctx.siteName, url: ctx.siteUrl },
    reviewRating: {
      '@type': 'Rating',
      alternateName: text.verdict,
      ...(rated ? { ratingValue: v.ratingValue, bestRating: 5, worstRating: 1 } : {}),
      ratingExplanation: text.conclusion,
    },
    itemReviewed: {
      '@type': 'Claim',
      author: { '@type': ctx.claimantType, name: ctx.claimantName },
      datePublished: claim.data.claimDate,
      appearance: ctx.appearances.map((a) => ({
        '@type': 'CreativeWork',
        url: a.url,
        headline: a.headline,
        datePublished: a.datePublished,
        publisher: { '@type': 'Organization', name: a.publisher },
      })),
    },
  };
}

/** The ClaimReview of a claim's derived view: names, permalink and appearances come from `claimView`. */
export function claimReviewFor(view: ClaimView, site: { siteName: string; siteUrl: URL | string }): Record<string, unknown> {
  return claimReviewJsonLd(view.entry, {
    url: view.permalink,
    inLanguage: view.locale,
    text: { claim: view.claim, verdict: view.verdict.label, conclusion: view.conclusion },
    siteName: site.siteName,
    siteUrl: absolute(paths.home(view.locale), site.siteUrl),
    claimantName: view.claimantName,
    claimantType: view.claimantType,
    appearances: view.appearances.map((a) => ({
      url: a.article.data.url ?? absolute(paths.article(a.article.id, view.locale), site.siteUrl),
      headline: a.article.data.title,
      datePublished: a.article.data.published.date,
      publisher: a.outlet?.data.name ?? '',
    })),
  });
}
