import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { SearchKind } from '../kinds.ts';
import { browseGroups, BROWSE_LIMIT } from './browse.ts';
import type { SearchDocument } from './document.ts';

const docs = (kind: SearchKind, count: number): SearchDocument[] =>
  Array.from({ length: count }, (_, n) => ({ kind, id: `${kind}-${n}`, title: `${kind} ${n}`, text: '', aliases: [], refs: [] }));

describe('browseGroups', () => {
  it('lists every entry of a small site, kind by kind, with no links onward', () => {
    const groups = browseGroups([...docs('claim', 63), ...docs('person', 25), ...docs('outlet', 12)]);
    assert.deepEqual(
      groups.map((g) => [g.kind, g.total, g.shown.length, g.more]),
      [
        ['person', 25, 25, undefined],
        ['outlet', 12, 12, undefined],
        ['claim', 63, 63, undefined],
      ],
    );
  });

  it('stays bounded at 10,000 claims, linking each cut kind to its full list', () => {
    const groups = browseGroups([...docs('person', 400), ...docs('event', 400), ...docs('article', 800), ...docs('claim', 8350)]);
    assert.ok(groups.every((g) => g.shown.length === BROWSE_LIMIT));
    assert.deepEqual(
      groups.map((g) => [g.kind, g.total, g.more]),
      [
        ['person', 400, '/people/'],
        ['event', 400, '/timeline/'],
        ['article', 800, '/articles/'],
        ['claim', 8350, '/claims/'],
      ],
    );
  });
});
