/**
 * remark-no-raw-html, through the real pipeline (src/lib/render/article-body.ts, the same
 * plugin list Astro's processor uses): raw HTML in a body fails with the file,
 * line and column; escaped angle brackets and autolinks still render.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { renderArticleBody } from '../lib/render/article-body.ts';

const fixture = (name: string) => readFileSync(`test/fixtures/markdown-errors/${name}`, 'utf8');

describe('remark-no-raw-html', () => {
  it('rejects an inline tag, with its position and the fix', async () => {
    await assert.rejects(renderArticleBody(fixture('raw-html-inline.md'), [], 'content/claims/x.md'), (error: Error) => {
      assert.match(
        String(error),
        /^content\/claims\/x\.md:3:10-3:34: Raw HTML is not allowed in content: found `<span style="color:red">`/,
      );
      assert.match(error.message, /escape it as "\\<"/);
      return true;
    });
  });

  it('rejects a script block', async () => {
    await assert.rejects(
      renderArticleBody(fixture('raw-html-block.md'), [], 'a.md'),
      /a\.md:3:1-3:26: Raw HTML is not allowed in content: found `<script>alert\(1\)<\/script>`/,
    );
  });

  it('rejects an HTML comment, pointing editors elsewhere for notes', async () => {
    await assert.rejects(
      renderArticleBody(fixture('raw-html-comment.md')),
      /found `<!-- check this date -->`\. Keep editorial notes out of the body/,
    );
  });

  it('renders escaped angle brackets and autolinks as text and links', async () => {
    const html = await renderArticleBody('Tags like \\<b> stay text; see <https://example.org>; 3 < 4.');
    assert.equal(
      html,
      '<p>Tags like &#x3C;b> stay text; see <a href="https://example.org" rel="noopener noreferrer">https://example.org</a>; 3 &#x3C; 4.</p>',
    );
  });
});
