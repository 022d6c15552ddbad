/**
 * `npm run publish:lists` (builds first): records what the site now publishes
 * in `published/urls.txt` (every page, feed and open-data URL; lines are only
 * ever added) and `published/verdicts.json` (every claim's verdict and the
 * dates of its corrections). Run it in every pull request that adds or renames
 * a page or changes a verdict, and commit `published/` with the change.
 *
 * It refuses, with the same messages as the tests, when a published URL would
 * be lost or a verdict changed without a correction: the record only moves
 * forward.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildMismatch, permalinkProblems, unlistedUrls } from '../src/lib/guards/permalinks.ts';
import { formatUrlList } from '../src/lib/guards/url-list.ts';
import { REDIRECTS_FILE } from '../src/lib/guards/redirects.ts';
import { formatVerdicts, nextVerdicts, recordOf } from '../src/lib/guards/verdict-guard.ts';
import { formatProblems } from '../src/lib/content/problems.ts';
import { checkContent } from './check-content.ts';
import { contentIds, readBuiltSite, readPublished } from './built-site.ts';

const CONTENT = 'content';
const PUBLISHED = 'published';
/** The built site to read; the npm script builds it first. */
const DIST = process.env['DIST_DIR'] ?? 'dist';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

if ((process.env['CONTENT_DIR'] ?? CONTENT) !== CONTENT)
  fail('publish:lists records the real content/; unset CONTENT_DIR and run it again.');

const { problems, snapshot } = checkContent(CONTENT, { publishedDir: PUBLISHED, redirectsFile: REDIRECTS_FILE });
if (problems.length > 0) fail(`${formatProblems(problems)}\n\nNothing written: fix these first.`);

const published = readPublished('.');
const site = readBuiltSite(DIST);
const stale = buildMismatch(site.served, contentIds(CONTENT), published.redirects);
if (stale.missing.length + stale.extra.length > 0) {
  fail(
    `${DIST}/ was not built from content/ (${[...stale.missing.slice(0, 3), ...stale.extra.slice(0, 3)].join(', ')} …): run npm run build, then this again.`,
  );
}
const live = new Set([...site.served].filter((u) => !Object.hasOwn(published.redirects, u)));
const lost = permalinkProblems({ published: published.urls, live, redirects: published.redirects });
if (lost.length > 0) fail(`${formatProblems(lost)}\n\nNothing written: a published URL must keep working.`);

const added = unlistedUrls(published.urls, site.permalinks);
const verdicts = nextVerdicts(published.verdicts, snapshot.claims);
const changed = snapshot.claims.filter((c) => {
  const before = published.verdicts[c.id];
  return before !== undefined && JSON.stringify(before) !== JSON.stringify(recordOf(c.data));
});
mkdirSync(PUBLISHED, { recursive: true });
writeFileSync(join(PUBLISHED, 'urls.txt'), formatUrlList([...published.urls, ...site.permalinks]));
writeFileSync(join(PUBLISHED, 'verdicts.json'), formatVerdicts(verdicts));

const newClaims = snapshot.claims.length - snapshot.claims.filter((c) => published.verdicts[c.id]).length;
console.log(
  `published/urls.txt: ${added.length} URL${added.length === 1 ? '' : 's'} added${added.length > 0 ? ` (${added.slice(0, 5).join(', ')}${added.length > 5 ? ', …' : ''})` : ''}.`,
);
console.log(`published/verdicts.json: ${newClaims} new claim${newClaims === 1 ? '' : 's'}, ${changed.length} updated by a correction.`);
console.log('Commit published/ with your change.');
