/**
 * The Ukrainian and Russian editions, as readers meet them: the language
 * switcher keeps the reader on the same item, every page names its
 * counterparts (`hreflang`) and they name it back, the page's language is
 * declared, translated claims say they are translations, quotes stay verbatim
 * beside our translation, and search finds people and claims by Cyrillic
 * spellings on each edition's own index.
 */
import { expect, test } from '@playwright/test';
import { content, translations, viewOf } from './content.ts';

const claim = content.claims.find(
  (c) =>
    translations.claims.some((t) => t.id === c.id && t.locale === 'uk') &&
    translations.claims.some((t) => t.id === c.id && t.locale === 'ru'),
)!;
const malofeyev = content.people.find((p) => p.id === 'konstantin-malofeyev')!;

test.describe('editions', () => {
  test('the language switcher on a claim page lands on the same claim in each edition, in its language', async ({ page }) => {
    await page.goto(`/claims/${claim.id}/`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    const editions = page.getByRole('navigation', { name: 'Language' });
    await editions.getByRole('link', { name: 'Українська' }).click();
    await expect(page).toHaveURL(new RegExp(`/uk/claims/${claim.id}/$`));
    await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
    await expect(page.getByRole('heading', { level: 1 })).toContainText(viewOf(claim.id, 'uk').claim);
    await expect(page.getByRole('link', { name: 'Українська' })).toHaveAttribute('aria-current', 'true');
    await page.getByRole('navigation', { name: 'Мова' }).getByRole('link', { name: 'Русский' }).click();
    await expect(page).toHaveURL(new RegExp(`/ru/claims/${claim.id}/$`));
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await expect(page.getByRole('heading', { level: 1 })).toContainText(viewOf(claim.id, 'ru').claim);
    await page.getByRole('navigation', { name: 'Язык' }).getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(new RegExp(`/claims/${claim.id}/$`));
    await expect(page.getByRole('heading', { level: 1 })).toContainText(claim.data.claim);
  });

  test('each edition of a page names the others with hreflang, x-default is English, and every alternate names it back', async ({
    page,
    request,
  }) => {
    const alternates = async (path: string) => {
      await page.goto(path);
      return page
        .locator('link[rel="alternate"][hreflang]')
        .evaluateAll((links) =>
          Object.fromEntries(links.map((l) => [l.getAttribute('hreflang'), new URL(l.getAttribute('href')!).pathname])),
        );
    };
    for (const path of [`/claims/${claim.id}/`, '/timeline/', '/methodology/', `/people/${malofeyev.id}/`]) {
      const own = await alternates(path);
      expect(own).toEqual({ en: path, uk: `/uk${path}`, ru: `/ru${path}`, 'x-default': path });
      for (const other of [own['uk']!, own['ru']!]) {
        expect((await request.get(other)).status(), other).toBe(200);
        expect(await alternates(other)).toEqual(own);
      }
    }
  });

  test('a translated claim says it is a translation, links the authoritative English, and keeps quotes verbatim beside our translation', async ({
    page,
  }) => {
    const view = viewOf(claim.id, 'uk');
    await page.goto(`/uk/claims/${claim.id}/`);
    const note = page.locator('.translation-note');
    await expect(note).toContainText('Переклад з англійської');
    await expect(note.getByRole('link')).toHaveAttribute('href', `/claims/${claim.id}/`);
    const first = view.appearances[0]!;
    const quote = page.locator('.appearance blockquote').first();
    await expect(quote).toHaveText(first.quote);
    await expect(quote).toHaveAttribute('lang', first.article.data.language);
    if (first.translatedQuote) await expect(page.locator('.our-translation').first()).toContainText(first.translatedQuote);
    await expect(page.locator('.verdict-large')).toContainText(view.verdict.label);
  });

  for (const [locale, query, name] of [
    ['ru', 'Малофеев', malofeyev.data.localNames.ru],
    ['uk', 'Малофєєв', malofeyev.data.localNames.uk],
    ['uk', 'Malofeyev', malofeyev.data.localNames.uk],
  ] as const) {
    test(`a search for “${query}” on /${locale}/search/ finds the person and the claims, in that edition`, async ({ page }) => {
      await page.goto(`/${locale}/search/?q=${encodeURIComponent(query)}`);
      const results = page.locator('[data-search-results]');
      await expect(results).toBeVisible({ timeout: 15_000 });
      const person = results.getByRole('link', { name: new RegExp(name!) }).first();
      await expect(person).toHaveAttribute('href', `/${locale}/people/${malofeyev.id}/`);
      const claimLinks = results.locator(`a[href^="/${locale}/claims/"]`);
      expect(await claimLinks.count()).toBeGreaterThan(0);
      // Kinds and verdicts are labelled in the edition's language.
      await expect(results.locator('.search-hit__kind').first()).not.toHaveText(/^(Person|Claim|Event)$/);
    });
  }

  test('the header search box suggests in the edition’s language and stays in it', async ({ page }) => {
    await page.goto('/ru/');
    await page.getByRole('combobox').fill('Келлог');
    const option = page.getByRole('option').first();
    await expect(option).toBeVisible({ timeout: 15_000 });
    await option.click();
    await expect(page).toHaveURL(/\/ru\//);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  });

  test.describe('on a phone', () => {
    test.use({ viewport: { width: 390, height: 844 } });
    // Ukrainian and Russian labels run longer than English ones ("Опубліковано"); none may spill into its value.
    test('no label of a page’s at-a-glance facts is wider than its column, in any edition', async ({ page }) => {
      const pages = [...content.articles.map((a) => `/articles/${a.id}/`), ...content.claims.slice(0, 5).map((c) => `/claims/${c.id}/`)];
      const spilled: string[] = [];
      for (const path of pages)
        for (const prefix of ['', '/uk', '/ru']) {
          await page.goto(`${prefix}${path}`);
          const labels = await page
            .locator('dl.facts--compact dt')
            .evaluateAll((dts) => dts.filter((dt) => dt.scrollWidth > dt.clientWidth + 1).map((dt) => dt.textContent ?? ''));
          spilled.push(...labels.map((l) => `${prefix}${path}: ${l}`));
        }
      expect(spilled).toEqual([]);
    });
  });
});
