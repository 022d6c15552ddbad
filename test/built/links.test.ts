/**
 * Runs after the build (`npm run test:built`): every internal link, asset
 * reference, form action, canonical/Open Graph URL and `#anchor` in the built
 * site resolves. Zero broken links.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { brokenLinks, formatBrokenLinks } from '../../src/lib/guards/link-check.ts';
import { readBuiltSite } from '../../scripts/built-site.ts';

const DIST = process.env['DIST_DIR'] ?? 'dist';

describe(`internal links in ${DIST}/`, () => {
  const site = readBuiltSite(DIST);
  it(`all resolve (${site.pages.size} pages)`, () => {
    const broken = brokenLinks(site);
    assert.equal(broken.length, 0, formatBrokenLinks(broken));
  });
});
