/**
 * The Markdown plugins, tested by rendering real Markdown through the real
 * pipeline: each folder in test/fixtures/markdown/ holds input.md, marks.json
 * (claim quotes to highlight) and the expected output.html.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderArticleBody } from '../lib/render/article-body.ts';

const FIXTURES = 'test/fixtures/markdown';

describe('Markdown pipeline fixtures', () => {
  for (const name of readdirSync(FIXTURES)) {
    it(`renders ${name}`, async () => {
      const dir = join(FIXTURES, name);
      const input = readFileSync(join(dir, 'input.md'), 'utf8');
      const marks = JSON.parse(readFileSync(join(dir, 'marks.json'), 'utf8'));
      const expected = readFileSync(join(dir, 'output.html'), 'utf8').trim();
      assert.equal((await renderArticleBody(input, marks)).trim(), expected);
    });
  }
});

describe('Markdown pipeline errors', () => {
  it('fails on a misspelled directive, naming it and the fix', async () => {
    const input = readFileSync('test/fixtures/markdown-errors/misspelled-directive.md', 'utf8');
    await assert.rejects(renderArticleBody(input, [], 'x.md'), /Unknown directive ":::not-articel".*not-article/);
  });
  it('fails on an unknown not-article kind, listing the allowed kinds', async () => {
    const input = readFileSync('test/fixtures/markdown-errors/unknown-kind.md', 'utf8');
    await assert.rejects(renderArticleBody(input), /kind="…", one of: donation-appeal, aggregator.*found "advert"/);
  });
  it('fails when a claim quote is not in the article, naming the claim', async () => {
    const marks = [
      {
        quote: 'not in the text',
        claimId: 'ghost',
        verdict: 'false',
        label: 'False',
        symbol: '✗',
        href: '/claims/ghost/',
        anchorId: 'quote-ghost',
      },
    ];
    await assert.rejects(renderArticleBody('Some other text.', marks), /Claim "ghost": quote not found/);
  });
  it('marks two quotes in one paragraph without matching inside an earlier badge', async () => {
    const mk = (quote: string, claimId: string) => ({
      quote,
      claimId,
      verdict: 'accurate',
      label: 'Accurate',
      symbol: '✓',
      href: `/claims/${claimId}/`,
      anchorId: `quote-${claimId}`,
    });
    const html = await renderArticleBody('Alpha beta gamma delta.', [mk('Alpha beta', 'a'), mk('gamma delta', 'b')]);
    assert.match(html, /id="quote-a">Alpha beta<\/mark>/);
    assert.match(html, /id="quote-b">gamma delta<\/mark>/);
    assert.equal((html.match(/class="claim-badge"/g) ?? []).length, 2);
  });
});

describe('rehype-nest-headings', () => {
  it("puts a claim analysis's headings one level below the page's sections, and leaves other bodies alone", async () => {
    assert.match(
      await renderArticleBody('## What was said\n\n### Detail', [], 'content/claims/x.md'),
      /^<h3 id="what-was-said"><a href="#what-was-said">What was said<\/a><\/h3>\n<h4 id="detail">/,
    );
    assert.match(await renderArticleBody('## Background', [], 'content/outlets/x.md'), /^<h2 id="background">/);
  });
});
