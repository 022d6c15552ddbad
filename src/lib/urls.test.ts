/**
 * The URL module is the only place that spells a content path: every other
 * source file asks `paths` for one. This test reads the sources and fails on
 * a hand-written `/claims/…`, `/articles/…`, `/people/…`, `/outlets/…`,
 * `/events/…` or `/timeline/#…` link, naming the file and line.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { editionOfPath, editionsOf, entryOfPath, localize, paths, quoteAnchor, timelineAnchor, unlocalize } from './urls.ts';

/** A path spelled in code: a quote or backtick, then a section, then an id or a template. */
const SPELLED =
  /['"`]\/(claims|articles|people|outlets|events|embed|oembed)\/(\$\{|[a-z0-9-]+\/)|['"`]\/timeline\/#|href="\/(claims|articles|people|outlets|events|timeline|search|about|methodology|corrections|embed|oembed)\//;

function sources(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && /\.(ts|astro|mjs)$/.test(d.name) && !d.name.endsWith('.test.ts'))
    .map((d) => join(d.parentPath, d.name));
}

describe('the URL module', () => {
  it('is the only source file that spells a content path', () => {
    const offenders: string[] = [];
    for (const file of [...sources('src'), ...sources('scripts')]) {
      if (file === join('src', 'lib', 'urls.ts')) continue;
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, n) => {
          // Comments may show example URLs; code may not build them.
          const code = line.replace(/^\s*(\*|\/\/).*$/, '').replace(/\/\*\*.*\*\//, '');
          if (SPELLED.test(code)) offenders.push(`${file}:${n + 1}: ${line.trim()}`);
        });
    }
    assert.deepEqual(offenders, [], `build these paths with paths.* from src/lib/urls.ts:\n${offenders.join('\n')}`);
  });
  it('builds the permanent paths journalists cite', () => {
    assert.equal(paths.claim('x'), '/claims/x/');
    assert.equal(paths.article('a'), '/articles/a/');
    assert.equal(paths.person('p'), '/people/p/');
    assert.equal(paths.outlet('o'), '/outlets/o/');
    assert.equal(paths.event('e'), '/events/e/');
    assert.equal(paths.quote('a', 'b', 1), '/articles/a/#quote-b-2');
    assert.equal(paths.timelineEntry('claim', 'x'), '/timeline/#claim-x');
    assert.equal(paths.search('Малофеев'), '/search/?q=%D0%9C%D0%B0%D0%BB%D0%BE%D1%84%D0%B5%D0%B5%D0%B2');
    assert.equal(paths.embed('x'), '/embed/claims/x/');
    assert.equal(paths.oembed('x'), '/oembed/claims/x.json');
    assert.equal(quoteAnchor('x'), 'quote-x');
    assert.equal(paths.claimsPage(1), '/claims/');
    assert.equal(paths.claimsPage(2), '/claims/page/2/');
    assert.equal(paths.claimsBy('verdict', 'misleading'), '/claims/verdict/misleading/');
    assert.equal(paths.claimsBy('outlet', 'rt', 3), '/claims/outlet/rt/page/3/');
    assert.equal(paths.claimsBy('person', 'p', 1, 'uk'), '/uk/claims/person/p/');
    assert.equal(paths.timelinePeriod('2024-12'), '/timeline/2024-12/');
    assert.equal(paths.timelinePeriod('2024-12', 2), '/timeline/2024-12/page/2/');
    assert.equal(paths.timelineEntry('claim', 'x', undefined, { key: '2024-12', page: 2 }), '/timeline/2024-12/page/2/#claim-x');
    assert.equal(timelineAnchor('event', 'e'), 'event-e');
  });
  it('reads an entry back from its path, and leaves the default edition unprefixed', () => {
    assert.deepEqual(entryOfPath('/claims/x/'), { collection: 'claims', id: 'x' });
    assert.equal(entryOfPath('/claims/'), undefined);
    assert.equal(localize('/claims/'), '/claims/');
  });
  it('moves a path between editions, and tells which edition a path is in', () => {
    assert.equal(unlocalize('/uk/claims/x/'), '/claims/x/');
    assert.equal(unlocalize('/ru/'), '/');
    assert.equal(unlocalize('/claims/x/'), '/claims/x/');
    // Only the editions' prefixes: an English path that happens to start with two letters stays.
    assert.equal(unlocalize('/og/claims/x.png'), '/og/claims/x.png');
    assert.deepEqual(editionsOf('/ru/timeline/2024-12/'), [
      { locale: 'en', path: '/timeline/2024-12/' },
      { locale: 'uk', path: '/uk/timeline/2024-12/' },
      { locale: 'ru', path: '/ru/timeline/2024-12/' },
    ]);
    assert.equal(editionOfPath('/uk/claims/x/'), 'uk');
    assert.equal(editionOfPath('/claims/x/'), 'en');
    assert.equal(paths.claimImage('x', 'uk'), '/og/uk/claims/x.png');
    assert.equal(paths.siteImage(), '/og/site.png');
    assert.equal(paths.searchIndexDir('ru'), '/search-index/ru/');
  });
});
