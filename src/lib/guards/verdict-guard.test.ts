import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Claim } from '../../schemas/claim.ts';
import type { Entry } from '../model/entry.ts';
import type { VerdictId } from '../model/verdicts.ts';
import {
  formatVerdicts,
  nextVerdicts,
  parsePublishedVerdicts,
  unrecordedClaims,
  verdictProblems,
  type PublishedVerdicts,
} from './verdict-guard.ts';

type Correction = Claim['corrections'][number];

/** A claim with only the fields the guard reads. */
function claim(id: string, verdict: VerdictId, corrections: Correction[] = []): Entry<Claim> {
  return { id, file: `content/claims/${id}.md`, body: '', data: { verdict, corrections, published: '2025-01-10' } as Claim };
}

const published: PublishedVerdicts = { a: { verdict: 'false', corrections: [] }, b: { verdict: 'accurate', corrections: ['2025-02-01'] } };
const fields = (claims: Entry<Claim>[], record = published, renamed = new Map<string, string>()) =>
  verdictProblems(record, claims, renamed).map((p) => `${p.file} ${p.field}`);

describe('verdictProblems', () => {
  it('passes claims as published, and new claims', () => {
    assert.deepEqual(
      fields([claim('a', 'false'), claim('b', 'accurate', [{ date: '2025-02-01', text: 'x' }]), claim('new', 'misleading')]),
      [],
    );
  });
  it('reports a changed verdict without a correction, with the fix', () => {
    const [p] = verdictProblems(published, [claim('a', 'misleading')]);
    assert.equal(p?.field, 'verdict');
    assert.match(p?.message ?? '', /changed from "false" \(published\) to "misleading" without a correction/);
    assert.match(p?.fix ?? '', /previousVerdict: false \(npm run new -- correction a\)/);
  });
  it('passes a changed verdict with a new correction naming the old one', () => {
    assert.deepEqual(fields([claim('a', 'misleading', [{ date: '2025-03-01', text: 'Re-rated.', previousVerdict: 'false' }])]), []);
  });
  it('does not accept an old correction for a new change', () => {
    assert.deepEqual(fields([claim('b', 'false', [{ date: '2025-02-01', text: 'x', previousVerdict: 'accurate' }])]), [
      'content/claims/b.md verdict',
    ]);
  });
  it('asks for previousVerdict when the new correction lacks it or names another verdict', () => {
    assert.deepEqual(fields([claim('a', 'misleading', [{ date: '2025-03-01', text: 'Re-rated.' }])]), [
      'content/claims/a.md corrections[0].previousVerdict',
    ]);
    const [p] = verdictProblems(published, [claim('a', 'misleading', [{ date: '2025-03-01', text: 'x', previousVerdict: 'accurate' }])]);
    assert.match(p?.message ?? '', /names "accurate"/);
  });
  it('reports a correction dated before the last published one', () => {
    const c = claim('b', 'false', [
      { date: '2025-02-01', text: 'x' },
      { date: '2025-01-20', text: 'y', previousVerdict: 'accurate' },
    ]);
    assert.deepEqual(fields([c]), ['content/claims/b.md corrections[1].date']);
  });
  it('reports a deleted correction', () => {
    const [p] = verdictProblems(published, [claim('b', 'accurate')]);
    assert.equal(p?.field, 'corrections');
    assert.match(p?.message ?? '', /dated 2025-02-01 is gone/);
  });
  it('reports a correction whose previous verdict is still the verdict', () => {
    assert.deepEqual(fields([claim('new', 'false', [{ date: '2025-03-01', text: 'x', previousVerdict: 'false' }])]), [
      'content/claims/new.md corrections[0].previousVerdict',
    ]);
  });
  it('follows a rename, so renaming does not hide a verdict change', () => {
    assert.deepEqual(fields([claim('a2', 'accurate')], published, new Map([['a2', 'a']])), ['content/claims/a2.md verdict']);
  });
});

describe('the published record', () => {
  it('records current claims and keeps records of removed ones', () => {
    const next = nextVerdicts(published, [claim('c', 'unsupported'), claim('a', 'false')]);
    assert.deepEqual(Object.keys(next), ['a', 'b', 'c']);
    assert.deepEqual(next['c'], { verdict: 'unsupported', corrections: [] });
    assert.deepEqual(unrecordedClaims(published, [claim('a', 'false'), claim('c', 'false')]), ['c']);
  });
  it('is written one claim per line and reads back', () => {
    const text = formatVerdicts(published);
    assert.equal(
      text,
      '{\n  "a": { "verdict": "false", "corrections": [] },\n  "b": { "verdict": "accurate", "corrections": ["2025-02-01"] }\n}\n',
    );
    assert.deepEqual(parsePublishedVerdicts(JSON.parse(text)), { verdicts: published, problems: [] });
  });
  it('reports a malformed record instead of crashing', () => {
    const { problems } = parsePublishedVerdicts({ a: { verdict: 'wrong', corrections: [] } });
    assert.equal(problems[0]?.file, 'published/verdicts.json');
    assert.equal(problems[0]?.field, 'a.verdict');
  });
});
