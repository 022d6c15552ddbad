/**
 * Feeds, open data and sharing metadata in the built site: the sitemap lists
 * every page; the RSS feeds and the open data cover every claim and
 * correction of the content that was built, with links that resolve; the data
 * files match docs/open-data.md; every page has canonical, Open Graph and
 * Twitter metadata, and every claim its own Open Graph image.
 * The content is read from CONTENT_DIR (default content/), as the build does.
 */
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadContent } from '../../src/lib/content/loader.ts';
import { BOM, CSV_COLUMNS } from '../../src/lib/outputs/open-data-csv.ts';
import { LICENCE } from '../../src/consts.ts';
import { editionOfPath, DATA_TABLES, paths } from '../../src/lib/urls.ts';
import { claimView } from '../../src/lib/site/claim-view.ts';
import { indexSite } from '../../src/lib/site/site-index.ts';
import { builtPages, DIST, distFiles, readDist, type BuiltPage } from './dist.ts';

const { snapshot } = loadContent(process.env['CONTENT_DIR'] ?? 'content');
const corrections = snapshot.claims.reduce((n, c) => n + c.data.corrections.length, 0);

/** Throws unless every start tag is closed in order: enough to catch broken XML without a parser dependency. */
function assertWellFormed(xml: string, name: string): void {
  const body = xml.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>/g, '');
  const stack: string[] = [];
  for (const [tag, close, tagName, selfClose] of body.matchAll(/<(\/?)([A-Za-z_][\w:.-]*)\b[^>]*?(\/?)>/g)) {
    if (selfClose) continue;
    if (!close) stack.push(tagName!);
    else assert.equal(stack.pop(), tagName, `${name}: unexpected ${tag}`);
  }
  assert.deepEqual(stack, [], `${name}: unclosed ${stack.join(', ')}`);
  assert.doesNotMatch(body.replace(/<[^>]*>/g, ''), /&(?!(amp|lt|gt|quot|apos|#\d+|#x[\da-f]+);)|</i, `${name}: unescaped & or <`);
}

const tagValues = (xml: string, tag: string) =>
  [...xml.matchAll(new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) => m[1]!);

/** The dist/ file that serves an absolute URL of the site, if any. */
function served(url: string, origin: string): string | undefined {
  const u = new URL(url);
  if (u.origin !== origin) return undefined;
  const path = decodeURIComponent(u.pathname).replace(/^\//, '');
  const file = path === '' || path.endsWith('/') ? `${path}index.html` : path;
  return existsSync(join(DIST, file)) ? file : undefined;
}

/** Minimal RFC 4180 parser: quoted fields, doubled quotes, CRLF rows; the file must start with a UTF-8 BOM. */
function parseCsv(file: string): string[][] {
  assert.ok(file.startsWith(BOM), 'the CSV starts with a UTF-8 byte order mark, so spreadsheets read it as UTF-8');
  const text = file.slice(BOM.length);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  assert.equal(field + row.join(''), '', 'the CSV ends with CRLF');
  return rows;
}

let origin = '';
let pages: BuiltPage[] = [];
before(() => {
  pages = builtPages();
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(readDist('index.html'))?.[1];
  assert.ok(canonical, 'the home page has a canonical link');
  origin = new URL(canonical).origin;
});

describe('sitemap.xml', () => {
  it('is a sitemap index whose sitemaps list every page, and only pages that exist', () => {
    const index = readDist('sitemap.xml');
    assertWellFormed(index, 'sitemap.xml');
    const sitemaps = tagValues(index, 'loc');
    assert.ok(sitemaps.length > 0, 'sitemap.xml lists at least one sitemap');
    const urls = sitemaps.flatMap((s) => {
      const file = served(s, origin);
      assert.ok(file, `${s} is served`);
      const xml = readDist(file);
      assertWellFormed(xml, file);
      return tagValues(xml, 'loc');
    });
    const listed = new Set(urls.map((u) => new URL(u).pathname));
    assert.deepEqual(
      urls.filter((u) => !served(u, origin)),
      [],
      'every listed URL is built',
    );
    const missing = pages
      .filter((p) => p.url !== '/404.html' && !listed.has(p.url) && !/http-equiv="refresh"/.test(p.html))
      .map((p) => p.url);
    assert.deepEqual(missing, [], 'every page is in the sitemap');
  });

  it('gives every URL the same edition alternates and x-default as its page head', () => {
    const entries = tagValues(readDist('sitemap.xml'), 'loc').flatMap((s) => tagValues(readDist(served(s, origin)!), 'url'));
    const pairs = (links: Iterable<RegExpMatchArray>) => [...links].map((m) => `${m[1]} ${new URL(m[2]!).pathname}`).sort();
    const wrong: string[] = [];
    let withAlternates = 0;
    for (const entry of entries) {
      const url = tagValues(entry, 'loc')[0]!;
      const loc = new URL(url).pathname;
      const listed = pairs(entry.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g));
      const file = served(url, origin);
      const head = file ? readDist(file).split('</head>')[0]! : '';
      const declared = pairs(head.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">/g));
      if (listed.length) withAlternates++;
      if (listed.join() !== declared.join()) wrong.push(`${loc}: sitemap [${listed.join(', ')}], page head [${declared.join(', ')}]`);
    }
    assert.ok(withAlternates > entries.length / 2, `${withAlternates} of ${entries.length} URLs list alternates`);
    assert.deepEqual(wrong.slice(0, 10), [], `${wrong.length} URLs differ`);
  });
});

describe('RSS feeds', () => {
  it('rss.xml has one item per claim, newest first, each linking to its claim page', () => {
    const xml = readDist('rss.xml');
    assertWellFormed(xml, 'rss.xml');
    assert.match(xml, /<atom:link href="[^"]+\/rss\.xml" rel="self" type="application\/rss\+xml"\/>/);
    const items = tagValues(xml, 'item');
    assert.equal(items.length, snapshot.claims.length);
    const links = items.map((i) => tagValues(i, 'link')[0]!);
    assert.deepEqual(
      links.filter((l) => !served(l, origin)),
      [],
      'every item links to a built page',
    );
    assert.deepEqual([...new Set(links.map((l) => new URL(l).pathname.split('/')[2]))].sort(), snapshot.claims.map((c) => c.id).sort());
    const guids = items.map((i) => tagValues(i, 'guid')[0]);
    assert.equal(new Set(guids).size, items.length, 'guids are unique');
    const dates = items.map((i) => Date.parse(tagValues(i, 'pubDate')[0] ?? ''));
    assert.ok(
      dates.every((d) => !Number.isNaN(d)),
      'every item has a pubDate',
    );
    assert.deepEqual(
      dates,
      [...dates].sort((a, b) => b - a),
      'newest first',
    );
  });
  it('rss.xml never titles an item with the bare claim: verdict, then who claimed it, where and when', () => {
    const site = indexSite(snapshot);
    const unescape = (t: string) =>
      t
        .replace(/&apos;/g, "'")
        .replace(/&quot;/g, '"')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&');
    for (const item of tagValues(readDist('rss.xml'), 'item')) {
      const id = new URL(tagValues(item, 'link')[0]!).pathname.split('/')[2]!;
      const view = claimView(site.claim.get(id)!, site, origin);
      assert.equal(unescape(tagValues(item, 'title')[0]!).replace(/^Updated: /, ''), view.title, id);
    }
  });
  it(`corrections.xml has one item per correction (${corrections})`, () => {
    const xml = readDist('corrections.xml');
    assertWellFormed(xml, 'corrections.xml');
    const items = tagValues(xml, 'item');
    assert.equal(items.length, corrections);
    for (const item of items) assert.ok(served(tagValues(item, 'link')[0]!.replace(/#.*$/, ''), origin), 'links to a built claim page');
  });
  it('each translated edition has its own feeds, in its language, linking to its own pages', () => {
    for (const locale of ['uk', 'ru'] as const) {
      const file = paths.checksFeed(locale).slice(1);
      const xml = readDist(file);
      assertWellFormed(xml, file);
      assert.match(xml, new RegExp(`<language>${locale}</language>`));
      const items = tagValues(xml, 'item');
      assert.equal(items.length, snapshot.claims.length, file);
      const links = items.map((i) => new URL(tagValues(i, 'link')[0]!).pathname);
      assert.deepEqual(
        links.filter((l) => !l.startsWith(`/${locale}/claims/`)),
        [],
        `${file} links only to ${locale} claim pages`,
      );
      assert.ok(
        items.every((i) => /[\u0400-\u04ff]/.test(tagValues(i, 'title')[0] ?? '')),
        `${file} titles are in ${locale}`,
      );
      assertWellFormed(readDist(paths.correctionsFeed(locale).slice(1)), paths.correctionsFeed(locale));
    }
  });
  it('every page announces both feeds of its edition', () => {
    const without = pages.filter((p) => {
      const l = editionOfPath(p.url);
      return (
        /<main/.test(p.html) && !(p.html.includes(`href="${paths.checksFeed(l)}"`) && p.html.includes(`href="${paths.correctionsFeed(l)}"`))
      );
    });
    assert.deepEqual(
      without.map((p) => p.url),
      [],
    );
  });
});

describe('open data', () => {
  const doc = readFileSync('docs/open-data.md', 'utf8');
  it('claims.json has every claim with the fields docs/open-data.md documents', () => {
    const data = JSON.parse(readDist('data/claims.json')) as { schemaVersion: number; claims: Record<string, unknown>[] };
    assert.equal(data.schemaVersion, 2);
    assert.deepEqual(
      data.claims.map((c) => c['id']),
      snapshot.claims.map((c) => c.id).sort(),
    );
    const claimTable = doc.slice(doc.indexOf('A claim:'), doc.indexOf('## CSV tables'));
    const documented = new Set([...claimTable.matchAll(/^\| `([a-zA-Z]+)/gm)].map((m) => m[1]));
    for (const claim of data.claims) {
      assert.deepEqual(
        Object.keys(claim).filter((k) => !documented.has(k)),
        [],
        `undocumented fields in ${String(claim['id'])}`,
      );
      assert.deepEqual(
        [...documented].filter((k) => !(k! in claim)),
        [],
        `missing fields in ${String(claim['id'])}`,
      );
      assert.ok(served(String(claim['url']), origin), `${String(claim['url'])} is built`);
      assert.ok(served(String(claim['image']), origin), `${String(claim['image'])} is built`);
    }
  });
  it('claims.json states the licence of the text and data', () => {
    const data = JSON.parse(readDist('data/claims.json')) as { licence: unknown };
    assert.deepEqual(data.licence, { ...LICENCE });
    assert.ok(doc.includes(LICENCE.name) && doc.includes(LICENCE.url), 'docs/open-data.md names the licence');
  });
  it('every CSV table has the documented columns, one date format and a row per record', () => {
    const expected = {
      claims: snapshot.claims.length,
      quotes: snapshot.claims.reduce((n, c) => n + c.data.appearances.length, 0),
      sources: snapshot.claims.reduce((n, c) => n + c.data.sources.length, 0),
      people: snapshot.people.length,
    };
    for (const table of DATA_TABLES) {
      const rows = parseCsv(readDist(paths.dataTable(table)));
      assert.deepEqual(rows[0], CSV_COLUMNS[table], `${table}.csv header`);
      for (const column of CSV_COLUMNS[table]) assert.ok(doc.includes(`\`${column}\``), `${table}.csv column ${column} is documented`);
      assert.equal(rows.length - 1, expected[table], `${table}.csv rows`);
      assert.ok(
        rows.every((r) => r.length === CSV_COLUMNS[table].length),
        `every row of ${table}.csv has every column`,
      );
      const dates = CSV_COLUMNS[table].flatMap((c, i) => (/(^|_)(date|published|updated)$/.test(c) ? [i] : []));
      const bad = rows.slice(1).flatMap((r) => dates.map((i) => r[i]!).filter((v) => v !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(v)));
      assert.deepEqual(bad, [], `${table}.csv dates are YYYY-MM-DD`);
    }
  });
});

describe('sharing metadata', () => {
  const meta = (html: string, key: string) => new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html)?.[1];
  it('every page has a canonical URL and Open Graph and Twitter card metadata', () => {
    const problems = pages
      .filter((p) => /<main/.test(p.html))
      .flatMap((p) => {
        const notFound = p.url === '/404.html';
        const required = [
          'og:title',
          'og:description',
          'og:type',
          'og:site_name',
          'og:image',
          'og:image:alt',
          'twitter:card',
          'twitter:title',
          'twitter:image',
          ...(notFound ? [] : ['og:url']),
        ];
        const missing = required.filter((k) => !meta(p.html, k));
        const canonical = /<link rel="canonical" href="([^"]+)"/.exec(p.html)?.[1];
        if (!notFound && canonical !== `${origin}${p.url}`) missing.push(`canonical (found ${canonical ?? 'none'})`);
        if (!notFound && meta(p.html, 'og:url') !== canonical) missing.push('og:url = canonical');
        if (!served(meta(p.html, 'og:image') ?? 'x:', origin)) missing.push('og:image that exists');
        return missing.map((m) => `${p.url}: ${m}`);
      });
    assert.deepEqual(problems, []);
  });
  it('every claim page shows its own 1200 × 630 Open Graph image', () => {
    for (const claim of snapshot.claims) {
      const html = readDist(`claims/${claim.id}/index.html`);
      assert.equal(meta(html, 'og:image'), `${origin}/og/claims/${claim.id}.png`);
      const png = readFileSync(join(DIST, 'og', 'claims', `${claim.id}.png`));
      assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [1200, 630], `${claim.id}.png is 1200 × 630`);
    }
  });
  it('every page carries a Content-Security-Policy with no inline script allowance', () => {
    const weak = pages
      .filter((p) => /<main/.test(p.html))
      .filter((p) => {
        const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(p.html)?.[1];
        return !csp || /script-src[^;]*'unsafe-inline'/.test(csp) || !/default-src 'self'/.test(csp);
      });
    assert.deepEqual(
      weak.map((p) => p.url),
      [],
    );
    const headers = readDist('_headers');
    assert.match(headers, /Content-Security-Policy: [^\n]*script-src 'self';/);
    assert.match(headers, /frame-ancestors 'none'/);
    assert.ok(distFiles().includes('_headers'));
  });
});
