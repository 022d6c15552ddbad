/**
 * Accessibility and reader quality on every page the site publishes: each URL
 * in sitemap.xml is checked with axe-core (WCAG 2.0–2.2 A/AA plus best
 * practices) in the light and the dark colour scheme, under both the page's
 * own CSP and the host policy of public/_headers as the host sends it, with no
 * console error (a CSP violation logs one). Then what axe cannot judge: the skip link,
 * landmarks, a visible focus, verdicts in words and shapes, reading without JS.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { content, VERDICTS, viewOf } from './content.ts';
import { DIST, headersOf, servedByHost } from './host.ts';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);

/** Page paths listed by the built sitemap (sitemap.xml is an index of sitemaps). */
function sitemapPaths(): string[] {
  const file = (url: string) => readFileSync(join(DIST, new URL(url).pathname), 'utf8');
  return locs(readFileSync(join(DIST, 'sitemap.xml'), 'utf8')).flatMap((s) => locs(file(s)).map((u) => new URL(u).pathname));
}

/**
 * Collects console errors and failed loads. The host's runtime (scripts/serve.ts)
 * sends the _headers policy itself; only under the astro preview fallback are
 * the `/*` headers added here, so the policy is enforced either way.
 */
async function asDeployed(page: Page, request: APIRequestContext): Promise<string[]> {
  if (!(await servedByHost(request))) {
    const headers = headersOf('/*');
    await page.route('**/*', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), ...headers } });
    });
  }
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`${m.text()} (${m.location().url})`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) errors.push(`${r.status()} ${r.url()}`);
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

/** axe's findings as readable lines; `rules` narrows the run (the dark scheme only changes colours). */
const violations = async (page: Page, rules?: string[]) =>
  (await (rules ? new AxeBuilder({ page }).withRules(rules) : new AxeBuilder({ page }).withTags(AXE_TAGS)).analyze()).violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')}: ${n.failureSummary?.split('\n').slice(1).join(' ')}`).join('\n')}`,
  );

test.describe('every page in sitemap.xml', () => {
  const paths = sitemapPaths();

  test('the server publishes the sitemap the tests read', async ({ request }) => {
    const index = await request.get('/sitemap.xml');
    expect(index.ok()).toBe(true);
    const served = (
      await Promise.all(locs(await index.text()).map(async (s) => locs(await (await request.get(new URL(s).pathname)).text())))
    ).flat();
    expect(served.map((u) => new URL(u).pathname)).toEqual(paths);
    expect(paths.length).toBeGreaterThan(0);
  });

  for (const path of paths) {
    test(`${path} has no axe violations in light and dark schemes`, async ({ page, request }) => {
      // Two full axe runs over a long article can pass 30 s on a loaded two-core machine.
      test.setTimeout(90_000);
      const errors = await asDeployed(page, request);
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(path);
      expect(await violations(page), 'light scheme').toEqual([]);
      await page.emulateMedia({ colorScheme: 'dark' });
      expect(await violations(page, ['color-contrast', 'link-in-text-block']), 'dark scheme').toEqual([]);
      expect(errors, 'console errors (CSP violations, failed loads)').toEqual([]);
    });
  }
});

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
    const badges = page.locator('main .verdict');
    await expect(badges).toHaveCount(content.claims.length);
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
