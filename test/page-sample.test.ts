/** The page sample of the page-by-page checks (test/page-sample.ts): exhaustive on the real site, bounded and seeded at scale. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { EXHAUSTIVE_MAX, pagesToCheck, pageTemplate, PER_TYPE } from './page-sample.ts';

/** A sitemap shaped like the 10,000-claim benchmark's, in three editions. */
function bigSitemap(): string[] {
  const one = [
    '/',
    '/about/',
    '/claims/',
    ...Array.from({ length: 10_000 }, (_, i) => `/claims/claim-${i}/`),
    ...Array.from({ length: 200 }, (_, i) => `/claims/page/${i + 2}/`),
    ...Array.from({ length: 40 }, (_, i) => `/claims/verdict/false/page/${i + 2}/`),
    ...Array.from({ length: 500 }, (_, i) => `/claims/person/person-${i}/`),
    ...Array.from({ length: 1_250 }, (_, i) => `/articles/article-${i}/`),
    ...Array.from({ length: 12 }, (_, i) => `/timeline/2024-${String(i + 1).padStart(2, '0')}/`),
  ];
  return [...one, ...one.map((p) => `/uk${p}`), ...one.map((p) => `/ru${p}`)];
}

describe('page sample', () => {
  it("names a page's template by edition, section and structure, with ids and numbers as *", () => {
    assert.equal(pageTemplate('/'), '/');
    assert.equal(pageTemplate('/uk/'), '/uk/');
    assert.equal(pageTemplate('/about/'), '/about/');
    assert.equal(pageTemplate('/claims/claim-5/'), '/claims/*/');
    assert.equal(pageTemplate('/ru/claims/verdict/false/page/2/'), '/ru/claims/verdict/*/page/*/');
    assert.equal(pageTemplate('/uk/timeline/2024-02/'), '/uk/timeline/*/');
    assert.equal(pageTemplate('/claims/person/vladimir-putin/'), '/claims/person/*/');
  });

  it('checks every page of a site up to the limit', () => {
    const paths = bigSitemap().slice(0, EXHAUSTIVE_MAX);
    assert.deepEqual(pagesToCheck(paths), paths);
  });

  it('past the limit, checks at most PER_TYPE pages of each type and every type, in sitemap order', () => {
    const paths = bigSitemap();
    const sample = pagesToCheck(paths);
    const count = (list: string[]) =>
      list.reduce((m, p) => m.set(pageTemplate(p), (m.get(pageTemplate(p)) ?? 0) + 1), new Map<string, number>());
    const all = count(paths);
    const sampled = count(sample);
    assert.deepEqual([...sampled.keys()].sort(), [...all.keys()].sort(), 'every template, in every edition');
    for (const [type, n] of sampled) assert.equal(n, Math.min(PER_TYPE, all.get(type)!), type);
    assert.deepEqual(
      sample,
      paths.filter((p) => sample.includes(p)),
      'in the order given',
    );
    assert.ok(sample.length < 500, `${sample.length} pages of ${paths.length}`);
  });

  it('draws the same sample for the same seed and another for another', () => {
    const paths = bigSitemap();
    assert.deepEqual(pagesToCheck(paths), pagesToCheck(paths));
    assert.notDeepEqual(pagesToCheck(paths, { seed: 'other' }), pagesToCheck(paths));
  });

  it('checks every page when asked, whatever the size', () => {
    const paths = bigSitemap();
    assert.equal(pagesToCheck(paths, { all: true }).length, paths.length);
  });
});
