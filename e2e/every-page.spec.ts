/**
 * Every page the site publishes (each URL in sitemap.xml; past 2,000 pages a
 * seeded sample of each template, test/page-sample.ts), loaded once as a
 * reader gets it, under both the page's own CSP and the host policy of
 * public/_headers as the host sends it:
 * - axe-core (WCAG 2.0–2.2 A/AA plus best practices) in the light scheme, and
 *   its colour rules again in the dark scheme;
 * - no console error (a CSP violation logs one) and no failed load;
 * - no schema field name or note to maintainers in what it shows (e2e/editor-notes.ts).
 */
import { expect, test as base, type APIRequestContext, type Page } from '@playwright/test';
import { axeViolations, WCAG_AND_BEST_PRACTICE } from './axe.ts';
import { editorNotesShown } from './editor-notes.ts';
import { headersOf, servedByHost, sitemapLocs, sitemapPaths } from './host.ts';
import { pagesToCheckFromEnv } from '../test/page-sample.ts';

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

/**
 * One page per worker for the sitemap suite, kept across its tests: a new browser
 * context for each of several hundred pages cost more than axe itself
 * (docs/performance.md). `errors` collects what `asDeployed` reports; each test
 * empties it first.
 */
const test = base.extend<object, { reader: { page: Page; errors: string[] } }>({
  reader: [
    async ({ browser, playwright }, use, workerInfo) => {
      // The project's device and base URL, as the per-test `page` fixture would have them.
      const { baseURL, viewport, userAgent, deviceScaleFactor, isMobile, hasTouch } = workerInfo.project.use;
      const options = Object.fromEntries(
        Object.entries({ baseURL, viewport, userAgent, deviceScaleFactor, isMobile, hasTouch }).filter(([, v]) => v !== undefined),
      );
      const context = await browser.newContext(options);
      const page = await context.newPage();
      const request = await playwright.request.newContext(baseURL ? { baseURL } : {});
      const errors = await asDeployed(page, request);
      await use({ page, errors });
      await request.dispose();
      await context.close();
    },
    { scope: 'worker' },
  ],
});

test.describe('every page in sitemap.xml', () => {
  const sitemap = sitemapPaths();
  const paths = pagesToCheckFromEnv(sitemap);

  test(`the server publishes the sitemap the tests read (${paths.length} of its ${sitemap.length} pages checked)`, async ({ request }) => {
    const index = await request.get('/sitemap.xml');
    expect(index.ok()).toBe(true);
    const served = (
      await Promise.all(
        sitemapLocs(await index.text()).map(async (s) => sitemapLocs(await (await request.get(new URL(s).pathname)).text())),
      )
    ).flat();
    expect(served.map((u) => new URL(u).pathname)).toEqual(sitemap);
    expect(paths.length).toBeGreaterThan(0);
  });

  for (const path of paths) {
    test(`${path}: axe in light and dark, no console error, no editor note`, async ({ reader: { page, errors } }) => {
      errors.length = 0;
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(path);
      expect.soft(await editorNotesShown(page), 'schema field names or notes to maintainers').toEqual([]);
      expect.soft(await axeViolations(page, { tags: WCAG_AND_BEST_PRACTICE }), 'light scheme').toEqual([]);
      await page.emulateMedia({ colorScheme: 'dark' });
      expect.soft(await axeViolations(page, { rules: ['color-contrast', 'link-in-text-block'] }), 'dark scheme').toEqual([]);
      expect(errors, 'console errors (CSP violations, failed loads)').toEqual([]);
    });
  }
});
