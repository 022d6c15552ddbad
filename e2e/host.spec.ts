/**
 * Served as the host serves it. The tests run against Cloudflare Pages' own
 * runtime (scripts/serve.ts), which reads dist/_headers and dist/_redirects as
 * production does, so what is checked here is what readers get: the security
 * and framing headers, embed cards that other sites may frame while no other
 * page may be, and the old address of a renamed claim redirecting to the new.
 */
import { existsSync, linkSync, copyFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { formatRedirectsFile } from '../src/lib/guards/redirects.ts';
import { paths } from '../src/lib/urls.ts';
import { hostRuntime, startHost } from '../scripts/serve.ts';
import { content } from './content.ts';
import { DIST, headersOf, NOT_THE_HOST, servedByHost } from './host.ts';

const claim = content.claims[0]!;
/** A claim's embed card: the only path the `/embed/*` rule of _headers lets other sites frame. */
const embedPath = paths.embed;
const hasEmbeds = existsSync(join(DIST, embedPath(claim.id), 'index.html'));
const NO_EMBEDS = `no embed card in ${DIST}/ (${embedPath(claim.id)}): build the site first`;

/** A CSP header as directive → value. */
const directives = (csp: string | undefined) =>
  Object.fromEntries(
    (csp ?? '').split(';').flatMap((d) => (d.trim() ? [[d.trim().split(/\s+/)[0]!, d.trim().split(/\s+/).slice(1).join(' ')]] : [])),
  );

test.describe('security headers, as the host sends them', () => {
  test.beforeEach(async ({ request }) => test.skip(!(await servedByHost(request)), NOT_THE_HOST));

  test('every kind of page gets the CSP of _headers and may not be framed', async ({ request }) => {
    const site = headersOf('/*');
    const article = content.articles[0]!;
    for (const path of [
      paths.home(),
      paths.claim(claim.id),
      paths.article(article.id),
      paths.about(),
      paths.openData('json'),
      '/no-such-page/',
    ]) {
      const response = await request.get(path);
      const headers = response.headers();
      expect(headers['content-security-policy'], path).toBe(site['content-security-policy']);
      const csp = directives(headers['content-security-policy']);
      expect(csp['frame-ancestors'], path).toBe("'none'");
      expect(csp['script-src'], `${path}: scripts only from the site's own files`).toBe("'self'");
      expect(headers['x-frame-options'], path).toBe('DENY');
      expect(headers['x-content-type-options'], path).toBe('nosniff');
    }
  });

  test('hashed assets are cached for a year; pages are not', async ({ request }) => {
    const asset = readdirSync(join(DIST, '_astro')).find((f) => /\.(css|js)$/.test(f));
    expect(asset, `a hashed asset in ${DIST}/_astro/`).toBeDefined();
    expect((await request.get(`/_astro/${asset}`)).headers()['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await request.get(paths.home())).headers()['cache-control']).not.toContain('immutable');
  });
});

/** Where Chromium sends a frame it refuses to show. */
const REFUSED = 'chrome-error://chromewebdata/';

/**
 * Another site: a server on another loopback port (so another origin, and,
 * like this site, on the local network: Chromium's local-network rules play
 * no part) whose page frames `src`.
 */
async function elsewhere(src: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createHttpServer((_, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(`<!doctype html><title>Another site</title><iframe title="framed" src="${src}" width="600" height="400"></iframe>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/**
 * Opens a page of another site that frames `path` of this site, and returns
 * the frame once it has loaded. With `withoutFramingHeaders`, the test removes
 * this site's CSP and X-Frame-Options on the way: the control that shows it is
 * they that refuse.
 */
async function frameFromElsewhere(page: Page, baseURL: string, path: string, { withoutFramingHeaders = false } = {}) {
  const other = await elsewhere(`${baseURL}${path}`);
  try {
    if (withoutFramingHeaders)
      await page.route(`${baseURL}${path}`, async (route) => {
        const response = await route.fetch();
        const headers = Object.entries(response.headers()).filter(
          ([name]) => name !== 'content-security-policy' && name !== 'x-frame-options',
        );
        await route.fulfill({ response, headers: Object.fromEntries(headers) });
      });
    const navigated = page.waitForEvent('framenavigated', (f) => f !== page.mainFrame());
    await page.goto(other.url);
    const frame = await navigated;
    await frame.waitForLoadState();
    return frame;
  } finally {
    await other.close();
  }
}

test.describe('framing by other sites', () => {
  test.beforeEach(async ({ request }) => test.skip(!(await servedByHost(request)), NOT_THE_HOST));

  for (const [name, path] of [
    ['a claim page', paths.claim(claim.id)],
    ['the home page', paths.home()],
  ] as const) {
    test(`${name} refuses to be framed`, async ({ page, baseURL, request }) => {
      expect((await request.get(path)).status()).toBe(200);
      expect((await frameFromElsewhere(page, baseURL!, path)).url(), 'refused by frame-ancestors / X-Frame-Options').toBe(REFUSED);
      const control = await frameFromElsewhere(page, baseURL!, path, { withoutFramingHeaders: true });
      expect(control.url(), 'the same page without those two headers is shown').toBe(`${baseURL}${path}`);
    });
  }

  test('an embed card may be framed by any site, and says so in its headers', async ({ page, baseURL, request }) => {
    test.skip(!hasEmbeds, NO_EMBEDS);
    const path = embedPath(claim.id);
    const headers = (await request.get(path)).headers();
    expect(headers['content-security-policy']).toBe(headersOf('/embed/*')['content-security-policy']);
    expect(directives(headers['content-security-policy'])['frame-ancestors']).toBe('*');
    expect(headers['x-frame-options']).toBeUndefined();

    expect((await frameFromElsewhere(page, baseURL!, path)).url()).toBe(`${baseURL}${path}`);
    await expect(
      page
        .frameLocator('iframe')
        .locator(`a[href$="${paths.claim(claim.id)}"]`)
        .first(),
    ).toBeVisible();
  });

  test('only /embed/ is framable: _headers relaxes frame-ancestors there and nowhere else', () => {
    const site = directives(headersOf('/*')['content-security-policy']);
    const embed = directives(headersOf('/embed/*')['content-security-policy']);
    expect(site['frame-ancestors']).toBe("'none'");
    expect(embed['frame-ancestors']).toBe('*');
    // Apart from framing, the embed cards keep the site's policy.
    expect({ ...embed, 'frame-ancestors': "'none'" }).toEqual(site);
  });
});

/** A free port on the loopback interface. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Hard-links (or copies) every file of `from` into `to`, so a fixture site costs no copy of dist/. */
function linkTree(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const [src, dst] = [join(from, entry.name), join(to, entry.name)];
    if (entry.isDirectory()) linkTree(src, dst);
    else {
      try {
        linkSync(src, dst);
      } catch {
        copyFileSync(src, dst);
      }
    }
  }
}

/**
 * No claim has been renamed yet (src/data/redirects.json is empty), and a
 * redirect is not invented for a test: this one is served from a fixture site,
 * the built dist/ plus one rename declared the way src/data/redirects.json
 * declares it, written by the site's own formatRedirectsFile, with the redirect
 * page Astro leaves at the old address. It runs on its own host server.
 */
test.describe('a renamed claim', () => {
  test.describe.configure({ mode: 'serial' });
  const oldPath = paths.claim(`${claim.id}-old-name`);
  const newPath = paths.claim(claim.id);
  let origin = '';
  let stop = () => {};

  test.beforeAll(async () => {
    const runtime = hostRuntime();
    test.skip(!runtime.ok, runtime.ok ? '' : `Cloudflare Pages' runtime cannot run here: ${runtime.reason}`);
    const site = test.info().outputPath('renamed-site');
    linkTree(DIST, site);
    // Replace, never write through, a hard-linked file: it is dist/'s own.
    rmSync(join(site, '_redirects'));
    writeFileSync(join(site, '_redirects'), formatRedirectsFile({ [oldPath]: newPath }));
    mkdirSync(join(site, oldPath), { recursive: true });
    writeFileSync(
      join(site, oldPath, 'index.html'),
      `<!doctype html><title>Redirecting to: ${newPath}</title><meta http-equiv="refresh" content="0;url=${newPath}">`,
    );

    const port = await freePort();
    const server = startHost(site, port, runtime as { compatibilityDate: string }, 'ignore');
    stop = () => server.kill('SIGTERM');
    origin = `http://127.0.0.1:${port}`;
    for (let t = Date.now(); Date.now() - t < 45_000; await new Promise((r) => setTimeout(r, 250))) {
      if (server.exitCode !== null) throw new Error(`wrangler pages dev exited (${server.exitCode}) before serving ${site}`);
      if (
        await fetch(`${origin}/`).then(
          (r) => r.ok,
          () => false,
        )
      )
        return;
    }
    throw new Error(`wrangler pages dev did not answer on ${origin} within 45 s`);
  });
  test.afterAll(() => stop());

  test('the old address answers 301 with the new one, with or without the final slash', async ({ request }) => {
    for (const old of [oldPath, oldPath.slice(0, -1)]) {
      const response = await request.get(`${origin}${old}`, { maxRedirects: 0 });
      expect(response.status(), old).toBe(301);
      expect(response.headers()['location'], old).toBe(newPath);
    }
  });

  test('a reader following an old link lands on the claim page', async ({ page }) => {
    const response = await page.goto(`${origin}${oldPath}`);
    expect(response?.status()).toBe(200);
    await expect(page).toHaveURL(`${origin}${newPath}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });
});
