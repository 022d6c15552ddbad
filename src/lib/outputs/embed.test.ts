/** The embed snippet and the oEmbed description of a claim's card. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { loadContent } from '../content/loader.ts';
import { indexSite } from '../site/site-index.ts';
import { claimView } from '../site/claim-view.ts';
import { embedSnippet, oembedFor, EMBED_WIDTH } from './embed.ts';

describe('embeddable claim card', () => {
  const site = indexSite(loadContent('test/fixtures/valid').snapshot);
  const view = claimView(site.claim.get('sky-is-green')!, site, 'https://e.org/');
  it('is an iframe of the embed page, titled with the claim framed as a claim', () => {
    const html = embedSnippet(view);
    assert.match(
      html,
      /^<iframe src="https:\/\/e\.org\/embed\/claims\/sky-is-green\/" title="Fact check by [^"]+: Jane Doe claimed in Example News, 3 December 2024: The sky is green\."/,
    );
    assert.match(html, new RegExp(`width="${EMBED_WIDTH}" height="\\d+"`));
    assert.doesNotMatch(html, /<script/);
  });
  it('is described by oEmbed 1.0 as a rich embed with that iframe and the Open Graph image', () => {
    const o = oembedFor(view, { siteName: 'Site', siteUrl: 'https://e.org/' });
    assert.equal(o.version, '1.0');
    assert.equal(o.type, 'rich');
    assert.equal(o.html, embedSnippet(view));
    assert.equal(o.provider_url, 'https://e.org/');
    assert.equal(o.thumbnail_url, 'https://e.org/og/claims/sky-is-green.png');
    assert.match(o.title, /^False — Jane Doe/);
  });
});
