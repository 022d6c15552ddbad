import { expect, test } from '@playwright/test';
import { content, VERDICTS, viewOf } from './content.ts';

const outletName = (id: string) => content.outlets.find((o) => o.id === id)?.data.name ?? id;

test.describe('article pages', () => {
  for (const article of content.articles) {
    test(`${article.id} shows its provenance, notices and claims`, async ({ page }) => {
      await page.goto(`/articles/${article.id}/`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(article.data.title);
      const card = page.getByRole('region', { name: 'Provenance' });
      await expect(card.getByRole('link', { name: outletName(article.data.outlet.id) }).first()).toBeVisible();
      await expect(
        card.getByText(article.data.published.certainty === 'stated' ? 'stated in the capture' : 'inferred').first(),
      ).toBeVisible();
      for (const author of article.data.authors) await expect(card.locator('[data-field="authors"]')).toContainText(author.name);
      if (article.data.translation) await expect(card.getByText(/Translated by/)).toBeVisible();
      if (!article.data.url) await expect(card.getByText('Link to be confirmed.').first()).toBeVisible();

      if (article.data.legalNotices.length > 0) {
        const notices = page.getByRole('region', { name: 'Legal notices' });
        await expect(notices.getByText('Required by Russian law, reproduced as published.')).toBeVisible();
        for (const n of article.data.legalNotices) await expect(notices.getByText(n.text, { exact: false }).first()).toBeVisible();
      }
      const asides = (article.body.match(/:::not-article/g) ?? []).length;
      await expect(page.locator('aside.not-article')).toHaveCount(asides);
      if (asides > 0) await expect(page.locator('aside.not-article').first()).toContainText('Not part of the article');

      const quoted = content.claims.flatMap((c) => c.data.appearances.filter((a) => a.article.id === article.id).map(() => c));
      await expect(page.locator('.article-body a.claim-badge')).toHaveCount(quoted.length);
      for (const c of new Set(quoted)) {
        await expect(page.locator(`.article-body #quote-${c.id}`)).toHaveCount(1);
      }
    });
  }
});

test.describe('claim pages', () => {
  for (const claim of content.claims) {
    test(`${claim.id} shows verdict, quote link, sources and ClaimReview`, async ({ page }) => {
      await page.goto(`/claims/${claim.id}/`);
      const v = VERDICTS[claim.data.verdict];
      // The heading frames the claim as a claim: who claimed it, where and when, then the claim (issue 12).
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(viewOf(claim.id).headline);
      await expect(page.locator('main .verdict-large')).toContainText(v.label);
      await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', new RegExp(`^${v.label} — `));

      const first = claim.data.appearances[0]!;
      const link = page.getByRole('link', { name: 'Read the quote in context' }).first();
      await expect(link).toHaveAttribute('href', `/articles/${first.article.id}/#quote-${claim.id}`);
      await link.click();
      await expect(page).toHaveURL(new RegExp(`/articles/${first.article.id}/#quote-${claim.id}$`));
      await expect(page.locator(`#quote-${claim.id}`)).toBeVisible();
      await page.goBack();

      const sources = page.getByRole('region', { name: 'Sources' }).getByRole('listitem');
      await expect(sources).toHaveCount(claim.data.sources.length);
      const withUrl = claim.data.sources.filter((s) => s.url).length;
      await expect(page.getByRole('region', { name: 'Sources' }).getByRole('link', { name: 'Original' })).toHaveCount(withUrl);

      const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
      expect(ld['@type']).toBe('ClaimReview');
      expect(ld.claimReviewed).toBe(claim.data.claim);
      expect(ld.reviewRating.alternateName).toBe(v.label);
      expect(ld.itemReviewed['@type']).toBe('Claim');
      expect(ld.itemReviewed.appearance).toHaveLength(claim.data.appearances.length);
      expect(ld.url).toMatch(new RegExp(`/claims/${claim.id}/$`));
    });
  }
});

test.describe('outlet and person pages', () => {
  for (const outlet of content.outlets) {
    test(`outlet ${outlet.id}`, async ({ page }) => {
      await page.goto(`/outlets/${outlet.id}/`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(outlet.data.name);
      await expect(page.getByText(outlet.data.ownership)).toBeVisible();
      for (const d of outlet.data.designations) await expect(page.getByText(d.kind, { exact: false }).first()).toBeVisible();
    });
  }
  for (const person of content.people) {
    test(`person ${person.id}`, async ({ page }) => {
      await page.goto(`/people/${person.id}/`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(person.data.name);
      await expect(page.getByText(person.data.role, { exact: false }).first()).toBeVisible();
      if (person.data.aliases.length > 0) await expect(page.locator('[data-field="aliases"]')).toContainText(person.data.aliases[0]!);
    });
  }
});

test.describe('home page', () => {
  test('shows the verdict overview as a labelled figure and the latest checks', async ({ page }) => {
    await page.goto('/');
    // A figure of links now (each bar opens its verdict's claims: e2e/lists.spec.ts), no longer one image.
    const chart = page.getByRole('figure', { name: `Verdicts of all ${content.claims.length} claims` });
    await expect(chart).toBeVisible();
    await expect(page.getByRole('region', { name: 'Latest checks' }).getByRole('listitem').first()).toBeVisible();
  });
});
