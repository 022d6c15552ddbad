import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { claimReviewJsonLd } from './claim-review.ts';
import { citationsFor } from './citation.ts';
import { verdictOverview } from '../site/verdict-overview.ts';
import type { Entry } from '../model/entry.ts';
import type { Claim } from '../../schemas/claim.ts';

const claim = (verdict: Claim['verdict'], kind: Claim['kind'] = 'factual') =>
  ({
    id: 'x',
    file: 'content/claims/x.md',
    body: '',
    data: {
      claim: 'The sky is green.',
      verdict,
      kind,
      conclusion: 'It is blue.',
      claimDate: '2024-12',
      published: '2026-11-22',
      appearances: [],
    },
  }) as unknown as Entry<Claim>;
const ctx = {
  url: 'https://e.org/claims/x/',
  siteName: 'Site',
  siteUrl: 'https://e.org/',
  claimantName: 'Jane Doe',
  claimantType: 'Person' as const,
  appearances: [{ url: 'https://news.example/a', headline: 'A', datePublished: '2024-12', publisher: 'News' }],
};

describe('ClaimReview JSON-LD', () => {
  it('carries the verdict as alternateName with a numeric rating for rated claims', () => {
    const ld = claimReviewJsonLd(claim('false'), ctx) as any;
    assert.equal(ld['@type'], 'ClaimReview');
    assert.equal(ld.claimReviewed, 'The sky is green.');
    assert.equal(ld.reviewRating.alternateName, 'False');
    assert.equal(ld.reviewRating.ratingValue, 1);
    assert.equal(ld.itemReviewed.author.name, 'Jane Doe');
    assert.equal(ld.itemReviewed.appearance[0].url, 'https://news.example/a');
    assert.equal(ld.datePublished, '2026-11-22');
    assert.equal(ld.inLanguage, 'en');
  });
  it('speaks the edition’s language: inLanguage, and the claim, verdict and conclusion as translated', () => {
    const ld = claimReviewJsonLd(claim('false'), {
      ...ctx,
      inLanguage: 'uk',
      text: { claim: 'Небо зелене.', verdict: 'Неправда', conclusion: 'Ні.' },
    }) as any;
    assert.equal(ld.inLanguage, 'uk');
    assert.equal(ld.claimReviewed, 'Небо зелене.');
    assert.equal(ld.reviewRating.alternateName, 'Неправда');
    assert.equal(ld.reviewRating.ratingExplanation, 'Ні.');
    assert.equal(ld.reviewRating.ratingValue, 1);
  });
  it('gives no numeric rating to opinions', () => {
    const ld = claimReviewJsonLd(claim('not-rated', 'opinion'), ctx) as any;
    assert.equal(ld.reviewRating.alternateName, 'Not rated');
    assert.equal(ld.reviewRating.ratingValue, undefined);
  });
});

describe('citations', () => {
  it('include the permalink, the verdict and the date in every style', () => {
    const list = citationsFor({
      headline: 'Jane Doe claimed, December 2024: The sky is green.',
      verdict: 'False',
      siteName: 'Site',
      url: 'https://e.org/claims/x/',
      published: '2026-11-22',
    });
    assert.deepEqual(
      list.map((c) => c.style),
      ['Plain', 'APA', 'MLA', 'Chicago'],
    );
    for (const c of list) {
      assert.match(c.text, /https:\/\/e\.org\/claims\/x\//);
      assert.match(c.text, /\(False\)/);
      assert.match(c.text, /2026/);
    }
    assert.match(list[1]!.text, /\(2026, November 22\)/);
  });
});

describe('verdict overview', () => {
  it('counts every verdict on the scale, zeros included, scaled to the largest', () => {
    const bars = verdictOverview(['false', 'false', 'accurate']);
    assert.equal(bars.length, 7);
    assert.deepEqual(
      bars.find((b) => b.verdict === 'false'),
      { verdict: 'false', label: 'False', symbol: '✗', count: 2, fraction: 1, href: '/claims/verdict/false/' },
    );
    assert.equal(bars.find((b) => b.verdict === 'accurate')!.fraction, 0.5);
    assert.equal(bars.find((b) => b.verdict === 'misleading')!.count, 0);
  });
});
