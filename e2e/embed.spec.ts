/**
 * The embeddable claim card (/embed/claims/<id>/) as another site shows it:
 * framed in an iframe pasted from the claim page, complete (verdict, claim
 * with claimant, conclusion, link), fitting its frame, with no script, and
 * announced to publishing tools by oEmbed. (Served-header framing rules are
 * checked against the host's runtime elsewhere.)
 */
import { expect, test } from '@playwright/test';
import { content, VERDICTS, viewOf } from './content.ts';

const claim = content.claims.find((c) => c.id === 'rt-kiev-outlawed-talks-putin') ?? content.claims[0]!;

/** The snippet a journalist copies from the claim page, pointed at the server under test. */
async function snippetFor(page: import('@playwright/test').Page, id: string, baseURL: string): Promise<string> {
  await page.goto(`/claims/${id}/`);
  const code = (await page.locator('#embed-code').textContent()) ?? '';
  expect(code).toMatch(new RegExp(`^<iframe src="[^"]+/embed/claims/${id}/"`));
  return code.replace(/src="https?:\/\/[^/]+/, `src="${baseURL}`);
}

test.describe('embeddable claim card', () => {
  test('renders inside an iframe on another page: verdict, claim with claimant, conclusion, link', async ({ page, baseURL }) => {
    const code = await snippetFor(page, claim.id, baseURL!);
    await page.setContent(`<!doctype html><title>A newspaper</title><h1>Our story</h1>${code}`);
    const card = page.frameLocator('iframe');
    const view = viewOf(claim.id);
    await expect(card.getByRole('heading', { level: 1 })).toHaveText(view.headline);
    await expect(card.locator('.verdict')).toHaveText(`${VERDICTS[claim.data.verdict].symbol} ${VERDICTS[claim.data.verdict].label}`);
    await expect(card.getByText(claim.data.conclusion)).toBeVisible();
    await expect(card.getByRole('link', { name: /^Read the full fact check/ })).toHaveAttribute(
      'href',
      new RegExp(`/claims/${claim.id}/$`),
    );
    await expect(card.getByRole('link', { name: /^Read the full fact check/ })).toHaveAttribute('target', '_blank');
  });

  test('fits its frame without a scroll bar, for every claim', async ({ page, request, baseURL }) => {
    // 63 framed cards on one page: a minute is not enough on a loaded two-core machine.
    test.setTimeout(180_000);
    // Every claim's snippet, as its oEmbed description gives it, on one page (loaded at once, not lazily).
    const snippets = await Promise.all(
      content.claims.map(async (c) => ((await (await request.get(`/oembed/claims/${c.id}.json`)).json()) as { html: string }).html),
    );
    // The host page must be a real http(s) page: the card's `frame-ancestors *` (public/_headers)
    // matches any site, but not the opaque origin of a blank tab.
    await page.goto('/about/');
    await page.setContent(
      snippets.map((html) => html.replace(/src="https?:\/\/[^/]+/, `src="${baseURL}`).replace(' loading="lazy"', '')).join('\n'),
    );
    const frames = page.frames().filter((f) => f !== page.mainFrame());
    expect(frames).toHaveLength(content.claims.length);
    const overflowing: string[] = [];
    for (const frame of frames) {
      await frame.waitForSelector('.embed-card');
      if (await frame.evaluate(() => document.documentElement.scrollHeight > innerHeight)) overflowing.push(frame.url());
    }
    expect(overflowing).toEqual([]);
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`runs no script and follows the ${scheme} scheme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`/embed/claims/${claim.id}/`);
      await expect(page.locator('script:not([type="application/ld+json"])')).toHaveCount(0);
      const bg = await page.locator('.embed-card').evaluate((e) => getComputedStyle(e).backgroundColor);
      expect(bg).toBe(scheme === 'light' ? 'rgb(255, 255, 255)' : 'rgb(30, 33, 37)');
    });
  }

  test('each claim page announces its oEmbed description, which embeds the card', async ({ page, request }) => {
    await page.goto(`/claims/${claim.id}/`);
    const href = await page.locator('link[rel="alternate"][type="application/json+oembed"]').getAttribute('href');
    const response = await request.get(new URL(href!).pathname);
    expect(response.ok()).toBe(true);
    const oembed = await response.json();
    expect(oembed).toMatchObject({ version: '1.0', type: 'rich', title: viewOf(claim.id).title });
    expect(oembed.html).toContain(`/embed/claims/${claim.id}/`);
  });
});
