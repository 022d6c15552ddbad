import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { brokenLinks, extractLinks, formatBrokenLinks, type PageLinks } from './link-check.ts';

const html = (body: string, head = '') => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

describe('extractLinks', () => {
  it('collects ids, hrefs, srcs, srcset, form actions, og URLs and meta refresh', () => {
    const page = extractLinks(
      html(
        '<h2 id="sources">S</h2><a name="old"></a><a href="/a/?q=1&amp;b=2#x">a</a><img src="/i.png" srcset="/i.png 1x, /i2.png 2x"><form action="/search/"></form>',
        '<link rel="canonical" href="https://example.org/p/"><meta property="og:image" content="https://example.org/og.png"><meta http-equiv="refresh" content="0;url=/new/">',
      ),
    );
    assert.deepEqual([...page.ids], ['sources', 'old']);
    assert.deepEqual(
      page.links.sort(),
      ['/a/?q=1&b=2#x', '/i.png', '/i.png', '/i2.png', '/new/', '/search/', 'https://example.org/og.png', 'https://example.org/p/'].sort(),
    );
    assert.equal(page.refresh, '/new/');
    assert.equal(page.canonical, 'https://example.org/p/');
  });
});

describe('brokenLinks', () => {
  const pages = new Map<string, PageLinks>([
    [
      '/',
      extractLinks(
        html(
          '<a href="/claims/x/#verdict">ok</a><a href="claims/x/">relative</a><a href="https://other.org/missing/">external</a><a href="mailto:a@b.c">mail</a><a href="#top">top</a>',
        ),
      ),
    ],
    ['/claims/x/', extractLinks(html('<p id="verdict">v</p><a href="../../">home</a><a href="/old/#verdict">via redirect</a>'))],
    ['/old/', extractLinks(html('', '<meta http-equiv="refresh" content="0;url=/claims/x/">'))],
  ]);
  const site = { served: new Set(['/', '/claims/x/', '/old/', '/rss.xml']), pages, origin: 'https://example.org' };

  it('finds nothing wrong in a consistent site, following redirect pages for anchors', () => {
    assert.deepEqual(brokenLinks(site), []);
  });
  it('reports a missing page, a missing anchor, a missing trailing slash and a same-origin absolute link', () => {
    const bad = new Map(pages).set(
      '/bad/',
      extractLinks(
        html(
          '<a href="/claims/y/">a</a><a href="/claims/x/#nope">b</a><a href="/claims/x">c</a><a href="https://example.org/gone.xml">d</a><a href="/rss.xml#x">feed</a>',
        ),
      ),
    );
    const broken = brokenLinks({ ...site, pages: bad });
    assert.deepEqual(
      broken.map((b) => [b.href, b.reason]),
      [
        ['/claims/y/', 'the site serves nothing at /claims/y/'],
        ['/claims/x/#nope', '/claims/x/ has no element with id "nope"'],
        ['/claims/x', '/claims/x lacks its trailing slash'],
        ['https://example.org/gone.xml', 'the site serves nothing at /gone.xml'],
      ],
    );
    assert.match(broken[0]?.fix ?? '', /no content\/claims\/y\.md/);
    assert.match(formatBrokenLinks(broken), /^4 broken internal links on 1 page\.\n\npage \/bad\/\n {2}\/claims\/y\/: /);
  });
});
