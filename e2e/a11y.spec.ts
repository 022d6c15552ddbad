/**
 * What axe cannot judge (every page's axe run is in e2e/every-page.spec.ts):
 * the skip link, landmarks, a visible focus, verdicts in words and shapes,
 * reading without JS.
 */
import { expect, test } from '@playwright/test';
import { LIST_PAGE_SIZE } from '../src/lib/site/list-pages.ts';
import { content, VERDICTS, viewOf } from './content.ts';

test.describe('keyboard and landmarks', () => {
  test('the first Tab reaches a visible skip link that moves focus to the main content', async ({ page }) => {
    const claim = content.claims[0]!;
    await page.goto(`/claims/${claim.id}/`);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('main')).toBeFocused();
  });

  test('focus is visible on links and controls', async ({ page }) => {
    await page.goto('/');
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Tab');
      const outline = await page.evaluate(() => {
        const s = getComputedStyle(document.activeElement!);
        return { style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
      });
      expect(outline.style).not.toBe('none');
      expect(outline.width).toBeGreaterThanOrEqual(2);
    }
  });

  test('every page has banner, main navigation, search, main and footer landmarks', async ({ page }) => {
    for (const path of ['/', '/claims/', `/claims/${content.claims[0]!.id}/`, `/articles/${content.articles[0]!.id}/`]) {
      await page.goto(path);
      await expect(page.getByRole('banner')).toHaveCount(1);
      await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(1);
      await expect(page.getByRole('search')).toHaveCount(1);
      await expect(page.getByRole('main')).toHaveCount(1);
      await expect(page.getByRole('contentinfo')).toHaveCount(1);
    }
  });
});

test.describe('verdicts are not shown by colour alone', () => {
  test('every verdict badge on the claims list has its label in words and a symbol', async ({ page }) => {
    await page.goto('/claims/');
    // The list is paginated: its first page shows up to LIST_PAGE_SIZE claims.
    const badges = page.locator('#claims-list .verdict');
    await expect(badges).toHaveCount(Math.min(content.claims.length, LIST_PAGE_SIZE));
    const labels = new Set(Object.values(VERDICTS).map((v) => `${v.symbol} ${v.label}`));
    for (const text of await badges.allInnerTexts()) expect(labels).toContain(text.replace(/\s+/g, ' ').trim());
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('a claim page is complete: verdict, claim, quote, analysis, sources', async ({ page }) => {
    const claim = content.claims.find((c) => c.data.sources.length > 0) ?? content.claims[0]!;
    await page.goto(`/claims/${claim.id}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(viewOf(claim.id).headline);
    await expect(page.locator('main .verdict-large')).toContainText(VERDICTS[claim.data.verdict].label);
    await expect(page.getByRole('region', { name: 'Where it appeared' }).locator('blockquote').first()).toBeVisible();
    await expect(page.getByRole('region', { name: 'Analysis' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Sources' }).getByRole('listitem')).toHaveCount(claim.data.sources.length);
  });
});
