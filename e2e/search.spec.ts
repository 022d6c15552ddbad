/**
 * Search as a reader uses it: the header combobox, the /search/ page with
 * `?q=`, the keyboard, every spelling of every person in content/people/,
 * lazy loading (no search bytes before first use), and the page without JS.
 * Expectations come from the content the site was built from (e2e/content.ts).
 */
import { expect, test, type Page } from '@playwright/test';
import { content, VERDICTS } from './content.ts';
import { axeViolations } from './axe.ts';

/** Requests that belong to search: the index's files, the worker (Fuse.js is bundled into it), the lazy UI modules. */
const SEARCH_ASSET = /\/search-index\/|\/_astro\/(?:worker|combobox|render)\b|fuse/i;
/** The index's manifest, the first file search fetches. */
const MANIFEST = /\/search-index\/manifest\.json$/;

const people = [...content.people].sort((a, b) => a.id.localeCompare(b.id));
/** Claims made by or about a person, by person id. */
const claimsOf = (personId: string) =>
  content.claims.filter((c) => c.data.claimant.person?.id === personId || c.data.people.some((p) => p.id === personId));
/** The last word of a name with two neighbouring letters swapped: a typo. */
function typo(name: string): string {
  const word = (name.match(/\p{L}+/gu) ?? []).at(-1) ?? name;
  return word.length < 5 ? word : word.slice(0, 2) + word[3] + word[2] + word.slice(4);
}
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The header box (a combobox once its script runs) and the search page's own box. */
const HEADER_LABEL = 'Search claims, articles, people, outlets and events';
const PAGE_LABEL = 'Search for a claim, article, person, outlet or event';
const box = (page: Page) => page.getByRole('combobox', { name: HEADER_LABEL });
const pageBox = (page: Page) => page.getByRole('searchbox', { name: PAGE_LABEL });
/** A name the content surely has (the fixture's, when run against it). */
const SAMPLE = people[0]?.data.name ?? 'Jane Doe';
const suggestions = (page: Page) => page.getByRole('listbox', { name: 'Suggestions' });
const option = (page: Page, kind: string, title: string) =>
  suggestions(page).getByRole('option', { name: new RegExp(`^${kind} ${escape(title)}`) });
const results = (page: Page) => page.getByRole('list', { name: 'Search results' });

test.describe('Header search box', () => {
  test('typing a name lists the person, labelled with their type', async ({ page }) => {
    const person = people[0];
    test.skip(!person, 'no people in the content');
    await page.goto('/');
    await box(page).fill(person!.data.name);
    await expect(option(page, 'Person', person!.data.name)).toBeVisible();
    await expect(box(page)).toHaveAttribute('aria-expanded', 'true');
  });

  test('a claim shows with its verdict and the matched words marked', async ({ page }) => {
    const claim = content.claims[0];
    test.skip(!claim, 'no claims in the content');
    const words = claim!.data.claim.split(/\s+/).slice(0, 6).join(' ');
    await page.goto('/');
    await box(page).fill(words);
    const hit = option(page, 'Claim', claim!.data.claim.slice(0, 20));
    await expect(hit.first()).toBeVisible();
    await expect(hit.first()).toContainText(VERDICTS[claim!.data.verdict].label);
    await expect(hit.first().locator('mark').first()).toBeVisible();
  });
});

test.describe('Spellings of names', () => {
  for (const person of people) {
    const variants = [...new Set([person.data.name, ...person.data.aliases, typo(person.data.name)])];
    test(`every spelling of ${person.data.name} finds them: ${variants.join(', ')}`, async ({ page }) => {
      await page.goto('/');
      for (const variant of variants) {
        await box(page).fill(variant);
        await expect(option(page, 'Person', person.data.name), `"${variant}"`).toBeVisible();
      }
    });
  }

  test('Kiev finds what is written Kyiv', async ({ page }) => {
    const titled = [
      ...content.claims.map((c) => ({ url: `/claims/${c.id}/`, title: c.data.claim })),
      ...content.events.map((e) => ({ url: `/events/${e.id}/`, title: e.data.title })),
    ];
    const entry = titled.find((t) => /\bKyiv\b/.test(t.title));
    test.skip(!entry, 'no title mentions Kyiv');
    const longest = (entry!.title.match(/\p{L}{4,}/gu) ?? []).filter((w) => w !== 'Kyiv').sort((a, b) => b.length - a.length);
    await page.goto(`/search/?q=${encodeURIComponent(['Kiev', ...longest.slice(0, 2)].join(' '))}`);
    await expect(results(page).getByRole('link').first()).toHaveAttribute('href', entry!.url);
    await expect(results(page).getByRole('link').first().locator('mark', { hasText: 'Kyiv' }).first()).toBeVisible();
  });

  test('an alias finds the person and their claims on the search page', async ({ page }) => {
    const person = people.find((p) => p.data.aliases.length > 0 && claimsOf(p.id).length > 0);
    test.skip(!person, 'no person with aliases and claims');
    const alias = person!.data.aliases.at(-1)!;
    await page.goto(`/search/?q=${encodeURIComponent(alias)}`);
    const list = results(page);
    await expect(list.getByRole('link').first()).toHaveAttribute('href', `/people/${person!.id}/`);
    const hrefs = await list.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    const expected = claimsOf(person!.id).map((c) => `/claims/${c.id}/`);
    expect(hrefs.filter((h) => expected.includes(h ?? '')).length).toBeGreaterThan(0);
  });
});

test.describe('Keyboard', () => {
  test('/ focuses the box, arrows choose a result, Enter opens it', async ({ page }) => {
    const person = people[0];
    test.skip(!person, 'no people in the content');
    await page.goto('/');
    await expect(box(page)).toBeVisible();
    await page.keyboard.press('/');
    await expect(box(page)).toBeFocused();
    await page.keyboard.type(person!.data.name);
    const first = suggestions(page).getByRole('option').first();
    await expect(first).toContainText(person!.data.name);
    await page.keyboard.press('ArrowDown');
    await expect(first).toHaveAttribute('aria-selected', 'true');
    await expect(box(page)).toHaveAttribute('aria-activedescendant', (await first.getAttribute('id'))!);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/people/${person!.id}/$`));
  });

  test('Escape closes the list; Enter with nothing chosen opens the search page', async ({ page }) => {
    await page.goto('/');
    await box(page).fill(SAMPLE);
    await expect(suggestions(page)).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(suggestions(page)).toBeHidden();
    await expect(box(page)).toHaveValue(SAMPLE);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(`/search/?q=${encodeURIComponent(SAMPLE).replace(/%20/g, '+')}`);
  });

  test('on the search page, ↓ moves from the box into the results', async ({ page }) => {
    const person = people[0];
    test.skip(!person, 'no people in the content');
    await page.goto(`/search/?q=${encodeURIComponent(person!.data.name)}`);
    await expect(results(page).getByRole('link').first()).toBeVisible();
    await pageBox(page).press('ArrowDown');
    await expect(results(page).getByRole('link').first()).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/people/${person!.id}/$`));
  });
});

test.describe('Search page and ?q=', () => {
  test('?q= restores the query and its results', async ({ page }) => {
    const person = people[0];
    test.skip(!person, 'no people in the content');
    await page.goto(`/search/?q=${encodeURIComponent(typo(person!.data.name))}`);
    await expect(pageBox(page)).toHaveValue(typo(person!.data.name));
    await expect(results(page).getByRole('link', { name: new RegExp(`^Person ${escape(person!.data.name)}`) })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Everything on the site' })).toBeHidden();
  });

  test('typing keeps the query in the URL, and Back returns to the results', async ({ page }) => {
    const person = people[0];
    test.skip(!person, 'no people in the content');
    await page.goto('/search/');
    const input = pageBox(page);
    await input.fill(person!.data.name);
    await expect(page).toHaveURL(`/search/?q=${encodeURIComponent(person!.data.name).replace(/%20/g, '+')}`);
    await results(page).getByRole('link').first().click();
    await expect(page).toHaveURL(new RegExp(`/people/${person!.id}/$`));
    await page.goBack();
    await expect(input).toHaveValue(person!.data.name);
    await expect(results(page).getByRole('link').first()).toHaveAttribute('href', `/people/${person!.id}/`);
  });
});

test.describe('Loading', () => {
  test('no search bytes are fetched before the reader uses search', async ({ page }) => {
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(r.url()));
    await page.goto('/');
    await page.waitForLoadState('networkidle');
    await page.mouse.wheel(0, 400);
    await page.keyboard.press('Tab');
    expect(fetched.filter((u) => SEARCH_ASSET.test(u))).toEqual([]);
    const index = page.waitForRequest(MANIFEST);
    await box(page).focus();
    await index;
    // The pattern does recognise what search loads, so the check above means something.
    const loaded = fetched.filter((u) => SEARCH_ASSET.test(u));
    for (const part of [/\/combobox\b/, /\/worker\b/, MANIFEST])
      expect(
        loaded.some((u) => part.test(u)),
        String(part),
      ).toBe(true);
  });

  test('the search page loads the index at once', async ({ page }) => {
    const index = page.waitForRequest(MANIFEST);
    await page.goto('/search/');
    await index;
  });

  test('a search fetches only the parts of the index it needs', async ({ page }) => {
    const person = people[0];
    test.skip(!person, 'no people in the content');
    const manifest = (await (await page.request.get('/search-index/manifest.json')).json()) as {
      h: string;
      n: number;
      c: number;
      p: number[];
    };
    const parts = manifest.p.length + Math.ceil(manifest.n / manifest.c);
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(r.url()));
    await page.goto(`/search/?q=${encodeURIComponent(person!.data.name)}`);
    await expect(results(page).getByRole('link').first()).toHaveAttribute('href', `/people/${person!.id}/`);
    const used = new Set(fetched.filter((u) => u.includes(`/search-index/${manifest.h}/`)));
    expect(used.size).toBeGreaterThan(0);
    expect(used.size).toBeLessThan(parts);
  });
});

test.describe('Without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the header form goes to /search/, which lists everything with every spelling', async ({ page }) => {
    const person = people.find((p) => p.data.aliases.length > 0);
    test.skip(!person, 'no person with aliases');
    await page.goto('/');
    await page.getByRole('searchbox', { name: HEADER_LABEL }).fill('anything');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/\/search\/\?q=anything$/);
    await expect(page.getByRole('heading', { name: 'Everything on the site' })).toBeVisible();
    const link = page.getByRole('link', { name: person!.data.name, exact: true });
    await expect(link).toHaveAttribute('href', `/people/${person!.id}/`);
    await expect(page.getByText(person!.data.aliases[0]!, { exact: false }).first()).toBeVisible();
  });
});

test.describe('Accessibility', () => {
  test('the open combobox and the results page pass axe', async ({ page }) => {
    await page.goto(`/search/?q=${encodeURIComponent(SAMPLE)}`);
    await expect(results(page).getByRole('link').first()).toBeVisible();
    await box(page).fill(SAMPLE);
    await expect(suggestions(page)).toBeVisible();
    await page.keyboard.press('ArrowDown');
    expect(await axeViolations(page, { include: ['.site-search', '[data-search-page]'] })).toEqual([]);
  });
});
