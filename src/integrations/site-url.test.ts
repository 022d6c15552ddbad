/** SITE_URL: the placeholder for local builds, a loud warning at the end of such a build, and a clear error for a malformed value. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { AstroIntegrationLogger } from 'astro';
import { PLACEHOLDER_SITE_URL } from '../consts.ts';
import { resolveSiteUrl, siteUrlCheck, SITE_URL_WARNING } from './site-url.ts';

/** Runs the integration's build:done hook and returns what it warned. */
async function warningsOf(env: Record<string, string>): Promise<string[]> {
  const warned: string[] = [];
  const logger = { warn: (m: string) => warned.push(m) } as unknown as AstroIntegrationLogger;
  const hook = siteUrlCheck(resolveSiteUrl(env)).hooks['astro:build:done'];
  // The hook reads only the logger; the rest of Astro's argument is not needed here.
  await hook?.({ logger } as unknown as Parameters<NonNullable<typeof hook>>[0]);
  return warned;
}

describe('SITE_URL', () => {
  it('falls back to the placeholder when unset or empty, and says so at the end of the build', async () => {
    assert.deepEqual(resolveSiteUrl({}), { url: PLACEHOLDER_SITE_URL, placeholder: true });
    assert.deepEqual(resolveSiteUrl({ SITE_URL: ' ' }), { url: PLACEHOLDER_SITE_URL, placeholder: true });
    const warned = await warningsOf({});
    assert.equal(warned.length, 1);
    assert.match(warned[0]!, /^SITE_URL is not set/);
    assert.ok(warned[0]!.includes(PLACEHOLDER_SITE_URL));
    assert.equal(warned[0], SITE_URL_WARNING);
  });
  it('uses the origin given, without a warning', async () => {
    assert.deepEqual(resolveSiteUrl({ SITE_URL: 'https://factcheck.example.net/' }), {
      url: 'https://factcheck.example.net',
      placeholder: false,
    });
    assert.deepEqual(await warningsOf({ SITE_URL: 'https://factcheck.example.net' }), []);
  });
  it('refuses a value that is not a bare origin, naming SITE_URL', () => {
    for (const bad of ['factcheck.example.net', 'https://example.net/factcheck/', 'ftp://example.net', 'https://example.net/?x=1'])
      assert.throws(() => resolveSiteUrl({ SITE_URL: bad }), /^Error: SITE_URL /, bad);
  });
});
