/**
 * The claim page as readers and journalists meet it: the head frames the
 * claim as a claim (who claimed it, where and when, before the claim) with the
 * verdict and conclusion at least as prominent; "Cite and share" near the top
 * copies what it shows, and without JavaScript leaves the text to select.
 */
import { expect, test, type Page } from '@playwright/test';
import { ACCESS_DATE_SLOT } from '../src/lib/outputs/citation.ts';
import { content, VERDICTS, viewOf } from './content.ts';

const PHONE = { width: 390, height: 844 };
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const claim = content.claims.find((c) => c.data.sources.length > 0 && c.data.claimant.outlet) ?? content.claims[0]!;
const fontSize = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((e) => parseFloat(getComputedStyle(e).fontSize));

test.describe('a claim page head', () => {
  test.use({ viewport: PHONE });
  for (const c of content.claims) {
    test(`${c.id} names who claimed it before the claim, with verdict and conclusion on the first screen`, async ({ page }) => {
      const view = viewOf(c.id);
      const who = view.person?.data.name ?? view.outlet?.data.name ?? '';
      await page.goto(`/claims/${c.id}/`);
      const heading = (await page.getByRole('heading', { level: 1 }).textContent())!.replace(/\s+/g, ' ').trim();
      expect(heading.indexOf(who), `"${who}" is in the heading`).toBeGreaterThanOrEqual(0);
      expect(heading.indexOf(who), 'the claimant comes before the claim').toBeLessThan(heading.indexOf(c.data.claim));
      await expect(page).toHaveTitle(new RegExp(`^${escape(VERDICTS[c.data.verdict].label)} — ${escape(who)}`));

      const verdict = page.getByRole('region', { name: 'Our verdict' });
      await expect(verdict.locator('.verdict-large')).toContainText(VERDICTS[c.data.verdict].label);
      await expect(verdict.locator('.verdict-large')).toBeInViewport();
      await expect(verdict).toContainText(c.data.conclusion);
      expect(await fontSize(page, '.claim-head__conclusion')).toBeGreaterThanOrEqual(await fontSize(page, '.claim-head__claim'));
    });
  }
});

test.describe('cite and share', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'], viewport: PHONE });
  const view = viewOf(claim.id);

  test('sits within the first two screens on a phone', async ({ page }) => {
    await page.goto(`/claims/${claim.id}/`);
    const top = await page.getByRole('heading', { name: 'Cite and share' }).evaluate((e) => e.getBoundingClientRect().top + scrollY);
    expect(top).toBeLessThan(2 * PHONE.height);
  });

  test('copy buttons copy the permanent link and the citations, access date filled in', async ({ page }) => {
    await page.goto(`/claims/${claim.id}/`);
    const cite = page.getByRole('region', { name: 'Cite and share' });
    const clipboard = () => page.evaluate(() => navigator.clipboard.readText());

    await cite.getByRole('button', { name: 'Copy the permanent link' }).click();
    expect(await clipboard()).toMatch(new RegExp(`/claims/${claim.id}/$`));
    await expect(page.locator('[data-copy-status]')).toHaveText('Copied.');

    await cite.getByRole('button', { name: 'Copy the citation', exact: true }).click();
    const plain = await clipboard();
    expect(plain).toContain(view.headline.replace(/\.$/, ''));
    expect(plain).not.toMatch(/\.\s?\.|[.?!] \((?!\d{4})/);

    await cite.getByText('In APA, MLA or Chicago style').click();
    await cite.getByRole('button', { name: 'Copy the MLA citation' }).click();
    const mla = await clipboard();
    expect(mla).not.toContain(ACCESS_DATE_SLOT);
    expect(mla).toMatch(/Accessed \d{1,2} (Jan\.|Feb\.|Mar\.|Apr\.|May|June|July|Aug\.|Sept\.|Oct\.|Nov\.|Dec\.) \d{4}\.$/);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('shows the link and citations as text to select, with a slot for the access date', async ({ page }) => {
      await page.goto(`/claims/${claim.id}/`);
      const cite = page.getByRole('region', { name: 'Cite and share' });
      await expect(cite.getByRole('button')).toHaveCount(0);
      await expect(cite.getByRole('link', { name: /\/claims\// })).toBeVisible();
      await expect(cite.locator('.citation').first()).toContainText(view.headline.replace(/\.$/, ''));
      await cite.getByText('In APA, MLA or Chicago style').click();
      await expect(cite.getByText(`Accessed ${ACCESS_DATE_SLOT}`, { exact: false })).toBeVisible();
    });
  });
});

test.describe('analysis headings', () => {
  test('sit one level below the page sections', async ({ page }) => {
    const withHeadings = content.claims.find((c) => /^## /m.test(c.body)) ?? claim;
    await page.goto(`/claims/${withHeadings.id}/`);
    const analysis = page.getByRole('region', { name: 'Analysis' });
    await expect(analysis.getByRole('heading', { level: 2 })).toHaveCount(1);
    await expect(analysis.getByRole('heading', { level: 3 }).first()).toBeVisible();
  });
});
