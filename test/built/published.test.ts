/**
 * Runs after the build (`npm run test:built`): the built site still serves
 * every URL in published/urls.txt (or redirects it), every claim's verdict
 * matches published/verdicts.json unless a correction says why, and the
 * committed lists are up to date. DIST_DIR and CONTENT_DIR point elsewhere;
 * the published lists belong to content/ and are skipped for other content.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadContent } from '../../src/lib/content/loader.ts';
import { buildMismatch, permalinkProblems, unlistedUrls } from '../../src/lib/guards/permalinks.ts';
import { formatRedirectsFile, renamedClaims } from '../../src/lib/guards/redirects.ts';
import { formatProblems } from '../../src/lib/content/problems.ts';
import { nextVerdicts, verdictProblems } from '../../src/lib/guards/verdict-guard.ts';
import { contentIds, readBuiltSite, readPublished } from '../../scripts/built-site.ts';

const DIST = process.env['DIST_DIR'] ?? 'dist';
const CONTENT = process.env['CONTENT_DIR'] ?? 'content';
const other = CONTENT.replace(/\/$/, '') !== 'content' && `the published lists belong to content/, not ${CONTENT}`;
const REGENERATE = 'Run `npm run publish:lists` and commit published/ (see CONTRIBUTING.md).';

const site = readBuiltSite(DIST);
const published = readPublished('.');
const { snapshot } = loadContent(CONTENT);

describe(`the built site (${DIST}/)`, () => {
  it(`is built from ${CONTENT}/`, () => {
    const { missing, extra } = buildMismatch(site.served, contentIds(CONTENT), published.redirects);
    assert.deepEqual({ missing, extra }, { missing: [], extra: [] }, `${DIST}/ does not match ${CONTENT}/: run npm run build`);
  });
  it('writes _redirects for static hosts from src/data/redirects.json', () => {
    assert.equal(readFileSync(join(DIST, '_redirects'), 'utf8'), formatRedirectsFile(published.redirects));
  });
});

describe('published URLs and verdicts', { skip: other }, () => {
  it('the committed lists and redirects parse', () => {
    assert.equal(published.problems.length, 0, formatProblems(published.problems));
  });
  it('every published URL is still served, or redirected to its new place', () => {
    const live = new Set([...site.served].filter((u) => !Object.hasOwn(published.redirects, u)));
    const problems = permalinkProblems({ published: published.urls, live, redirects: published.redirects });
    assert.equal(problems.length, 0, formatProblems(problems));
  });
  it('no published verdict changed without a correction', () => {
    const problems = verdictProblems(published.verdicts, snapshot.claims, renamedClaims(published.redirects));
    assert.equal(problems.length, 0, formatProblems(problems));
  });
  it('published/urls.txt has every page, feed and open-data URL the site serves', () => {
    const unlisted = unlistedUrls(published.urls, site.permalinks);
    assert.deepEqual(unlisted, [], `${unlisted.length} URL(s) not in published/urls.txt yet. ${REGENERATE}`);
  });
  it('published/verdicts.json records every claim as it stands', () => {
    assert.deepEqual(
      published.verdicts,
      nextVerdicts(published.verdicts, snapshot.claims),
      `published/verdicts.json is out of date. ${REGENERATE}`,
    );
  });
});
