/**
 * /timeline/: order, month groups, anchors, filters with and without JS.
 * Expectations are read off the page's own markup (dates, data-* facets), so
 * the tests hold while content grows, and fail when the page breaks them.
 */
import { expect, test, type Page } from '@playwright/test';
import { dateSortKey } from '../src/lib/model/dates.ts';
import { content } from './content.ts';
import { axeViolations } from './axe.ts';

const FILTERS = ['kind', 'outlet', 'person', 'verdict'] as const;
type FilterName = (typeof FILTERS)[number];
const KIND_LABEL = { event: 'Event', article: 'Article', claim: 'Claim' } as const;
const KIND_RANK = { event: 0, article: 1, claim: 2 } as const;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** One entry as the page renders it. */
interface Row {
  id: string;
  kind: keyof typeof KIND_LABEL;
  kindText: string;
  datetime: string;
  dateText: string;
  title: string;
  verdictText: string | null;
  groupId: string;
  groupHeading: string;
  facets: Record<FilterName, string[]>;
  visible: boolean;
}

/** Reads every entry (shown or hidden) in document order. */
async function readTimeline(page: Page): Promise<Row[]> {
  return page.locator('#timeline-list [data-filter-item]').evaluateAll((items) =>
    items.map((el) => {
      const group = el.closest('[data-filter-group]');
      const h2 = group?.querySelector('h2');
      const split = (v: string | undefined) => (v ? v.split(' ').filter(Boolean) : []);
      const ds = (el as HTMLElement).dataset;
      return {
        id: el.id,
        kind: ds['kind'] as 'event' | 'article' | 'claim',
        kindText: el.querySelector('.kind')?.textContent?.trim() ?? '',
        datetime: el.querySelector('time')?.getAttribute('datetime') ?? '',
        dateText: el.querySelector('time')?.textContent?.trim() ?? '',
        title: el.querySelector('.title a')?.textContent?.trim() ?? '',
        verdictText: el.querySelector('.verdict')?.textContent?.replace(/\s+/g, ' ').trim() ?? null,
        groupId: h2?.id ?? '',
        groupHeading: h2?.textContent?.trim() ?? '',
        facets: { kind: split(ds['kind']), outlet: split(ds['outlet']), person: split(ds['person']), verdict: split(ds['verdict']) },
        visible: el.checkVisibility(),
      };
    }),
  );
}

/** Ids of the month groups that are shown. */
async function visibleGroups(page: Page): Promise<string[]> {
  return page
    .locator('#timeline-list [data-filter-group]')
    .evaluateAll((gs) => gs.filter((g) => g.checkVisibility()).map((g) => g.querySelector('h2')?.id ?? ''));
}

/** The option of a filter that narrows the list most (while keeping at least one entry). */
async function narrowestOption(page: Page, rows: Row[], name: FilterName): Promise<{ value: string; expected: string[] }> {
  const values = await page
    .getByRole('combobox', { name: new RegExp(`^${name}`, 'i') })
    .locator('option')
    .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
  expect(values.length, `the ${name} filter offers options`).toBeGreaterThan(0);
  const candidates = values
    .map((value) => ({ value, expected: rows.filter((r) => r.facets[name].includes(value)).map((r) => r.id) }))
    .sort((a, b) => a.expected.length - b.expected.length);
  for (const c of candidates) expect(c.expected.length, `option ${name}=${c.value} matches some entry`).toBeGreaterThan(0);
  return candidates[0]!;
}

function groupKey(groupId: string): string {
  return groupId.replace(/^(month|year)-/, '');
}

test.describe('Timeline: order and grouping', () => {
  test('every event, article and claim is on it, once', async ({ page }) => {
    await page.goto('/timeline/');
    const ids = (await readTimeline(page)).map((r) => r.id).sort();
    const expected = [
      ...content.events.map((e) => `event-${e.id}`),
      ...content.articles.map((a) => `article-${a.id}`),
      ...content.claims.map((c) => `claim-${c.id}`),
    ].sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(ids).toEqual(expected);
  });

  test('entries are in date order, then event, article, claim on the same date', async ({ page }) => {
    await page.goto('/timeline/');
    const rows = await readTimeline(page);
    expect(rows.length).toBeGreaterThan(1);
    for (let i = 1; i < rows.length; i++) {
      const [a, b] = [rows[i - 1]!, rows[i]!];
      const [ka, kb] = [dateSortKey(a.datetime), dateSortKey(b.datetime)];
      expect(ka <= kb, `${a.id} (${a.datetime}) comes before ${b.id} (${b.datetime})`).toBe(true);
      // "2024-12" and "2024" share a sort key: the month comes first, so a month is never split.
      if (ka === kb) expect(a.datetime.length >= b.datetime.length, `${a.id} before ${b.id}: more precise first`).toBe(true);
      if (ka === kb && a.datetime.length === b.datetime.length) {
        expect(KIND_RANK[a.kind] <= KIND_RANK[b.kind], `${a.id} before ${b.id}: same date, kind order`).toBe(true);
      }
    }
  });

  test('entries are grouped by month: one heading per month, in order, each entry in its own month', async ({ page }) => {
    await page.goto('/timeline/');
    const rows = await readTimeline(page);
    const headings = page.locator('#timeline-list [data-filter-group] > h2');
    const ids = await headings.evaluateAll((hs) => hs.map((h) => h.id));
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids).size, 'no month appears twice').toBe(ids.length);
    for (const r of rows) {
      expect(groupKey(r.groupId), `${r.id} (${r.datetime}) sits under its month`).toBe(
        r.datetime.slice(0, r.datetime.length === 4 ? 4 : 7),
      );
      const key = groupKey(r.groupId);
      const label = key.length === 4 ? `${key}, month not known` : `${MONTHS[Number(key.slice(5, 7)) - 1]} ${key.slice(0, 4)}`;
      expect(r.groupHeading).toBe(label);
    }
    // Headings follow the order of the entries, so the months are in order too.
    expect(ids).toEqual([...new Set(rows.map((r) => r.groupId))]);
    await expect(page.getByRole('heading', { level: 2, name: rows[0]!.groupHeading })).toBeVisible();
  });

  test('dates are shown at the precision they are known, never more', async ({ page }) => {
    await page.goto('/timeline/');
    for (const r of await readTimeline(page)) {
      const [y, m, d] = r.datetime.slice(0, 10).split('-');
      const text = r.dateText.replace(/^about /, '');
      if (r.datetime.length === 4) expect(text).toBe(y);
      else if (r.datetime.length === 7) expect(text).toBe(`${MONTHS[Number(m) - 1]} ${y}`);
      else expect(text.startsWith(`${Number(d)} ${MONTHS[Number(m) - 1]} ${y}`), `${r.id}: "${r.dateText}" for ${r.datetime}`).toBe(true);
    }
  });

  test('each entry shows its kind in words, and claims their verdict', async ({ page }) => {
    await page.goto('/timeline/');
    const rows = await readTimeline(page);
    for (const r of rows) {
      expect(r.kindText.toLowerCase()).toBe(KIND_LABEL[r.kind].toLowerCase());
      expect(r.title.length, `${r.id} has a title`).toBeGreaterThan(0);
      if (r.kind === 'claim') expect(r.verdictText, `${r.id} shows its verdict`).toMatch(/\S/);
      else expect(r.verdictText, `${r.id} is not a claim and has no verdict`).toBeNull();
    }
  });
});

test.describe('Timeline: anchors', () => {
  test('every entry has its own anchor, and a link to it lands on the entry', async ({ page }) => {
    await page.goto('/timeline/');
    const rows = await readTimeline(page);
    const ids = rows.map((r) => r.id);
    for (const r of rows) expect(r.id).toMatch(new RegExp(`^${r.kind}-[a-z0-9-]+$`));
    expect(new Set(ids).size).toBe(ids.length);
    // The last entry is the one furthest from the top: landing on it means the page scrolled there.
    const last = rows.at(-1)!;
    await page.goto(`/timeline/#${last.id}`);
    const entry = page.locator(`[id="${last.id}"]`);
    await expect(entry).toBeInViewport();
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe(last.id);
    // Not hidden under the sticky month heading.
    const [entryTop, headingBottom] = await entry.evaluate((el) => [
      el.getBoundingClientRect().top,
      el.closest('[data-filter-group]')!.querySelector('h2')!.getBoundingClientRect().bottom,
    ]);
    expect(entryTop).toBeGreaterThanOrEqual(headingBottom - 1);
  });

  test("an entry's own page links to its place on the timeline", async ({ page }) => {
    await page.goto('/timeline/');
    const rows = await readTimeline(page);
    const target = rows.filter((r) => r.kind === 'event').at(-1) ?? rows.at(-1)!;
    await page.locator(`[id="${target.id}"] .title a`).click();
    await expect(page).not.toHaveURL(/\/timeline\//);
    await page.locator(`a[href="/timeline/#${target.id}"]`).first().click();
    await expect(page).toHaveURL(new RegExp(`/timeline/#${target.id}$`));
    await expect(page.locator(`[id="${target.id}"]`)).toBeInViewport();
  });
});

test.describe('Timeline: filters with JavaScript', () => {
  for (const name of FILTERS) {
    test(`filters by ${name}, hides empty months and keeps the choice in the URL`, async ({ page }) => {
      await page.goto('/timeline/');
      const rows = await readTimeline(page);
      const { value, expected } = await narrowestOption(page, rows, name);
      await page.getByRole('combobox', { name: new RegExp(`^${name}`, 'i') }).selectOption(value);

      await expect(page).toHaveURL(new RegExp(`[?&]${name}=${value}(&|$)`));
      await expect(page.getByText(`Showing ${expected.length} of ${rows.length}`)).toBeVisible();
      const after = await readTimeline(page);
      expect(after.filter((r) => r.visible).map((r) => r.id)).toEqual(expected);
      const wantedGroups = [...new Set(after.filter((r) => r.visible).map((r) => r.groupId))];
      expect(await visibleGroups(page)).toEqual(wantedGroups);
      if (name === 'verdict') expect(after.filter((r) => r.visible).every((r) => r.kind === 'claim')).toBe(true);
    });
  }

  test('a filtered URL opens filtered; filters combine; "All" brings the full list back', async ({ page }) => {
    await page.goto('/timeline/');
    const rows = await readTimeline(page);
    const { value: kind } = await narrowestOption(page, rows, 'kind');
    const ofKind = rows.filter((r) => r.facets.kind.includes(kind));
    const outlet = ofKind.flatMap((r) => r.facets.outlet)[0];
    const params = new URLSearchParams({ kind, ...(outlet ? { outlet } : {}) });
    const expected = ofKind.filter((r) => !outlet || r.facets.outlet.includes(outlet)).map((r) => r.id);

    await page.goto(`/timeline/?${params}`);
    await expect(page.getByRole('combobox', { name: /^kind/i })).toHaveValue(kind);
    expect((await readTimeline(page)).filter((r) => r.visible).map((r) => r.id)).toEqual(expected);
    expect(expected.length).toBeLessThan(rows.length);

    await page.getByRole('combobox', { name: /^kind/i }).selectOption('');
    if (outlet) await page.getByRole('combobox', { name: /^outlet/i }).selectOption('');
    await expect(page).toHaveURL(/\/timeline\/$/);
    expect((await readTimeline(page)).every((r) => r.visible)).toBe(true);
    await expect(page.getByText(`Showing ${rows.length} of ${rows.length}`)).toBeVisible();
  });
});

test.describe('Timeline: without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a filtered URL shows the full list', async ({ page }) => {
    await page.goto('/timeline/?kind=event&verdict=false&outlet=none&person=none');
    const rows = await readTimeline(page);
    expect(rows.length).toBeGreaterThan(1);
    expect(rows.filter((r) => !r.visible).map((r) => r.id)).toEqual([]);
    expect((await visibleGroups(page)).length).toBe(new Set(rows.map((r) => r.groupId)).size);
  });

  // Was: "submitting the form still shows every entry". The form cannot filter without JS (a static
  // host cannot answer ?kind=event), so it is no longer offered; the month index and the claim lists are.
  test('offers no filter form that cannot work, but the month index and the claim lists', async ({ page }) => {
    await page.goto('/timeline/');
    await expect(page.getByRole('form', { name: 'Filter the list' })).toBeHidden();
    await expect(page.getByText('Filtering the timeline needs JavaScript.')).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Months' })).toBeVisible();
    await page.getByRole('link', { name: 'the claims' }).click();
    await expect(page).toHaveURL(/\/claims\/$/);
  });

  test('an anchor link lands on its entry', async ({ page }) => {
    await page.goto('/timeline/');
    const last = (await readTimeline(page)).at(-1)!;
    await page.goto(`/timeline/#${last.id}`);
    await expect(page.locator(`[id="${last.id}"]`)).toBeInViewport();
  });
});

test.describe('Timeline: month index', () => {
  test('lists every month once, in order, with its number of entries', async ({ page }) => {
    await page.goto('/timeline/');
    const rows = await readTimeline(page);
    const months = [...new Set(rows.map((r) => r.groupId))];
    const index = page.getByRole('navigation', { name: 'Months' });
    const hrefs = await index.getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(months.map((id) => `#${id}`));
    for (const id of months) {
      const n = rows.filter((r) => r.groupId === id).length;
      await expect(index.locator(`a[href="#${id}"] + .count`)).toHaveText(`${n}${n === 1 ? ' entry' : ' entries'}`);
    }
  });

  for (const js of [true, false]) {
    test.describe(js ? 'with JavaScript' : 'without JavaScript', () => {
      test.use({ javaScriptEnabled: js });
      test('a month link jumps to that month, its heading in view below nothing', async ({ page }) => {
        await page.goto('/timeline/');
        const rows = await readTimeline(page);
        const last = rows.at(-1)!;
        const [, year, month] = /^(?:month|year)-(\d{4})(?:-(\d{2}))?$/.exec(last.groupId)!;
        const name = `${month ? MONTHS[Number(month) - 1]!.slice(0, 3) : 'Month not known'} ${year}`;
        await page.getByRole('navigation', { name: 'Months' }).getByRole('link', { name, exact: true }).click();
        await expect(page).toHaveURL(new RegExp(`#${last.groupId}$`));
        const heading = page.getByRole('heading', { level: 2, name: last.groupHeading });
        await expect(heading).toBeInViewport();
        expect(await heading.evaluate((h) => h.getBoundingClientRect().top)).toBeGreaterThanOrEqual(0);
      });
    });
  }
});

test.describe('Timeline on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('fits the screen: no sideways scrolling, markers on the line', async ({ page }) => {
    await page.goto('/timeline/');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const first = page.locator('#timeline-list [data-filter-item]').first();
    await first.scrollIntoViewIfNeeded();
    await expect(first.locator('.marker')).toBeVisible();
    const [markerLeft, entryLeft] = await first.evaluate((el) => [
      el.querySelector('.marker')!.getBoundingClientRect().left,
      el.getBoundingClientRect().left,
    ]);
    expect(markerLeft).toBeLessThan(entryLeft);
    expect(markerLeft).toBeGreaterThanOrEqual(0);
  });

  test('has no detectable accessibility violations in the timeline and its filters', async ({ page }) => {
    await page.goto('/timeline/');
    expect(await axeViolations(page, { include: ['#main'] })).toEqual([]);
  });
});
