/**
 * The real content: it passes every check, and every line of every seed
 * capture is in its article verbatim (as a reader sees it).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadAndCheck } from '../src/lib/content/loader.ts';
import { articleBlocks } from '../src/lib/content/article-text.ts';
import { formatProblems, partitionProblems } from '../src/lib/content/problems.ts';
import { normalizeWhitespace } from '../src/lib/model/quotes.ts';

const SEEDS = process.env['SEEDS_DIR'] ?? '../shared/seeds';
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
    it(`keeps every line of ${article.data.seed} verbatim in ${article.id}`, { skip: !existsSync(join(SEEDS, article.data.seed)) && 'seed captures not beside the project' }, () => {
      const seed = readFileSync(join(SEEDS, article.data.seed), 'utf8');
      const text = normalizeWhitespace([article.data.title, ...articleBlocks(article.body)].join('\n'));
      const missing = seed
        .split('\n')
        .map(normalizeWhitespace)
        .filter((line) => line.length > 0 && !text.includes(line));
      assert.deepEqual(missing, [], `lines of the seed not found verbatim in ${article.file}`);
    });
  }
});
