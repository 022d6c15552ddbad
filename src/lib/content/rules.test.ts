/**
 * A maintainer's mistakes, one small fixture each (test/fixtures/broken/<case>/
 * holds only the files that differ from test/fixtures/valid/): every one must
 * be reported with the file, the field and a fix; the valid fixture passes.
 * One mistake, one message: the common slips produce exactly one problem,
 * which names the value given and says what to write instead.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadAndCheck } from './loader.ts';
import { AstroError } from 'astro/errors';
import { ContentError, formatProblems, type Problem } from './problems.ts';

function problemsFor(caseName?: string): Problem[] {
  const dir = mkdtempSync(join(tmpdir(), 'content-'));
  try {
    cpSync('test/fixtures/valid', dir, { recursive: true });
    if (caseName) cpSync(join('test/fixtures/broken', caseName), dir, { recursive: true });
    return loadAndCheck(dir, dir).problems;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** [case, file, field, message pattern] */
const CASES: [string, string, string, RegExp][] = [
  ['missing-field', 'claims/sky-is-green.md', 'conclusion', /missing: every claim needs `conclusion`/],
  ['misspelled-field', 'claims/sky-is-green.md', '', /verdit/],
  ['wrong-date', 'claims/sky-is-green.md', 'claimDate', /real date/],
  ['unknown-outlet', 'articles/example-article.md', 'outlet', /unknown outlets id "example-newz"/],
  ['unknown-person', 'claims/sky-is-green.md', 'claimant.person', /unknown people id "jane-do"/],
  ['duplicate-id', 'claims/sky is green.md', '(file name)', /duplicate id/],
  ['quote-not-found', 'claims/sky-is-green.md', 'appearances[0].quote', /quote not found in article "example-article"/],
  ['verdict-outside-scale', 'claims/sky-is-green.md', 'verdict', /use one of: accurate/],
  ['one-source', 'claims/sky-is-green.md', 'sources', /at least two independent sources/],
  ['missing-archive-url', 'claims/sky-is-green.md', 'sources[1].archiveUrl', /no archiveUrl/],
  ['check-before-claim', 'claims/sky-is-green.md', 'published', /before the claim was made/],
  ['event-no-source', 'events/sky-survey.md', 'sources', /at least one source/],
  ['event-impossible-date', 'events/sky-survey.md', 'date', /real date/],
  ['unknown-event-ref', 'events/sky-survey.md', 'claims[0]', /unknown claims id "sky-is-blue"/],
  ['one-origin', 'claims/sky-is-green.md', 'sources', /found 2 sources, 1 independent origin: Example Daily relays Example Observatory/],
  ['sole-affiliation', 'claims/sky-is-green.md', 'sources', /every source of this claim about Examplia is Examplia's own/],
];

/** Mistakes that must produce exactly one problem: [case, file, field, value given, message pattern, fix pattern]. */
const SINGLE: [string, string, string, string | undefined, RegExp, RegExp][] = [
  [
    'yaml-slip',
    'claims/sky-is-green.md',
    'conclusion',
    "'The sky isn't green.'",
    /^line 8, column 25: the straight apostrophe \('\) after "isn" ends the single-quoted value early$/,
    /write an apostrophe twice \(''\), or put the value in double quotes: conclusion: "The sky isn't green\."/,
  ],
  ['misspelled-field', 'claims/sky-is-green.md', 'verdit', 'verdit', /unknown field "verdit": did you mean "verdict"\?/, /rename "verdit" to "verdict": verdict: false/],
  ['unknown-person', 'claims/sky-is-green.md', 'claimant.person', 'jane-do', /unknown people id "jane-do"/, /^did you mean "jane-doe"\? write person: jane-doe$/],
  ['misspelled-article-id', 'claims/sky-is-green.md', 'appearances[0].article', 'example-articel', /unknown articles id "example-articel"/, /did you mean "example-article"\?/],
  [
    'quote-straight-apostrophe',
    'claims/sky-is-green.md',
    'appearances[0].quote',
    "the sky's colour that matters",
    /quote not found in article "example-article"/,
    /^write quote: 'the sky’s colour that matters', as content\/articles\/example-article\.md prints it/,
  ],
  ['unsupported-without-gap', 'claims/sky-is-green.md', 'evidenceGap', undefined, /needs `evidenceGap`/, /add evidenceGap: what evidence is missing and what would settle it/],
  ['claim-after-articles', 'claims/sky-is-green.md', 'claimDate', '2025-01-10', /after every article it appears in \(example-article: 2024-12\)/, /write claimDate: 2024-12/],
  ['correction-in-future', 'claims/sky-is-green.md', 'corrections[0].date', '2062-11-23', /correction dated 2062-11-23, after today/, /date the correction the day it is published/],
  ['correction-without-updated', 'claims/sky-is-green.md', 'updated', undefined, /has a correction but no `updated` date/, /add updated: 2026-11-23/],
  ['missing-capture', 'articles/example-article.md', 'seed', '001_1111111111111111.txt', /the capture file captures\/001_1111111111111111\.txt is missing/, /copy the capture byte for byte to captures\/001_1111111111111111\.txt/],
  ['capture-changed', 'articles/example-article.md', 'captureSha256', '5ed06dddde4745ff7aed7038a5864ae0c3d2de493444d6e23a0164a3badbd540', /captures\/000_0000000000000000\.txt has SHA-256 [0-9a-f]{64}, not the/, /captures are never edited: restore the file/],
  ['capture-line-edited', 'articles/example-article.md', '(body)', undefined, /1 line of captures\/000_0000000000000000\.txt is not in the article as captured/, /paste the capture exactly as captured/],
  // The body no longer says what the claim quotes, but the capture does: the body is the mistake, not the quote.
  ['article-text-edited', 'articles/example-article.md', '(body)', undefined, /1 line of captures\/000_0000000000000000\.txt is not in the article as captured/, /never fix its spelling/],
];

describe('content checks', () => {
  it('pass the valid fixture with no problem', () => {
    assert.deepEqual(problemsFor(), []);
  });
  it('let a rated claim rest on the speaker\'s own record, and say a relayed source is not independent only once', () => {
    const problems = problemsFor('one-origin');
    assert.equal(problems.length, 1, JSON.stringify(problems, null, 2));
    assert.deepEqual(problemsFor('own-record'), []);
  });
  it('report a state\'s own sources about that state as a warning, which does not stop the build', () => {
    const problems = problemsFor('sole-affiliation');
    assert.deepEqual(problems.map((p) => p.severity), ['warning']);
  });
  for (const [name, file, field, value, message, fix] of SINGLE) {
    it(`report ${name} as exactly one problem, with file, field, value given and fix`, () => {
      const problems = problemsFor(name);
      assert.equal(problems.length, 1, JSON.stringify(problems, null, 2));
      const [p] = problems as [Problem];
      assert.ok(p.file.endsWith(file), p.file);
      assert.equal(p.field, field);
      assert.equal(p.value, value);
      assert.match(p.message, message);
      assert.match(p.fix ?? '', fix);
      if (value !== undefined) assert.ok(formatProblems([p]).includes(value), 'the printed problem shows the value given');
    });
  }
  it('show the nearest passage of the article and name the look-alike characters', () => {
    const [p] = problemsFor('quote-straight-apostrophe');
    assert.deepEqual(p?.context, [
      'nearest in the article: "the sky’s colour that matters"',
      `difference: the article has ’ (typographic apostrophe) where the quote has ' (straight apostrophe), after "sky"`,
    ]);
  });
  it('show the YAML line with a caret under the stray apostrophe', () => {
    const [p] = problemsFor('yaml-slip');
    assert.deepEqual(p?.context, ["8 | conclusion: 'The sky isn't green.'", '  |                         ^']);
  });
  it('do not offer to create a file when an existing id is a close match', () => {
    for (const name of ['unknown-person', 'misspelled-article-id']) assert.doesNotMatch(problemsFor(name)[0]?.fix ?? '', /create|npm run new/);
  });
  for (const [name, field] of [
    ['yaml-slip', 'conclusion'],
    ['quote-straight-apostrophe', 'appearances[0].quote'],
  ] as const) {
    it(`leave the translations of a claim alone while the claim has an error (${name}): no orphan, no stale warning`, () => {
      const dir = mkdtempSync(join(tmpdir(), 'content-'));
      try {
        cpSync('test/fixtures/valid', dir, { recursive: true });
        cpSync(join('test/fixtures/broken', name), dir, { recursive: true });
        mkdirSync(join(dir, 'translations/uk/claims'), { recursive: true });
        writeFileSync(
          join(dir, 'translations/uk/claims/sky-is-green.md'),
          `---\nsource:\n  hash: abcdefabcdef\n  verdict: false\ntranslated: 2026-12-01\nclaim: Небо зелене.\nconclusion: Небо не зелене.\nquotes: [небо зелене]\n---\nНебо блакитне.\n`,
        );
        assert.deepEqual(
          loadAndCheck(dir, dir).problems.map((p) => `${p.file} ${p.field}`),
          [`claims/sky-is-green.md ${field}`],
        );
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  }
  it("stop the build with an AstroError whose hint is the fix, for astro dev's overlay", () => {
    const error = new ContentError(problemsFor('unknown-person'));
    assert.ok(error instanceof AstroError);
    assert.match(error.hint ?? '', /claimant\.person: did you mean "jane-doe"\? write person: jane-doe; then run npm run check:content/);
  });
  it('offer to create the file when no id is close', () => {
    const [p] = problemsFor('unknown-event-ref');
    assert.match(p?.fix ?? '', /create content\/claims\/sky-is-blue\.md \(npm run new -- claim <article> sky-is-blue\)/);
  });
  for (const [name, file, field, pattern] of CASES) {
    it(`report ${name} with file, field and fix`, () => {
      const problems = problemsFor(name);
      const hit = problems.find((p) => p.file.endsWith(file) && p.message.match(pattern) && (field === '' || p.field === field));
      assert.ok(hit, `expected a problem in ${file} at "${field}" matching ${pattern}; got:\n${JSON.stringify(problems, null, 2)}`);
      if (field !== '') assert.ok(hit.fix || hit.message.length > 20, 'the problem says what to do');
    });
  }
});
