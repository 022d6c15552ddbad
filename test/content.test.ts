/**
 * The real content: it passes every check, and every line of every seed
 * capture is in its article verbatim (as a reader sees it).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadContent } from '../src/lib/content-loader.ts';
import { checkIntegrity } from '../src/lib/integrity.ts';
import { articleBlocks } from '../src/lib/markdown.ts';
import { formatProblems } from '../src/lib/problems.ts';
import { normalizeWhitespace } from '../src/lib/quotes.ts';

const SEEDS = process.env['SEEDS_DIR'] ?? '../shared/seeds';
const { snapshot, problems } = loadContent('content');

describe('the published content', () => {
  it('passes every schema and integrity check', () => {
    const all = [...problems, ...checkIntegrity(snapshot, (a) => articleBlocks(a.body).join('\n'))];
    assert.equal(all.length, 0, formatProblems(all));
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
