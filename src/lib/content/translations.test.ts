/**
 * Translations cannot go stale silently: a changed English conclusion makes its
 * translation stale (a warning naming the file and the field), and a changed
 * English verdict makes it an error (a reader must never see an old verdict).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadAndCheck, loadContent } from './loader.ts';
import { claimSourceHash } from '../i18n/source-hash.ts';

/** The valid fixture plus an up-to-date Ukrainian translation of its claim; `edit` changes the English afterwards. */
function fixture(edit?: (english: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'translations-'));
  cpSync('test/fixtures/valid', dir, { recursive: true });
  const claim = loadContent(dir, dir).snapshot.claims[0]!;
  mkdirSync(join(dir, 'translations/uk/claims'), { recursive: true });
  writeFileSync(
    join(dir, 'translations/uk/claims', `${claim.id}.md`),
    `---\nsource:\n  hash: ${claimSourceHash(claim)}\n  verdict: ${claim.data.verdict}\ntranslated: 2026-12-01\nclaim: Небо зелене.\nconclusion: Небо не зелене.\nquotes: [небо зелене]\n---\nНебо блакитне.\n`,
  );
  const file = join(dir, 'claims', `${claim.id}.md`);
  if (edit) writeFileSync(file, edit(readFileSync(file, 'utf8')));
  return dir;
}

describe('translations', () => {
  it('pass when they render the current English', () => {
    const dir = fixture();
    assert.deepEqual(loadAndCheck(dir, dir).problems, []);
  });
  it('warn, naming the file and source.hash, when the English conclusion changes', () => {
    const dir = fixture((s) => s.replace('conclusion: The sky is not green.', 'conclusion: The sky is blue, not green.'));
    const problems = loadAndCheck(dir, dir).problems;
    assert.equal(problems.length, 1, JSON.stringify(problems, null, 2));
    assert.equal(problems[0]!.severity, 'warning');
    assert.equal(problems[0]!.field, 'source.hash');
    assert.match(problems[0]!.file, /translations\/uk\/claims\/sky-is-green\.md$/);
    assert.match(problems[0]!.message, /changed after this translation/);
  });
  it('fail when the English verdict changes and the translation does not', () => {
    const dir = fixture((s) => s.replace('verdict: false', 'verdict: misleading'));
    const problems = loadAndCheck(dir, dir).problems.filter((p) => p.file.includes('translations'));
    assert.equal(problems.length, 1, JSON.stringify(problems, null, 2));
    assert.equal(problems[0]!.severity, undefined);
    assert.equal(problems[0]!.field, 'source.verdict');
    assert.match(problems[0]!.message, /English verdict is now "misleading"/);
  });
});
