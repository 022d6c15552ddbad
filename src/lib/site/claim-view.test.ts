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
  it('renders an edition: translated claim, conclusion and quotes, the edition’s verdict label, words and URLs', () => {
    const entry = site.claim.get('sky-is-green')!;
    const translation = (current: boolean) => ({
      translation: {
        id: entry.id,
        locale: 'uk' as const,
        file: 'x.md',
        body: 'Аналіз.',
        data: {
          source: { hash: '000000000000' },
          translated: '2026-12-01',
          claim: 'Небо зелене.',
          conclusion: 'Ні.',
          quotes: ['Наш переклад цитати'],
        },
      },
      current,
    });
    const withTranslation = (current: boolean) =>
      ({ ...site, translations: { ...site.translations, claim: () => translation(current) } }) as never;
    const uk = claimView(entry, withTranslation(true), 'https://e.org/', 'uk');
    assert.equal(uk.claim, 'Небо зелене.');
    assert.equal(uk.conclusion, 'Ні.');
    assert.equal(uk.verdict.label, 'Неправда');
    assert.equal(uk.path, '/uk/claims/sky-is-green/');
    assert.equal(uk.imagePath, '/og/uk/claims/sky-is-green.png');
    assert.match(uk.headline, /^Jane Doe стверджує у Example News, 3 грудня 2024 р\.: Небо зелене\.$/);
    assert.equal(uk.appearances[0]?.translatedQuote, 'Наш переклад цитати');
    assert.equal(uk.appearances[0]?.quote, view.appearances[0]?.quote, 'the quote itself stays verbatim');
    assert.deepEqual(uk.translation && { current: uk.translation.current, englishPath: uk.translation.englishPath }, {
      current: true,
      englishPath: '/claims/sky-is-green/',
    });
    // A stale translation: the English, unless the output says it is stale beside it.
    const stale = claimView(entry, withTranslation(false), 'https://e.org/', 'uk');
    assert.equal(stale.claim, 'The sky is green.');
    assert.equal(stale.translation, undefined);
    assert.equal(stale.imagePath, '/og/claims/sky-is-green.png', 'an edition without a current translation previews with the English card');
    assert.equal(stale.verdict.label, 'Неправда', 'interface words stay in the edition');
    const shown = claimView(entry, withTranslation(false), 'https://e.org/', 'uk', { staleTranslation: true });
    assert.equal(shown.claim, 'Небо зелене.');
    assert.equal(shown.translation?.current, false);
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
