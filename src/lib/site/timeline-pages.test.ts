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
import { anchorIndex, layOutTimeline, timelineParam, timelineSummary, type TimelinePeriodPage } from './timeline-pages.ts';
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
});
