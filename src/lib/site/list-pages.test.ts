/**
 * The claim lists on a synthetic corpus (bench/corpus.ts, real schemas) large
 * enough to paginate: every claim on exactly one page of each list it belongs
 * to, every verdict with its page, filters that open pages or narrow in place.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeCorpus } from '../../../bench/corpus.ts';
import { loadContent } from '../content/loader.ts';
import { VERDICT_IDS } from '../model/verdicts.ts';
import { claimFacets } from './facets.ts';
import { verdictIn } from '../i18n/names.ts';
import {
  claimListPages,
  facetLabel,
  facetValues,
  listDescription,
  listHeading,
  listParam,
  listSummary,
  listTitle,
  type ClaimListPage,
  type FacetValue,
} from './list-pages.ts';
import { indexSite, type SiteIndex } from './site-index.ts';

const SIZE = 20;
let dir = '';
let site: SiteIndex;
let pages: ClaimListPage[];

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'list-pages-'));
  writeCorpus(dir, 130);
  const { snapshot, problems } = loadContent(dir);
  assert.deepEqual(
    problems.filter((p) => p.severity !== 'warning'),
    [],
  );
  site = indexSite(snapshot);
  pages = claimListPages(site, SIZE);
});
after(() => rmSync(dir, { recursive: true, force: true }));

const listOf = (pathPrefix: string) =>
  pages.filter((p) => p.pagination.href === pathPrefix || p.pagination.href.startsWith(`${pathPrefix}page/`));

describe('claim list pages', () => {
  it('list every claim on /claims/ and its numbered pages, in the site order, once each', () => {
    const all = listOf('/claims/').filter((p) => !p.filter);
    assert.deepEqual(
      all.map((p) => p.pagination.href),
      ['/claims/', ...Array.from({ length: Math.ceil(130 / SIZE) - 1 }, (_, i) => `/claims/page/${i + 2}/`)],
    );
    assert.deepEqual(
      all.flatMap((p) => p.claims.map((c) => c.id)),
      site.claims.map((c) => c.id),
    );
    assert.ok(all.every((p) => p.claims.length <= SIZE));
  });

  it('give each verdict, outlet and person the claims that have it, and nothing else', () => {
    const values = facetValues(site);
    for (const facet of ['verdict', 'outlet', 'person'] as const) {
      for (const v of values[facet]) {
        const listed = listOf(v.href).flatMap((p) => p.claims.map((c) => c.id));
        const expected = site.claims
          .filter((c) => {
            const f = claimFacets(c, site);
            return (facet === 'verdict' ? [f.verdict] : facet === 'outlet' ? f.outlets : f.people).includes(v.value);
          })
          .map((c) => c.id);
        assert.deepEqual(listed, expected, `${v.href}`);
      }
    }
  });

  it('give every verdict on the scale a page, even one no claim has; outlets and people only once they have claims', () => {
    const values = facetValues(site);
    assert.deepEqual(
      values.verdict.map((v) => v.value),
      [...VERDICT_IDS],
    );
    assert.ok(values.outlet.every((v) => v.claims.length > 0));
    assert.ok(values.person.every((v) => v.claims.length > 0));
    const empty = claimListPages({ ...site, claims: [] }, SIZE);
    assert.deepEqual(
      empty.map((p) => p.pagination.href),
      ['/claims/', ...VERDICT_IDS.map((v) => `/claims/verdict/${v}/`)],
    );
  });

  it('have distinct paths, each the route parameter it is served at', () => {
    const hrefs = pages.map((p) => p.pagination.href);
    assert.equal(new Set(hrefs).size, hrefs.length);
    assert.equal(listParam('/claims/'), undefined);
    assert.equal(listParam('/claims/verdict/false/page/2/'), 'verdict/false/page/2');
    assert.equal(listTitle(listOf('/claims/')[1]!), `Claims, page 2 of ${Math.ceil(130 / SIZE)}`);
  });
});

describe('claim list filters', () => {
  it('open pages on a list longer than a page: every facet navigates, with links for readers without JS', () => {
    const first = pages[0]!;
    assert.ok(first.pagination.last > 1);
    assert.ok(first.filters.every((f) => f.navigates && f.options.every((o) => o.href) && f.links!.length === f.options.length));
    assert.equal(first.facets, undefined);
  });

  it('on a list that fits one page, narrow in place by the other facets, offering only the values its claims have', () => {
    const whole = pages.find((p) => p.filter?.facet === 'person' && p.pagination.last === 1)!;
    const [verdict, outlet, person] = whole.filters;
    assert.equal(person!.navigates, true);
    assert.equal(person!.selected, whole.filter!.value);
    assert.equal(verdict!.navigates, false);
    assert.equal(outlet!.navigates, false);
    const present = new Set(whole.claims.map((c) => c.data.verdict));
    assert.deepEqual(new Set(verdict!.options.map((o) => o.value)), present);
    assert.equal(
      verdict!.options.reduce((n, o) => n + (o.count ?? 0), 0),
      whole.claims.length,
    );
    assert.deepEqual(
      Object.keys(whole.facets!),
      whole.claims.map((c) => c.id),
    );
    // Without JS only the page's own facet is links: another facet's link would drop this filter.
    assert.deepEqual(
      whole.filters.map((f) => f.links !== undefined),
      [false, false, true],
    );
    const c = whole.claims[0]!;
    assert.deepEqual(whole.facets![c.id], {
      verdict: c.data.verdict,
      outlet: claimFacets(c, site).outlets.join(' '),
      person: claimFacets(c, site).people.join(' '),
    });
  });
});

describe('claim lists in another edition', () => {
  it("head each list in the edition's words", () => {
    assert.equal(listHeading(undefined), 'Claims');
    assert.equal(listHeading({ facet: 'verdict', label: 'Misleading' }), 'Claims rated Misleading');
    assert.equal(listHeading({ facet: 'outlet', label: 'RT' }), 'Claims from RT');
    assert.equal(listHeading({ facet: 'person', label: 'Vladimir Putin' }), 'Claims by or about Vladimir Putin');
    assert.equal(listHeading(undefined, 'uk'), 'Твердження');
    assert.equal(listHeading({ facet: 'verdict', label: 'Вводить в оману' }, 'uk'), 'Твердження з оцінкою «Вводить в оману»');
    assert.equal(listHeading({ facet: 'outlet', label: 'RT' }, 'ru'), 'Утверждения издания RT');
    assert.equal(listHeading({ facet: 'person', label: 'Володимир Путін' }, 'uk'), 'Твердження, де фігурує Володимир Путін');
    const pagination = { current: 2, last: 7, total: 130, from: 21, to: 40 };
    assert.equal(listTitle({ filter: undefined, pagination } as ClaimListPage, 'ru'), 'Утверждения, страница 2 из 7');
    assert.equal(listTitle({ filter: undefined, pagination: { ...pagination, current: 1 } } as ClaimListPage, 'uk'), 'Твердження');
  });

  it('label and link every facet value in the edition: verdicts and people as it names them, paths under its prefix', () => {
    const uk = facetValues(site, 'uk');
    assert.deepEqual(
      uk.verdict.map((v) => v.label),
      VERDICT_IDS.map((v) => verdictIn(v, 'uk').label),
    );
    assert.ok([...uk.verdict, ...uk.outlet, ...uk.person].every((v) => v.href.startsWith('/uk/claims/')));
    // The same values with the same claims as in English: only the words and paths differ.
    assert.deepEqual(
      uk.person.map((v) => v.value).sort(),
      facetValues(site)
        .person.map((v) => v.value)
        .sort(),
    );
    const first = claimListPages(site, SIZE, 'ru')[0]!;
    assert.deepEqual(
      first.filters.map((f) => f.label),
      ['Оценка', 'Издание', 'Человек'],
    );
    assert.equal(first.pagination.href, '/ru/claims/');
    assert.ok(first.filters.every((f) => f.allHref === '/ru/claims/'));
    assert.equal(facetLabel('person', 'uk'), 'Особа');
  });

  it('describe and sum up a list, counting in the plural forms of the language', () => {
    const one = (total: number) => ({ filter: undefined, pagination: { current: 1, last: 1, total, from: 1, to: total } }) as ClaimListPage;
    assert.equal(listDescription(one(63), 63), '63 fact-checked claims from five articles about a possible Putin–Trump deal on Ukraine.');
    assert.match(listDescription(one(21), 21, 'uk'), /^21 перевірене твердження /);
    assert.match(listDescription(one(63), 63, 'uk'), /^63 перевірені твердження /);
    assert.match(listDescription(one(65), 65, 'ru'), /^65 проверенных утверждений /);
    const verdict: FacetValue = { facet: 'verdict', value: 'false', label: 'Неправда', claims: [], href: '' };
    assert.equal(
      listDescription({ ...one(1), filter: verdict }, 63, 'uk'),
      'Твердження з оцінкою «Неправда»: 1 перевірене твердження, з оцінками та джерелами.',
    );
    assert.equal(listSummary({ from: 51, to: 63, total: 63, last: 2 }), 'Claims 51–63 of 63, newest check first.');
    assert.equal(listSummary({ from: 1, to: 1, total: 1, last: 1 }), '1 claim, newest check first.');
    assert.equal(listSummary({ from: 51, to: 63, total: 63, last: 2 }, 'ru'), 'Утверждения 51–63 из 63; сначала самые свежие проверки.');
    assert.equal(listSummary({ from: 1, to: 5, total: 5, last: 1 }, 'uk'), '5 тверджень; спершу найсвіжіші перевірки.');
  });
});
