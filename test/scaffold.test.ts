/**
 * Scaffolding (`npm run new`): every template passes its schema once its
 * TODO placeholders are filled, has a comment for each field, and until then
 * `check:content` lists each placeholder. Corrections are added without
 * touching the rest of the claim; an article starts from its capture, copied
 * into content/captures/. CONTRIBUTING.md states the published scale.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { SCHEMAS, splitFrontmatter } from '../src/lib/content/loader.ts';
import { VERDICTS } from '../src/lib/model/verdicts.ts';
import { addCorrection, findTodos, insertCorrection, runNew, TEMPLATES, UsageError, type Kind } from '../scripts/new.ts';
import { checkContent } from '../scripts/check-content.ts';
import { sha256 } from '../src/lib/content/captures.ts';

const COLLECTION = { article: 'articles', claim: 'claims', event: 'events', outlet: 'outlets', person: 'people' } as const;
const CTX = { today: '2026-11-22', outlet: 'example-news', article: 'example-article', articleDate: '2024-12' };

/** What a maintainer would write in place of each placeholder, by field name. */
function fill(key: string): unknown {
  const values: Record<string, unknown> = {
    date: '2024-12-03',
    claimDate: '2024-12-03',
    url: 'https://example.org/a',
    homepage: 'https://example.org/',
    archiveUrl: 'https://web.archive.org/web/https://example.org/a',
    verdict: 'false',
    person: 'jane-doe',
    outlet: 'example-news',
    article: 'example-article',
    stateAffiliation: 'independent',
    seed: '005_0123456789abcdef.txt',
    captureSha256: 'a'.repeat(64),
  };
  return values[key] ?? 'Written by the maintainer.';
}

function filled(value: unknown, key = ''): unknown {
  if (typeof value === 'string' && value.startsWith('TODO')) return fill(key);
  if (Array.isArray(value)) return value.map((v) => filled(v, key));
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, filled(v, k)]));
  return value;
}

function withTemp<T>(fn: (dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'scaffold-'));
  try {
    cpSync('test/fixtures/valid', join(dir, 'content'), { recursive: true });
    cpSync('test/fixtures/guards/published', join(dir, 'published'), { recursive: true });
    writeFileSync(join(dir, 'redirects.json'), '{}');
    return fn(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('npm run new templates', () => {
  for (const kind of Object.keys(TEMPLATES) as Kind[]) {
    const text = TEMPLATES[kind]('slug', CTX);
    const yaml = splitFrontmatter(text)?.yaml ?? '';
    it(`${kind}: passes the schema once the TODOs are filled`, () => {
      const result = SCHEMAS[COLLECTION[kind]].safeParse(filled(parseYaml(yaml)));
      assert.ok(result.success, JSON.stringify(result.error?.issues, null, 2));
    });
    it(`${kind}: has a comment above every field`, () => {
      const lines = yaml.split('\n');
      const bare = lines.filter((l, i) => /^[a-zA-Z]+:/.test(l) && !lines[i - 1]?.trimStart().startsWith('#'));
      assert.deepEqual(bare, []);
    });
    it(`${kind}: without filling, fails only on its TODOs`, () => {
      const result = SCHEMAS[COLLECTION[kind]].safeParse(parseYaml(yaml));
      const todos = new Set(findTodos(text).map((t) => t.field));
      const other = (result.error?.issues ?? [])
        .map((i) => i.path.join('.'))
        .filter((p) => ![...todos].some((t) => t.replace(/\[(\d+)\]/g, '.$1') === p));
      assert.deepEqual(other, []);
    });
  }
});

describe('npm run new', () => {
  it('creates a claim for an article, and check:content lists what is left to write', () => {
    withTemp((dir) => {
      const file = runNew(['claim', 'example-article', 'sky-is-blue'], {
        contentDir: join(dir, 'content'),
        publishedDir: join(dir, 'published'),
        today: '2026-11-22',
      });
      const text = readFileSync(file, 'utf8');
      assert.match(text, /outlet: example-news\n/);
      assert.match(text, /article: example-article\n/);
      assert.match(text, /The article is dated 2024-12\./);
      const { problems } = checkContent(join(dir, 'content'), {
        publishedDir: join(dir, 'published'),
        redirectsFile: join(dir, 'redirects.json'),
      });
      const mine = problems.filter((p) => p.file.endsWith('sky-is-blue.md'));
      assert.ok(
        mine.length > 5 && mine.every((p) => p.message === 'still a TODO placeholder from npm run new'),
        JSON.stringify(mine, null, 2),
      );
      assert.ok(
        mine.some((p) => p.field === 'appearances[0].quote' && /copied from content\/articles\/example-article\.md/.test(p.fix ?? '')),
      );
      assert.ok(mine.some((p) => p.field.startsWith('(body) line')));
    });
  });
  it('creates an article from its capture: the capture copied byte for byte, its name and SHA-256 in the frontmatter', () => {
    withTemp((dir) => {
      const opts = { contentDir: join(dir, 'content'), publishedDir: join(dir, 'published'), today: '2026-11-22' };
      const capture = join(dir, 'capture.txt');
      writeFileSync(capture, 'A headline\r\nIt’s the text, as captured.\n');
      const file = runNew(['article', 'example-news', 'new-article', capture], opts);
      const text = readFileSync(file, 'utf8');
      const name = /^seed: (\S+)$/m.exec(text)?.[1] ?? '';
      assert.match(name, /^001_[0-9a-f]{16}\.txt$/, "the next number after the fixture's 000_ capture");
      assert.deepEqual(readFileSync(join(dir, 'content', 'captures', name)), readFileSync(capture));
      assert.match(text, new RegExp(`^captureSha256: ${sha256(readFileSync(capture))}$`, 'm'));
      const { problems } = checkContent(join(dir, 'content'), {
        publishedDir: join(dir, 'published'),
        redirectsFile: join(dir, 'redirects.json'),
      });
      const mine = problems.filter((p) => p.file.endsWith('new-article.md') && p.message !== 'no claim quotes this article');
      assert.ok(
        mine.length > 3 && mine.every((p) => p.message === 'still a TODO placeholder from npm run new'),
        JSON.stringify(mine, null, 2),
      );
      assert.throws(
        () => runNew(['article', 'example-news', 'other-article'], opts),
        (e: Error) => e instanceof UsageError && /capture file/.test(e.message),
      );
      assert.throws(() => runNew(['article', 'example-news', 'other-article', join(dir, 'nope.txt')], opts), /There is no capture file/);
    });
  });
  it('refuses an unknown outlet, a bad id, an existing id and a published one', () => {
    withTemp((dir) => {
      const opts = { contentDir: join(dir, 'content'), publishedDir: join(dir, 'published'), today: '2026-11-22' };
      assert.throws(
        () => runNew(['article', 'no-such-outlet', 'x'], opts),
        (e: Error) => e instanceof UsageError && /npm run new -- outlet no-such-outlet/.test(e.message),
      );
      assert.throws(
        () => runNew(['person', 'Jane Doe'], opts),
        (e: Error) => e instanceof UsageError && /kebab-case/.test(e.message),
      );
      assert.throws(() => runNew(['person', 'jane-doe'], opts), /already exists/);
      writeFileSync(join(dir, 'published', 'urls.txt'), '/events/old-survey/\n');
      assert.throws(() => runNew(['event', 'old-survey'], opts), /ids are never reused/);
      assert.throws(() => runNew(['frobnicate'], opts), /Usage:/);
    });
  });
  it('adds a correction carrying the current verdict, leaving the rest of the claim as it was', () => {
    withTemp((dir) => {
      const file = join(dir, 'content', 'claims', 'sky-is-green.md');
      const before = readFileSync(file, 'utf8');
      addCorrection(join(dir, 'content'), 'sky-is-green', '2026-12-01');
      const after = readFileSync(file, 'utf8');
      const data = parseYaml(splitFrontmatter(after)?.yaml ?? '') as { corrections: unknown[] };
      assert.deepEqual(data.corrections, [{ date: '2026-12-01', text: 'TODO: what changed and why', previousVerdict: false }]);
      assert.equal(after.replace(/corrections:\n(?: .*\n)+/, ''), before);
    });
  });
  it('appends to an existing corrections list at its indentation, and replaces an empty one', () => {
    const item = '  - date: 2026-12-01\n    text: "TODO: x"';
    assert.equal(
      insertCorrection('a: 1\ncorrections:\n- date: 2026-01-01\n  text: old\nsources: []', item),
      'a: 1\ncorrections:\n- date: 2026-01-01\n  text: old\n- date: 2026-12-01\n  text: "TODO: x"\nsources: []',
    );
    assert.equal(insertCorrection('corrections: []\nb: 2', item), `corrections:\n${item}\nb: 2`);
    assert.throws(() => insertCorrection('corrections: [{ date: 2026-01-01, text: x }]', item), /one line/);
  });
});

describe('CONTRIBUTING.md', () => {
  const text = readFileSync('CONTRIBUTING.md', 'utf8');
  it('states every verdict with its published definition', () => {
    for (const v of Object.values(VERDICTS)) {
      const row = text.split('\n').find((line) => line.startsWith(`| ${v.label} `));
      assert.ok(row?.includes(`\`${v.id}\``) && row.includes(v.definition), `${v.label}: ${v.definition}`);
    }
  });
  it('names the commands it relies on', () => {
    const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;
    for (const [, name] of text.matchAll(/npm run ([a-z:]+)/g)) assert.ok(name && scripts[name], `npm run ${name} is not a script`);
  });
});
