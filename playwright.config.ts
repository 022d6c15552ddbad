import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.ts';

const executablePath = findChromium();

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
    baseURL: 'http://127.0.0.1:4321',
    launchOptions: { ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS },
  },
  projects: [{ name: 'desktop', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    command: 'node scripts/serve.ts --port 4321',
    url: 'http://127.0.0.1:4321/',
    reuseExistingServer: !process.env['CI'],
    timeout: 60_000,
    // The server says which runtime serves the site, and why when it falls back.
    stderr: 'pipe',
  },
});
