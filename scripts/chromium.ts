/**
 * Finding a Chromium for the browser tests, in order: an explicit path in
 * CHROMIUM_PATH, Playwright's own downloaded browser, then the system's.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** System locations tried after Playwright's own browser. */
export const SYSTEM_CHROMIUMS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** The first Chromium that exists, or undefined. */
export function findChromium(): string | undefined {
  const explicit = process.env['CHROMIUM_PATH'];
  if (explicit) return existsSync(explicit) ? explicit : undefined;
  let bundled: string | undefined;
  try {
    bundled = chromium.executablePath();
  } catch {
    bundled = undefined;
  }
  return [bundled, ...SYSTEM_CHROMIUMS].find((p): p is string => p !== undefined && existsSync(p));
}

/** Flags for a headless Chromium on a locked-down machine (root, no network). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
