import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { dateSortKey, formatPartialDate } from './dates.ts';
import { isRealPartialDate } from '../../schemas/common.ts';

describe('dates', () => {
  it('show the precision that is known, never more', () => {
    assert.equal(formatPartialDate('2024-12'), 'December 2024');
    assert.equal(formatPartialDate('2025-01-03', true), 'about 3 January 2025');
    assert.equal(formatPartialDate('2024'), '2024');
    assert.equal(formatPartialDate('2024-12-03T10:50:16'), '3 December 2024, 10:50');
  });
  it('sort a month after the days of that month and before the next month', () => {
    const sorted = ['2025-01-02', '2024-12', '2024-12-08', '2024-11-30', '2024-12-03T10:50'].sort((a, b) =>
      dateSortKey(a).localeCompare(dateSortKey(b)),
    );
    assert.deepEqual(sorted, ['2024-11-30', '2024-12-03T10:50', '2024-12-08', '2024-12', '2025-01-02']);
  });
  it('reject impossible dates', () => {
    for (const bad of ['2024-02-30', '2023-02-29', '2024-13', '2024-00-10', '24-12-01', '2024-12-01T25:00', 'soon']) {
      assert.equal(isRealPartialDate(bad), false, bad);
    }
    for (const good of ['2024-02-29', '2024-12', '2024', '2024-12-03T10:50:16']) assert.equal(isRealPartialDate(good), true, good);
  });
});

describe('dates in the other editions', () => {
  it('read at their own precision in Ukrainian and Russian', () => {
    assert.equal(formatPartialDate('2024-12-03', false, 'uk'), '3 грудня 2024 р.');
    assert.equal(formatPartialDate('2024-12', true, 'ru'), 'примерно декабрь 2024 г.');
    assert.equal(formatPartialDate('2024', false, 'uk'), '2024');
  });
});
