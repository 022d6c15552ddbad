/**
 * An article body is parsed once and shown in every edition: the badges and
 * non-article labels follow the edition (words, links, `lang`), the captured
 * text does not change.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { renderArticleBody } from './article-body.ts';
import { resolveBodyLabels } from './body-labels.ts';

const marks = [{ quote: 'Russia is militarily invincible', claimId: 'x', verdict: 'false', href: '/claims/x/', anchorId: 'quote-x' }];
const markdown = 'He said Russia is militarily invincible.\n\n:::not-article{kind="donation-appeal"}\nDear readers.\n:::\n';

describe('renderArticleBody in editions', () => {
  it('draws the English badge and labels, with no lang, in English', async () => {
    const html = await renderArticleBody(markdown, marks, 'content/articles/a.md', { locale: 'en', language: 'en' });
    assert.match(
      html,
      /<a href="\/claims\/x\/" class="claim-badge" data-verdict="false"><span aria-hidden="true">✗<\/span> False<span class="visually-hidden">: claim check<\/span><\/a>/,
    );
    assert.match(html, /aria-label="Not part of the article: donation appeal"/);
    assert.match(html, /<p class="not-article__label">Not part of the article: donation appeal \(kept as captured\)<\/p>/);
    assert.doesNotMatch(html, /\uE000/);
  });

  it('draws the Ukrainian badge, linking in the edition, marked as Ukrainian inside an English text', async () => {
    const html = await renderArticleBody(markdown, marks, 'content/articles/a.md', { locale: 'uk', language: 'en' });
    assert.match(
      html,
      /<a href="\/uk\/claims\/x\/" class="claim-badge" data-verdict="false" lang="uk"><span aria-hidden="true">✗<\/span> Неправда<span class="visually-hidden">: перевірка твердження<\/span><\/a>/,
    );
    assert.match(html, /aria-label="Не частина статті: заклик до пожертв"/);
    assert.match(html, /<p class="not-article__label" lang="uk">Не частина статті: заклик до пожертв \(збережено як є\)<\/p>/);
    assert.match(
      html,
      /He said <mark class="claim-mark" data-verdict="false" data-claim="x" id="quote-x">Russia is militarily invincible<\/mark>/,
    );
    assert.match(html, /<p>Dear readers.<\/p>/);
    assert.doesNotMatch(html, /\uE000/);
  });

  it('leaves out lang where the article is in the edition’s language', async () => {
    const html = await renderArticleBody(markdown, marks, 'content/articles/b.md', { locale: 'ru', language: 'ru' });
    assert.match(
      html,
      /<a href="\/ru\/claims\/x\/" class="claim-badge" data-verdict="false"><span aria-hidden="true">✗<\/span> Неправда<span/,
    );
    assert.doesNotMatch(html, / lang=/);
    assert.match(html, /Не часть статьи: призыв к пожертвованиям/);
  });

  it('numbers a second aside of one kind in every edition', async () => {
    const twice = ':::not-article{kind="aggregator"}\nA\n:::\n\n:::not-article{kind="aggregator"}\nB\n:::\n';
    const html = await renderArticleBody(twice, [], undefined, { locale: 'uk' });
    assert.match(html, /aria-label="Не частина статті: текст, доданий агрегатором, який зберіг сторінку \(2\)"/);
  });

  it('renders one text once for every edition, and again when it changes', async () => {
    const en = await renderArticleBody(markdown, marks, 'content/articles/c.md');
    const uk = await renderArticleBody(markdown, marks, 'content/articles/c.md', { locale: 'uk' });
    assert.notEqual(en, uk);
    const changed = await renderArticleBody(markdown.replace('He said', 'She said'), marks, 'content/articles/c.md', { locale: 'uk' });
    assert.match(changed, /^<p>She said/);
  });

  it('refuses a text with the private-use character the labels use', async () => {
    await assert.rejects(renderArticleBody('Odd \uE000 text.', [], 'content/articles/d.md'), /U\+E000/);
  });
});

describe('resolveBodyLabels', () => {
  it('escapes what it writes and refuses unknown tokens', () => {
    assert.equal(resolveBodyLabels('<a href="\uE000p:/claims/a&b/\uE000">x</a>', 'uk'), '<a href="/uk/claims/a&amp;b/">x</a>');
    assert.throws(() => resolveBodyLabels('\uE000z:what\uE000'), /Unknown label token/);
  });
});
