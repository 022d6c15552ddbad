import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { loadContent } from '../content/loader.ts';
import { indexSite } from './site-index.ts';
import { claimMarksFor } from '../render/claim-marks.ts';
import { paths } from '../urls.ts';

describe('site index', () => {
  const { snapshot } = loadContent('test/fixtures/valid');
  const site = indexSite(snapshot);
  it('links claims to their articles, people, outlets and events both ways', () => {
    assert.deepEqual(
      site.claimsByArticle.get('example-article')?.map((c) => c.id),
      ['sky-is-green'],
    );
    assert.deepEqual(
      site.claimsByPerson.get('jane-doe')?.map((c) => c.id),
      ['sky-is-green'],
    );
    assert.deepEqual(
      site.claimsByOutlet.get('example-news')?.map((c) => c.id),
      ['sky-is-green'],
    );
    assert.deepEqual(
      site.eventsByClaim.get('sky-is-green')?.map((e) => e.id),
      ['sky-survey'],
    );
    assert.deepEqual(
      site.articlesByOutlet.get('example-news')?.map((a) => a.id),
      ['example-article'],
    );
  });
  it('gives each quote an anchor the claim page links back to', () => {
    const marks = claimMarksFor('example-article', site.claimsByArticle.get('example-article') ?? []);
    assert.equal(marks.length, 1);
    assert.equal(marks[0]!.anchorId, 'quote-sky-is-green');
    assert.equal(paths.quote('example-article', 'sky-is-green'), '/articles/example-article/#quote-sky-is-green');
    assert.equal(paths.quote('a', 'b', 1), '/articles/a/#quote-b-2');
  });
});
