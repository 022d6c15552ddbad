import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.ts';

const executablePath = findChromium();
/** E2E_PORT picks another port where 4321 is taken (another checkout's tests on the same machine). */
const port = Number(process.env['E2E_PORT'] ?? 4321);

/**
 * Browser tests drive the built site (dist/) served as production serves it:
 * Cloudflare Pages' own runtime, `wrangler pages dev`, which applies _headers and
 * _redirects (scripts/serve.ts; it falls back to `astro preview`, saying why, only
 * where workerd cannot run, and never in CI).
 */
export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: { ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS },
  },
  projects: [{ name: 'desktop', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    // exec: no shell in between, so the server sees it when the runner is gone (scripts/serve.ts).
    command: `exec node scripts/serve.ts --port ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env['CI'],
    timeout: 60_000,
    // The server says which runtime serves the site, and why when it falls back.
    stderr: 'pipe',
  },
});
