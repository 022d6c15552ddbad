/**
 * The article page as a reader meets it on a phone: the captured text is one
 * tap from the first screen, provenance is compact with the details on
 * demand, every highlight is followed by its verdict in words (outside the
 * quotation), and "Read the quote in context" lands with context in view.
 */
import { expect, test } from '@playwright/test';
import { content, VERDICTS } from './content.ts';

const PHONE = { width: 390, height: 844 };
const LABELS = new Set(Object.values(VERDICTS).map((v) => `${v.symbol} ${v.label}`));

test.describe('the article text', () => {
  test.use({ viewport: PHONE });
  for (const js of [true, false]) {
    test.describe(js ? 'with JavaScript' : 'without JavaScript', () => {
      test.use({ javaScriptEnabled: js });
      for (const article of content.articles) {
        test(`${article.id}: is one tap from the first screen and starts within two`, async ({ page }) => {
          await page.goto(`/articles/${article.id}/`);
          const jump = page.getByRole('link', { name: 'Jump to the text' });
          await expect(jump).toBeInViewport();
          const top = await page
            .getByRole('heading', { name: 'The text as captured' })
            .evaluate((e) => e.getBoundingClientRect().top + scrollY);
          expect(top).toBeLessThan(2 * PHONE.height);
          await jump.click();
          await expect(page.locator('.article-body > *').first()).toBeInViewport();
        });
      }
    });
  }
});

test.describe('provenance', () => {
  const article = content.articles.find((a) => a.data.translation) ?? content.articles[0]!;
  test('names languages and keeps how each fact is known one click away', async ({ page }) => {
    await page.goto(`/articles/${article.id}/`);
    const card = page.getByRole('region', { name: 'Provenance' });
    await expect(card).toContainText('English');
    await expect(card).not.toContainText(/\b(en|ru) →|→ (en|ru)\b|^en$/);
    // A date and how we know it read as two things: "December 2024 inferred by us", never "2024inferred".
    await expect(card.locator('[data-field="published"]')).toHaveText(/\d{4} (stated in the capture|inferred by us)/);
    const more = card.getByText('How we know: dates, address, translation, capture');
    if (article.data.published.reasoning) {
      await expect(card.getByText(article.data.published.reasoning)).toBeHidden();
      await more.click();
      await expect(card.getByText(article.data.published.reasoning)).toBeVisible();
    }
  });
});

test.describe('claim highlights', () => {
  for (const article of content.articles) {
    test(`${article.id}: each badge says its verdict in words and stands outside the quotation`, async ({ page }) => {
      await page.goto(`/articles/${article.id}/`);
      const badges = page.locator('.article-body .claim-badge');
      expect(await badges.count()).toBeGreaterThan(0);
      const shown = await badges.evaluateAll((els) =>
        els.map((b) => b.textContent!.replace(b.querySelector('.visually-hidden')?.textContent ?? '', '')),
      );
      for (const text of shown) expect(LABELS).toContain(text.replace(/\s+/g, ' ').trim());
      await expect(page.locator('.article-body mark .claim-badge')).toHaveCount(0);
      // What follows a badge is never the rest of its sentence's punctuation or a closing quotation mark.
      const stranded = await badges.evaluateAll((els) =>
        els.map((b) => b.nextSibling?.textContent ?? '').filter((next) => /^[,.;:!?”»]/.test(next)),
      );
      expect(stranded).toEqual([]);
    });
  }

  test('a quote that is most of its paragraph is ruled beside it, not painted whole', async ({ page }) => {
    const article = content.articles.find((a) => a.id.startsWith('moscow-times')) ?? content.articles[0]!;
    await page.goto(`/articles/${article.id}/`);
    const passage = page.locator('.article-body .claim-passage').first();
    await expect(passage).toBeVisible();
    const style = await passage.evaluate((p) => ({
      rule: getComputedStyle(p).borderLeftWidth,
      fill: getComputedStyle(p.querySelector('mark')!).backgroundColor,
    }));
    expect(style).toEqual({ rule: '4px', fill: 'rgba(0, 0, 0, 0)' });
  });

  test.describe('on a phone', () => {
    test.use({ viewport: PHONE });
    test('"Read the quote in context" lands with the lines before the quote in view', async ({ page }) => {
      const claim = content.claims.find((c) => c.id === 'rt-kiev-outlawed-talks-putin') ?? content.claims[0]!;
      await page.goto(`/claims/${claim.id}/`);
      await page.getByRole('link', { name: 'Read the quote in context' }).first().click();
      const mark = page.locator(`#quote-${claim.id}`);
      await expect(mark).toBeInViewport();
      const top = await mark.evaluate((e) => e.getBoundingClientRect().top);
      expect(top).toBeGreaterThan(0.15 * PHONE.height);
    });
  });
});
