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
import { claimListPages, facetValues, listParam, listTitle, type ClaimListPage } from './list-pages.ts';
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
