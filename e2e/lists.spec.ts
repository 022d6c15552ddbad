/**
 * The claim lists: /claims/ and a page per verdict, outlet and person, each
 * paginated, browsable without JS; the filter form with JS; the home page's
 * verdict chart leading to them. Expectations come from the content itself
 * (who claimed what, where), not from the code that builds the lists.
 */
import { expect, test, type Page } from '@playwright/test';
import type { Claim } from '../src/schemas/claim.ts';
import type { Entry } from '../src/lib/model/entry.ts';
import { LIST_PAGE_SIZE } from '../src/lib/site/list-pages.ts';
import { content, VERDICTS } from './content.ts';

type Facet = 'verdict' | 'outlet' | 'person';

/** The claims a facet value's page should list, read straight from the claims' frontmatter. */
function claimsWith(facet: Facet, value: string): Entry<Claim>[] {
  const outletOf = (articleId: string) => content.articles.find((a) => a.id === articleId)?.data.outlet.id;
  return content.claims.filter((c) => {
    const d = c.data;
    if (facet === 'verdict') return d.verdict === value;
    if (facet === 'outlet') return d.claimant.outlet?.id === value || d.appearances.some((a) => outletOf(a.article.id) === value);
    return d.claimant.person?.id === value || d.people.some((p) => p.id === value);
  });
}

/** Every value of a facet that some claim has. */
function valuesOf(facet: Facet): string[] {
  if (facet === 'verdict') return [...new Set(content.claims.map((c) => c.data.verdict))];
  const ids = facet === 'outlet' ? content.outlets.map((o) => o.id) : content.people.map((p) => p.id);
  return ids.filter((id) => claimsWith(facet, id).length > 0);
}

/** The claim ids a list page shows: the claim pages its list links to. */
async function listed(page: Page): Promise<string[]> {
  const hrefs = await page
    .locator('#claims-list li')
    .evaluateAll((items) =>
      items
        .filter((li) => li.checkVisibility())
        .map((li) => li.querySelector<HTMLAnchorElement>('a[href^="/claims/"]')?.getAttribute('href') ?? ''),
    );
  return hrefs.map((h) => /^\/claims\/([^/]+)\/$/.exec(h)?.[1] ?? h);
}

/** Every claim a paginated list shows, following its "Next" links. */
async function listedOnEveryPage(page: Page, path: string): Promise<string[]> {
  await page.goto(path);
  const ids = await listed(page);
  for (;;) {
    const next = page.getByRole('link', { name: 'Next page' });
    if ((await next.count()) === 0) return ids;
    await next.click();
    ids.push(...(await listed(page)));
  }
}

const idsOf = (claims: Entry<Claim>[]) => claims.map((c) => c.id).sort();
const facetPath = (facet: Facet, value: string) => `/claims/${facet}/${value}/`;

test.describe('Claim lists without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const facet of ['verdict', 'outlet', 'person'] as const) {
    test(`each ${facet} page lists that ${facet}'s claims and no others`, async ({ page }) => {
      const values = valuesOf(facet);
      expect(values.length).toBeGreaterThan(0);
      for (const value of values) {
        const ids = await listedOnEveryPage(page, facetPath(facet, value));
        expect(ids.slice().sort(), facetPath(facet, value)).toEqual(idsOf(claimsWith(facet, value)));
        expect(new Set(ids).size, `${facetPath(facet, value)}: no claim twice`).toBe(ids.length);
      }
    });
  }

  test('a verdict no claim has yet still has its page, saying so', async ({ page }) => {
    const unused = Object.values(VERDICTS).find((v) => claimsWith('verdict', v.id).length === 0);
    test.skip(!unused, 'every verdict is in use');
    await page.goto(facetPath('verdict', unused!.id));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Claims rated ${unused!.label}`);
    await expect(page.getByText('No claim has this verdict yet.')).toBeVisible();
  });

  test('the filter is a set of links that land on each value’s page, the current one marked', async ({ page }) => {
    await page.goto('/claims/');
    await expect(page.getByRole('form', { name: 'Filter the list' })).toBeHidden();
    const filter = page.getByRole('navigation', { name: 'Filter the list' });
    const verdict = VERDICTS[content.claims[0]!.data.verdict];
    await filter.getByRole('link', { name: verdict.label, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/claims/verdict/${verdict.id}/$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Claims rated ${verdict.label}`);
    await expect(filter.getByRole('link', { name: verdict.label, exact: true })).toHaveAttribute('aria-current', 'true');
    expect((await listed(page)).every((id) => content.claims.find((c) => c.id === id)?.data.verdict === verdict.id)).toBe(true);
    // No link here would narrow by outlet or person (there are no pages for combinations): it says so.
    await expect(filter.getByText('Outlet:')).toHaveCount(0);
    await expect(filter.getByText('Narrowing this list further needs JavaScript')).toBeVisible();

    // People are many: their links fold into a disclosure.
    await page.goto('/claims/');
    const person = valuesOf('person')[0]!;
    const name = content.people.find((p) => p.id === person)!.data.name;
    await filter.getByText('Person:').click();
    await filter.getByRole('link', { name, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/claims/person/${person}/$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Claims by or about ${name}`);
  });
});

test.describe('Claim list pagination', () => {
  test('/claims/ shows a page of claims; the page links reach every claim once, in order, and back', async ({ page }) => {
    await page.goto('/claims/');
    const first = await listed(page);
    expect(first.length).toBe(Math.min(LIST_PAGE_SIZE, content.claims.length));
    test.skip(content.claims.length <= LIST_PAGE_SIZE, 'the site fits on one page');
    const pages = page.getByRole('navigation', { name: 'Pages: Claims' });
    await expect(pages.getByRole('link', { name: 'Page 1' })).toHaveAttribute('aria-current', 'page');
    await pages.getByRole('link', { name: 'Page 2' }).click();
    await expect(page).toHaveURL(/\/claims\/page\/2\/$/);
    await expect(page).toHaveTitle(/^Claims, page 2 of \d+ ·/);
    await expect(pages.getByRole('link', { name: 'Page 2' })).toHaveAttribute('aria-current', 'page');
    const all = await listedOnEveryPage(page, '/claims/');
    expect(all.slice().sort()).toEqual(idsOf(content.claims));
    expect(new Set(all).size).toBe(all.length);
    await page.goto('/claims/page/2/');
    await pages.getByRole('link', { name: 'Previous page' }).click();
    await expect(page).toHaveURL(/\/claims\/$/);
  });
});

test.describe('Claim list filters with JavaScript', () => {
  test('on a list longer than a page, choosing a verdict and Filter opens its page; choosing alone does not', async ({ page }) => {
    test.skip(content.claims.length <= LIST_PAGE_SIZE, 'the site fits on one page');
    await page.goto('/claims/');
    await expect(page.getByRole('navigation', { name: 'Filter the list' })).toBeHidden();
    const verdict = content.claims[0]!.data.verdict;
    await page.getByLabel('Verdict').selectOption(verdict);
    await expect(page).toHaveURL(/\/claims\/$/);
    await page.getByRole('button', { name: 'Filter' }).click();
    await expect(page).toHaveURL(new RegExp(`/claims/verdict/${verdict}/$`));
    await expect(page.getByLabel('Verdict')).toHaveValue(verdict);
    await page.getByLabel('Verdict').selectOption('');
    await page.getByRole('button', { name: 'Filter' }).click();
    await expect(page).toHaveURL(/\/claims\/$/);
  });

  test('on a list that fits one page, another filter narrows it in place and keeps the state in the URL', async ({ page }) => {
    // The outlet with the most claims that still fit on one page, and the verdict that narrows it most.
    const outlet = valuesOf('outlet')
      .map((id) => ({ id, claims: claimsWith('outlet', id) }))
      .filter((o) => o.claims.length <= LIST_PAGE_SIZE)
      .sort((a, b) => b.claims.length - a.claims.length)[0]!;
    const verdicts = [...new Set(outlet.claims.map((c) => c.data.verdict))];
    expect(verdicts.length, `${outlet.id} has claims of more than one verdict`).toBeGreaterThan(1);
    const verdict = verdicts.sort(
      (a, b) => outlet.claims.filter((c) => c.data.verdict === a).length - outlet.claims.filter((c) => c.data.verdict === b).length,
    )[0]!;
    const expected = idsOf(outlet.claims.filter((c) => c.data.verdict === verdict));

    await page.goto(facetPath('outlet', outlet.id));
    await page.getByLabel('Verdict').selectOption(verdict);
    await expect(page).toHaveURL(new RegExp(`/claims/outlet/${outlet.id}/\\?verdict=${verdict}$`));
    await expect(page.getByText(`Showing ${expected.length} of ${outlet.claims.length}`)).toBeVisible();
    expect((await listed(page)).sort()).toEqual(expected);
    await page.reload();
    expect((await listed(page)).sort()).toEqual(expected);
    await page.getByLabel('Verdict').selectOption('');
    expect((await listed(page)).sort()).toEqual(idsOf(outlet.claims));
  });
});

test.describe('Home page verdict chart', () => {
  test('each bar is a link to its verdict’s page, with that many claims', async ({ page }) => {
    await page.goto('/');
    const chart = page.getByRole('figure', { name: `Verdicts of all ${content.claims.length} claims` });
    for (const v of Object.values(VERDICTS)) {
      const n = claimsWith('verdict', v.id).length;
      await expect(chart.getByRole('link', { name: `${v.label} ${n} ${n === 1 ? 'claim' : 'claims'}`, exact: true })).toHaveAttribute(
        'href',
        facetPath('verdict', v.id),
      );
    }
    const used = Object.values(VERDICTS).find((v) => claimsWith('verdict', v.id).length > 0)!;
    await chart.getByRole('link', { name: new RegExp(`^${used.label} \\d`) }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Claims rated ${used.label}`);
  });

  test.describe('on a phone', () => {
    test.use({ viewport: { width: 390, height: 844 } });
    test('labels keep the body text size and fit beside their bars without overflowing', async ({ page }) => {
      await page.goto('/');
      const rows = page
        .getByRole('figure', { name: /^Verdicts of all/ })
        .getByRole('link')
        .filter({ hasText: /\d/ });
      await expect(rows).toHaveCount(Object.keys(VERDICTS).length);
      for (const row of await rows.all()) {
        const box = await row.evaluate((a) => {
          const label = a.querySelector('.label')!;
          const r = label.getBoundingClientRect();
          const bar = a.querySelector('svg')!.getBoundingClientRect();
          return {
            size: parseFloat(getComputedStyle(label).fontSize),
            right: r.right,
            barLeft: bar.left,
            barWidth: bar.width,
            page: document.documentElement.clientWidth,
          };
        });
        expect(box.size).toBeGreaterThanOrEqual(16);
        expect(box.right).toBeLessThanOrEqual(box.barLeft);
        expect(box.barWidth).toBeGreaterThan(60);
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    });
  });
});
