/**
 * The guards for published URLs, verdicts and links, on fixtures: each broken
 * case (test/fixtures/guards/broken/<case>/ overlays content copied from
 * test/fixtures/valid/ plus the published record in test/fixtures/guards/)
 * fails with the file, the field and a fix; the valid and passing cases pass.
 * The built-site guards run the same way on a small built site
 * (test/fixtures/guards/site/, overlaid by broken-site/<case>/).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkContent } from '../scripts/check-content.ts';
import { readBuiltSite, readPublished } from '../scripts/built-site.ts';
import { brokenLinks } from '../src/lib/guards/link-check.ts';
import { permalinkProblems } from '../src/lib/guards/permalinks.ts';
import type { Problem } from '../src/lib/content/problems.ts';

const GUARDS = 'test/fixtures/guards';

/** Copies the valid content and record to a temporary tree, overlays a case, and runs `fn` on it. */
function withCase<T>(caseDir: string | undefined, fn: (dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'guards-'));
  try {
    cpSync('test/fixtures/valid', join(dir, 'content'), { recursive: true });
    cpSync(join(GUARDS, 'published'), join(dir, 'published'), { recursive: true });
    cpSync(join(GUARDS, 'redirects.json'), join(dir, 'redirects.json'));
    if (caseDir) cpSync(caseDir, dir, { recursive: true });
    return fn(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function contentProblems(caseDir?: string): Problem[] {
  return withCase(
    caseDir,
    (dir) =>
      checkContent(join(dir, 'content'), { publishedDir: join(dir, 'published'), redirectsFile: join(dir, 'redirects.json') }).problems,
  );
}

/** [case, file, field, message pattern, fix pattern] */
const CONTENT_CASES: [string, string, string, RegExp, RegExp][] = [
  [
    'removed-url',
    'published/urls.txt',
    '/claims/sky-was-blue/',
    /published, but the site no longer serves it and no redirect/,
    /add "\/claims\/sky-was-blue\/": "\/claims\/<new-id>\/" to src\/data\/redirects\.json/,
  ],
  [
    'verdict-changed',
    'claims/sky-is-green.md',
    'verdict',
    /changed from "false" \(published\) to "misleading" without a correction/,
    /previousVerdict: false/,
  ],
  [
    'correction-without-previous-verdict',
    'claims/sky-is-green.md',
    'corrections[0].previousVerdict',
    /does not say so/,
    /set previousVerdict: false/,
  ],
  [
    'stale-previous-verdict',
    'claims/sky-is-green.md',
    'corrections[0].previousVerdict',
    /verdict is still "false"/,
    /set `verdict` to the new verdict/,
  ],
  ['correction-deleted', 'claims/sky-is-green.md', 'corrections', /dated 2026-11-23 is gone/, /restore it/],
  [
    'redirect-to-nowhere',
    'src/data/redirects.json',
    '"/claims/sky-was-blue/"',
    /redirects to \/claims\/sky-is-blu\/, which the site does not serve/,
    /point it at a page that exists/,
  ],
  ['redirect-hides-page', 'src/data/redirects.json', '"/claims/sky-is-green/"', /still has its own page/, /remove the redirect/],
  [
    'renamed-verdict-changed',
    'claims/sky-is-green.md',
    'verdict',
    /changed from "accurate" \(published\) to "false"/,
    /npm run new -- correction sky-is-green/,
  ],
  ['todo-left', 'claims/sky-is-green.md', 'conclusion', /TODO placeholder/, /replace the TODO with the verdict in one sentence/],
];

describe('content guards (npm run check:content)', () => {
  it('pass the valid fixture and its published record', () => {
    assert.deepEqual(contentProblems(), []);
  });
  for (const name of ['renamed-with-redirect', 'verdict-corrected']) {
    it(`pass ${name}`, () => assert.deepEqual(contentProblems(join(GUARDS, 'passing', name)), []));
  }
  for (const [name, file, field, message, fix] of CONTENT_CASES) {
    it(`fail on ${name} with file, field and fix`, () => {
      const problems = contentProblems(join(GUARDS, 'broken', name));
      const hit = problems.find((p) => p.file.endsWith(file) && p.field === field && message.test(p.message));
      assert.ok(hit, `expected ${file} ${field} ${message}; got:\n${JSON.stringify(problems, null, 2)}`);
      assert.match(hit.fix ?? '', fix);
    });
  }
  it('print every problem for the maintainer and exit 1', () => {
    const run = () =>
      withCase(join(GUARDS, 'broken', 'verdict-changed'), (dir) =>
        execFileSync(
          process.execPath,
          [
            'scripts/check-content.ts',
            join(dir, 'content'),
            '--published',
            join(dir, 'published'),
            '--redirects',
            join(dir, 'redirects.json'),
          ],
          { encoding: 'utf8', stdio: 'pipe' },
        ),
      );
    assert.throws(run, (error: { status: number; stderr: string }) => {
      assert.equal(error.status, 1);
      assert.match(
        error.stderr,
        /Content check failed: 1 problem in 1 file\.\n\n.*claims\/sky-is-green\.md\n {2}verdict: the verdict changed/,
      );
      return true;
    });
  });
});

/** Builds the fixture site with a case overlaid; the case's `published/` replaces the record. */
function builtProblems(name?: string): { links: string[]; urls: Problem[] } {
  const caseDir = name === undefined ? undefined : join(GUARDS, 'broken-site', name);
  const dir = mkdtempSync(join(tmpdir(), 'site-'));
  try {
    cpSync(join(GUARDS, 'site'), dir, { recursive: true });
    if (caseDir) cpSync(caseDir, dir, { recursive: true, filter: (src) => !src.startsWith(join(caseDir, 'published')) });
    const publishedDir = caseDir && existsSync(join(caseDir, 'published')) ? join(caseDir, 'published') : join(GUARDS, 'published');
    const record = readPublished('.', publishedDir, join(GUARDS, 'redirects.json'));
    const site = readBuiltSite(dir);
    return {
      links: brokenLinks(site).map((b) => `${b.page} ${b.href}: ${b.reason}`),
      urls: permalinkProblems({ published: record.urls, live: site.served, redirects: record.redirects }),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('built-site guards (npm run test:built)', () => {
  it('pass the fixture site: every link, anchor and published URL resolves', () => {
    assert.deepEqual(builtProblems(), { links: [], urls: [] });
  });
  it('fail on a broken anchor', () => {
    assert.deepEqual(builtProblems('broken-anchor').links, [
      '/claims/sky-is-green/ /articles/example-article/#quote-sky-is-blue: /articles/example-article/ has no element with id "quote-sky-is-blue"',
    ]);
  });
  it('fail on a link to a page that does not exist', () => {
    assert.deepEqual(builtProblems('missing-page').links, [
      '/articles/example-article/ /claims/sky-is-blu/: the site serves nothing at /claims/sky-is-blu/',
    ]);
  });
  it('fail on a link without its trailing slash', () => {
    assert.deepEqual(builtProblems('no-trailing-slash').links, [
      '/people/jane-doe/ /claims/sky-is-green: /claims/sky-is-green lacks its trailing slash',
    ]);
  });
  it('fail when a published feed is no longer built', () => {
    const { urls } = builtProblems('removed-feed');
    assert.deepEqual(
      urls.map((p) => `${p.file} ${p.field}`),
      ['published/urls.txt /corrections.xml'],
    );
  });
});
