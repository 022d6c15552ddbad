/**
 * The timeline's pages on a synthetic corpus (bench/corpus.ts): one page with
 * jump links while small; once split, every entry on exactly one month page,
 * and every old `/timeline/#<anchor>` link forwarded to it.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeCorpus } from '../../../bench/corpus.ts';
import { loadContent } from '../content/loader.ts';
import { indexSite, type SiteIndex } from './site-index.ts';
import { anchorIndex, layOutTimeline, shortMonth, timelineParam, timelineSummary, type TimelinePeriodPage } from './timeline-pages.ts';
import { entryAnchorOf, placeOfAnchor } from './timeline-anchors.ts';

let dir = '';
let site: SiteIndex;

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'timeline-pages-'));
  writeCorpus(dir, 130);
  site = indexSite(loadContent(dir).snapshot);
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe('a small timeline', () => {
  it('is one page, /timeline/, whose month index jumps to each month', () => {
    const view = layOutTimeline(site, { wholeMax: 10_000, pageSize: 10 });
    assert.equal(view.split, false);
    assert.deepEqual(
      view.pages.map((p) => [p.kind, p.path]),
      [['whole', '/timeline/']],
    );
    const page = view.pages[0]!;
    assert.deepEqual(
      page.months.map((m) => m.href),
      view.groups.map((g) => `#${g.anchor}`),
    );
    assert.deepEqual(
      page.months.map((m) => m.count),
      view.groups.map((g) => g.entries.length),
    );
    assert.equal(view.places.size, 0);
    assert.deepEqual(anchorIndex(view).months, {});
  });
});

describe('a timeline split into months', () => {
  const layout = { wholeMax: 50, pageSize: 7 };

  it('has the index at /timeline/, then each month paginated, every entry on exactly one page in order', () => {
    const view = layOutTimeline(site, layout);
    assert.equal(view.split, true);
    assert.deepEqual(view.pages[0]!.kind, 'index');
    assert.equal(view.pages[0]!.path, '/timeline/');
    const periods = view.pages.filter((p): p is TimelinePeriodPage => p.kind === 'period');
    assert.deepEqual(
      periods.flatMap((p) => p.group.entries.map((e) => e.anchor)),
      view.entries.map((e) => e.anchor),
    );
    assert.ok(periods.every((p) => p.group.entries.length <= layout.pageSize && p.group.entries.length > 0));
    const paths = view.pages.map((p) => p.path);
    assert.equal(new Set(paths).size, paths.length);
    const dec = periods.filter((p) => p.month.key === '2024-12');
    assert.deepEqual(dec.map((p) => p.path).slice(0, 2), ['/timeline/2024-12/', '/timeline/2024-12/page/2/']);
    assert.equal(timelineParam('/timeline/2024-12/page/2/'), '2024-12/page/2');
    assert.equal(timelineParam('/timeline/'), undefined);
    assert.deepEqual(
      view.pages[0]!.months.map((m) => m.href),
      view.groups.map((g) => `/timeline/${g.key}/`),
    );
    assert.equal(dec[0]!.prev?.key, '2024-11');
  });

  it('places every anchor on its page, and the anchor index forwards each old link there', () => {
    const view = layOutTimeline(site, layout);
    const index = anchorIndex(view);
    for (const page of view.pages) {
      if (page.kind !== 'period') continue;
      for (const e of page.group.entries) {
        const at: { key: string; page: number } = { key: page.month.key, page: page.pagination.current };
        assert.deepEqual(view.places.get(e.anchor), at, e.anchor);
        assert.deepEqual(placeOfAnchor(index, e.anchor), at, e.anchor);
      }
    }
    assert.equal(placeOfAnchor(index, 'claim-gone'), undefined);
  });
});

describe('timeline helpers', () => {
  it('reads an entry anchor from a location hash, and nothing else', () => {
    assert.equal(entryAnchorOf('#claim-putin-said-x'), 'claim-putin-said-x');
    assert.equal(entryAnchorOf('#month-2024-12'), undefined);
    assert.equal(entryAnchorOf(''), undefined);
  });
  it('sums the timeline up in words', () => {
    const view = layOutTimeline(site);
    assert.match(
      timelineSummary(view.entries, view.groups),
      /^20 events, 17 articles and 130 claims, from January 2024 to December 2024\.$/,
    );
  });
  it("sums it up in the edition's words, counting in its plural forms", () => {
    const uk = layOutTimeline(site, undefined, 'uk');
    assert.equal(
      timelineSummary(uk.entries, uk.groups, 'uk'),
      'Період січень 2024 р. – грудень 2024 р.: 20 подій, 17 статей і 130 тверджень.',
    );
    const ru = layOutTimeline(site, undefined, 'ru');
    assert.equal(
      timelineSummary(ru.entries, ru.groups, 'ru'),
      'Период январь 2024 г. – декабрь 2024 г.: 20 событий, 17 статей и 130 утверждений.',
    );
    const some = (kinds: Record<string, number>) =>
      Object.entries(kinds).flatMap(([kind, n]) => Array.from({ length: n }, () => ({ kind }) as (typeof uk.entries)[number]));
    assert.equal(timelineSummary(some({ event: 1, article: 2, claim: 5 }), [], 'uk'), '1 подія, 2 статті і 5 тверджень.');
    assert.equal(timelineSummary(some({ event: 21, article: 3, claim: 1 }), [], 'ru'), '21 событие, 3 статьи и 1 утверждение.');
    assert.equal(timelineSummary(some({ event: 1, article: 2, claim: 5 }), []), '1 event, 2 articles and 5 claims.');
  });
  it('abbreviates months in the month index as each language does', () => {
    assert.equal(shortMonth('2024-12'), 'Dec');
    assert.equal(shortMonth('2024-12', 'uk'), 'груд.');
    assert.equal(shortMonth('2024-05', 'ru'), 'май');
    assert.equal(shortMonth('2024'), 'Month not known');
    assert.equal(shortMonth('2024', 'uk'), 'Місяць невідомий');
  });
  it("lays out a translated edition's pages with its paths and month names, entries on the same pages as in English", () => {
    const layout = { wholeMax: 10, pageSize: 7 };
    const en = layOutTimeline(site, layout);
    const uk = layOutTimeline(site, layout, 'uk');
    assert.deepEqual(
      uk.pages.map((p) => p.path),
      en.pages.map((p) => `/uk${p.path}`),
    );
    assert.deepEqual([...uk.places], [...en.places]);
    const period = uk.pages.find((p): p is TimelinePeriodPage => p.kind === 'period')!;
    assert.match(period.month.label, /^[А-ЯІЇЄҐ][а-яіїєґ’]+ 2024 р\.$/);
    assert.ok(period.group.entries.every((e) => e.href.startsWith('/uk/')));
  });
});
