/**
 * A maintainer's mistakes, one small fixture each (test/fixtures/broken/<case>/
 * holds only the file that differs from test/fixtures/valid/): every one must
 * be reported with the file, the field and a fix; the valid fixture passes.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadAndCheck } from './loader.ts';
import type { Problem } from './problems.ts';

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
  ['missing-field', 'claims/sky-is-green.md', 'conclusion', /expected string/i],
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
  for (const [name, file, field, pattern] of CASES) {
    it(`report ${name} with file, field and fix`, () => {
      const problems = problemsFor(name);
      const hit = problems.find((p) => p.file.endsWith(file) && p.message.match(pattern) && (field === '' || p.field === field));
      assert.ok(hit, `expected a problem in ${file} at "${field}" matching ${pattern}; got:\n${JSON.stringify(problems, null, 2)}`);
      if (field !== '') assert.ok(hit.fix || hit.message.length > 20, 'the problem says what to do');
    });
  }
});
