/**
 * A claim's view frames the claim as a claim: who claimed it, where and when
 * come before the claim, and the title leads with the verdict.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { loadContent } from '../content/loader.ts';
import { indexSite } from './site-index.ts';
import { attributionLine, claimView } from './claim-view.ts';

describe('claim view', () => {
  const site = indexSite(loadContent('test/fixtures/valid').snapshot);
  const view = claimView(site.claim.get('sky-is-green')!, site, 'https://e.org/');
  it('says who claimed it, where and when, before the claim', () => {
    assert.equal(view.attribution, 'Jane Doe claimed in Example News, 3 December 2024');
    assert.equal(view.headline, 'Jane Doe claimed in Example News, 3 December 2024: The sky is green.');
    assert.equal(view.title, 'False — Jane Doe claimed in Example News, 3 December 2024: The sky is green.');
  });
  it('gives the embed card and its oEmbed description absolute URLs', () => {
    assert.equal(view.embedUrl, 'https://e.org/embed/claims/sky-is-green/');
    assert.equal(view.oembedUrl, 'https://e.org/oembed/claims/sky-is-green.json');
  });
  it('words the attribution by kind, with the outlet as its own "where"', () => {
    assert.equal(attributionLine({ outlet: 'RT', kind: 'factual', date: '2025-01' }), 'RT claimed, January 2025');
    assert.equal(
      attributionLine({ person: 'K. Kosachev', outlet: 'Sputnik', kind: 'prediction', date: '2024-11-14' }),
      'K. Kosachev predicted in Sputnik, 14 November 2024',
    );
    assert.equal(
      attributionLine({ person: 'A. Expert', appearedIn: 'The Post', kind: 'opinion', date: '2024' }),
      'A. Expert said in The Post, 2024',
    );
  });
});
