import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { pageLinks, paginateList } from './pagination.ts';

const pathOf = (n: number) => (n === 1 ? '/list/' : `/list/page/${n}/`);
const numbers = (links: ReturnType<typeof pageLinks>) =>
  links.map((l) => ('gap' in l ? '…' : l.current ? `[${l.page}]` : String(l.page))).join(' ');

describe('paginateList', () => {
  it('splits a list into pages of the given size, the last one shorter, each with its path and neighbours', () => {
    const pages = paginateList(
      Array.from({ length: 23 }, (_, i) => i),
      10,
      pathOf,
    );
    assert.deepEqual(
      pages.map((p) => [p.items.length, p.pagination.from, p.pagination.to, p.pagination.href, p.pagination.prev, p.pagination.next]),
      [
        [10, 1, 10, '/list/', undefined, '/list/page/2/'],
        [10, 11, 20, '/list/page/2/', '/list/', '/list/page/3/'],
        [3, 21, 23, '/list/page/3/', '/list/page/2/', undefined],
      ],
    );
    assert.deepEqual(
      pages.flatMap((p) => p.items),
      Array.from({ length: 23 }, (_, i) => i),
    );
    assert.ok(pages.every((p) => p.pagination.last === 3 && p.pagination.total === 23));
  });
  it('keeps one empty page for an empty list, with no navigation', () => {
    const [only, ...rest] = paginateList([], 10, pathOf);
    assert.equal(rest.length, 0);
    assert.deepEqual([only!.items, only!.pagination.from, only!.pagination.to, only!.pagination.links], [[], 0, 0, []]);
  });
});

describe('pageLinks', () => {
  it('shows every page of a short list', () => {
    assert.equal(numbers(pageLinks(2, 5, pathOf)), '1 [2] 3 4 5');
  });
  it('shows the ends and a window around the current page of a long one, gaps between', () => {
    assert.equal(numbers(pageLinks(1, 200, pathOf)), '[1] 2 3 … 200');
    assert.equal(numbers(pageLinks(50, 200, pathOf)), '1 … 48 49 [50] 51 52 … 200');
    assert.equal(numbers(pageLinks(200, 200, pathOf)), '1 … 198 199 [200]');
  });
  it('writes a page number rather than a gap that would hide just one page', () => {
    assert.equal(numbers(pageLinks(5, 9, pathOf)), '1 2 3 4 [5] 6 7 8 9');
  });
});
