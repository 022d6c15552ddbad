/** The home page's verdict picture: every verdict on the scale, counted, labelled and linked in each edition. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { VERDICT_IDS } from '../model/verdicts.ts';
import { verdictIn } from '../i18n/names.ts';
import { verdictOverview } from './verdict-overview.ts';

describe('verdictOverview', () => {
  it('gives every verdict a bar in scale order, zeros included, widths relative to the largest count', () => {
    const bars = verdictOverview(['false', 'false', 'accurate']);
    assert.deepEqual(
      bars.map((b) => b.verdict),
      [...VERDICT_IDS],
    );
    const byId = new Map(bars.map((b) => [b.verdict, b]));
    assert.deepEqual([byId.get('false')?.count, byId.get('false')?.fraction], [2, 1]);
    assert.deepEqual([byId.get('accurate')?.count, byId.get('accurate')?.fraction], [1, 0.5]);
    assert.equal(byId.get('misleading')?.count, 0);
    assert.equal(byId.get('false')?.label, 'False');
    assert.equal(byId.get('false')?.href, '/claims/verdict/false/');
  });

  it("labels and links each bar in the edition's language", () => {
    for (const locale of ['uk', 'ru'] as const) {
      const bars = verdictOverview(['misleading'], locale);
      assert.deepEqual(
        bars.map((b) => b.label),
        VERDICT_IDS.map((v) => verdictIn(v, locale).label),
      );
      assert.ok(bars.every((b) => b.href === `/${locale}/claims/verdict/${b.verdict}/`));
    }
    assert.equal(verdictOverview([], 'uk').find((b) => b.verdict === 'misleading')?.label, 'Вводить в оману');
  });
});
