import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildMismatch, permalinkProblems, unlistedUrls } from './permalinks.ts';
import { formatRedirectsFile, redirectProblems, renamedClaims } from './redirects.ts';
import { formatUrlList, parseUrlList, permalinkOfFile, urlOfFile } from './url-list.ts';

const live = new Set(['/', '/claims/', '/claims/a/', '/claims/b/', '/rss.xml']);

describe('permalinkOfFile', () => {
  it('publishes pages, feeds and open data', () => {
    assert.equal(permalinkOfFile('index.html'), '/');
    assert.equal(permalinkOfFile('claims/a/index.html'), '/claims/a/');
    assert.equal(permalinkOfFile('rss.xml'), '/rss.xml');
    assert.equal(permalinkOfFile('data/claims.json'), '/data/claims.json');
  });
  it('leaves out assets, the 404 page, underscored files and script data', () => {
    for (const f of ['_astro/a.css', '_redirects', '404.html', 'search-index.json', 'og/a.png', 'favicon.svg'])
      assert.equal(permalinkOfFile(f), undefined, f);
  });
  it('maps every file to the URL it answers at', () => {
    assert.equal(urlOfFile('_astro/a.css'), '/_astro/a.css');
    assert.equal(urlOfFile('people/x/index.html'), '/people/x/');
  });
});

describe('the URL list', () => {
  it('round-trips, sorted, without duplicates, comments skipped', () => {
    const text = formatUrlList(['/claims/b/', '/', '/claims/b/']);
    assert.match(text, /^# /);
    assert.deepEqual(parseUrlList(text), ['/', '/claims/b/']);
  });
  it('finds what the list does not have yet', () => {
    assert.deepEqual(unlistedUrls(['/'], ['/claims/a/', '/']), ['/claims/a/']);
  });
});

describe('permalinkProblems', () => {
  it('passes when every published URL is served', () => {
    assert.deepEqual(permalinkProblems({ published: ['/', '/claims/a/'], live, redirects: {} }), []);
  });
  it('reports a published URL that is gone, suggesting the one new URL in its section', () => {
    const [p, ...rest] = permalinkProblems({
      published: ['/claims/a/', '/claims/old/'],
      live: new Set(['/claims/a/', '/claims/new/']),
      redirects: {},
    });
    assert.equal(rest.length, 0);
    assert.equal(p?.file, 'published/urls.txt');
    assert.equal(p?.field, '/claims/old/');
    assert.match(p?.fix ?? '', /"\/claims\/old\/": "\/claims\/new\/" to src\/data\/redirects.json/);
    assert.match(p?.fix ?? '', /restore content\/claims\/old\.md/);
  });
  it('names the real new id when several pages are new: the one nearest by spelling, the others listed', () => {
    const [p, ...rest] = permalinkProblems({
      published: ['/claims/kellogg-named-special-envoy/'],
      live: new Set(['/claims/trump-pledged-end-war-in-a-day/', '/claims/kellogg-named-envoy-for-ukraine/', '/people/keith-kellogg/']),
      redirects: {},
    });
    assert.equal(rest.length, 0);
    assert.match(
      p?.fix ?? '',
      /^if the page moved, add "\/claims\/kellogg-named-special-envoy\/": "\/claims\/kellogg-named-envoy-for-ukraine\/" to src\/data\/redirects\.json \(the new page nearest by spelling; also new: \/claims\/trump-pledged-end-war-in-a-day\/\)/,
    );
  });
  it('accepts a gone URL that redirects to a served page', () => {
    assert.deepEqual(permalinkProblems({ published: ['/claims/old/'], live, redirects: { '/claims/old/': '/claims/a/' } }), []);
  });
  it('skips URLs the caller cannot vouch for', () => {
    assert.deepEqual(permalinkProblems({ published: ['/rss2.xml'], live, redirects: {}, covers: (u) => u.startsWith('/claims/') }), []);
  });
});

describe('redirectProblems', () => {
  it('reports redirects that lead nowhere, loop, hide a page or are malformed', () => {
    const problems = redirectProblems(
      {
        '/claims/x/': '/claims/nope/',
        '/claims/l1/': '/claims/l2/',
        '/claims/l2/': '/claims/l1/',
        '/claims/a/': '/claims/b/',
        'claims/c': '/claims/b/',
        '/claims/d/': { status: 301, destination: '/claims/b/' },
      },
      live,
    );
    assert.deepEqual(
      problems.map((p) => p.field),
      ['"/claims/x/"', '"/claims/l1/"', '"/claims/l2/"', '"/claims/a/"', '"claims/c"'],
    );
    assert.match(problems[0]?.message ?? '', /does not serve/);
    assert.match(problems[1]?.message ?? '', /loop/);
    assert.match(problems[3]?.message ?? '', /hide it/);
  });
  it('follows chains and allows external destinations', () => {
    assert.deepEqual(redirectProblems({ '/claims/o/': '/claims/p/', '/claims/p/': '/claims/a/', '/x/': 'https://example.org/' }, live), []);
  });
});

describe('renamedClaims', () => {
  it("maps a claim's new id to its old one, through chains", () => {
    const renamed = renamedClaims({ '/claims/one/': '/claims/two/', '/claims/two/': '/claims/three/', '/people/p/': '/people/q/' });
    assert.equal(renamed.get('three'), 'one');
    assert.equal(renamed.has('q'), false);
  });
});

describe('buildMismatch', () => {
  const ids = { articles: [], claims: ['a', 'b'], people: [], outlets: [], events: [] };
  it('is empty for a build of this content', () => {
    assert.deepEqual(buildMismatch(live, ids, {}), { missing: [], extra: [] });
  });
  it('names pages of other content and content without a page', () => {
    const served = new Set(['/claims/a/', '/claims/sky-is-green/', '/claims/old/']);
    assert.deepEqual(buildMismatch(served, ids, { '/claims/old/': '/claims/a/' }), {
      missing: ['/claims/b/'],
      extra: ['/claims/sky-is-green/'],
    });
  });
});

describe('formatRedirectsFile', () => {
  it('writes one line per redirect, with and without the trailing slash', () => {
    const text = formatRedirectsFile({ '/claims/old/': '/claims/new/', '/feed.xml': { status: 302, destination: '/rss.xml' } });
    assert.deepEqual(text.split('\n').slice(1), [
      '/claims/old /claims/new/ 301',
      '/claims/old/ /claims/new/ 301',
      '/feed.xml /rss.xml 302',
      '',
    ]);
  });
});
