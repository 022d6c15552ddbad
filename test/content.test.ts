/**
 * The real content: it passes every check, every article's capture is in the
 * repository (content/captures/) with the SHA-256 the article records, and
 * every line of every capture is in its article verbatim (as a reader sees
 * it). Nothing here depends on files outside the repository, so nothing skips.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadAndCheck } from '../src/lib/content/loader.ts';
import { articleBlocks } from '../src/lib/content/article-text.ts';
import { formatProblems, partitionProblems } from '../src/lib/content/problems.ts';
import { normalizeWhitespace } from '../src/lib/model/quotes.ts';

const CAPTURES = 'content/captures';
const { snapshot, problems } = loadAndCheck('content');

describe('the published content', () => {
  it('passes every schema and integrity check', () => {
    const { errors } = partitionProblems(problems);
    assert.equal(errors.length, 0, formatProblems(errors));
  });
  it('has the five seed articles', () => {
    assert.equal(snapshot.articles.length >= 5, true);
  });
  for (const article of snapshot.articles) {
    it(`keeps ${article.data.seed} in ${CAPTURES}/, unchanged since ${article.id} recorded its SHA-256`, () => {
      const bytes = readFileSync(join(CAPTURES, article.data.seed));
      assert.equal(createHash('sha256').update(bytes).digest('hex'), article.data.captureSha256);
    });
    it(`keeps every line of ${article.data.seed} verbatim in ${article.id}`, () => {
      const seed = readFileSync(join(CAPTURES, article.data.seed), 'utf8');
      const text = normalizeWhitespace([article.data.title, ...articleBlocks(article.body)].join('\n'));
      const missing = seed
        .split('\n')
        .map(normalizeWhitespace)
        .filter((line) => line.length > 0 && !text.includes(line));
      assert.deepEqual(missing, [], `lines of the capture not found verbatim in ${article.file}`);
    });
  }
});
