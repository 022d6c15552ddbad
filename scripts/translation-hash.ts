/**
 * `npm run translation:hash -- <claims|events> <id>`: prints the version hash of
 * an English claim or event, to record as `source.hash` in its translation
 * (and, for a claim, its verdict for `source.verdict`).
 */
import { loadContent } from '../src/lib/content/loader.ts';
import { claimSourceHash, eventSourceHash } from '../src/lib/i18n/source-hash.ts';

const [collection, id] = process.argv.slice(2);
const { snapshot } = loadContent(process.env['CONTENT_DIR'] ?? 'content');
if (collection === 'claims') {
  const claim = snapshot.claims.find((c) => c.id === id);
  if (!claim) throw new Error(`No claim "${id}" in content/claims/`);
  console.log(`source:\n  hash: '${claimSourceHash(claim)}'\n  verdict: ${claim.data.verdict}`);
} else if (collection === 'events') {
  const event = snapshot.events.find((e) => e.id === id);
  if (!event) throw new Error(`No event "${id}" in content/events/`);
  console.log(`source:\n  hash: '${eventSourceHash(event)}'`);
} else {
  console.error('Usage: npm run translation:hash -- claims <id> | events <id>');
  process.exit(2);
}
