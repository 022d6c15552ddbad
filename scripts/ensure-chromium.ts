/**
 * Makes sure a Chromium is there for the browser tests, installing one the
 * way this machine allows: Playwright's installer, or as root on Debian
 * `apt-get install -y chromium`. Otherwise stops with the command to run.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './chromium.ts';

function tryRun(command: string): boolean {
  try {
    console.log(`$ ${command}`);
    execSync(command, { stdio: 'inherit', timeout: 15 * 60_000 });
    return true;
  } catch {
    return false;
  }
}

let found = findChromium();
if (!found && process.env['CHROMIUM_PATH']) {
  console.error(`CHROMIUM_PATH is set to ${process.env['CHROMIUM_PATH']}, which does not exist.`);
  process.exit(1);
}
if (!found) {
  console.log('No Chromium found; trying to install one.');
  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    tryRun('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium');
  }
  found = findChromium();
  if (!found) {
    tryRun('npx playwright install chromium');
    found = findChromium();
  }
}
if (!found) {
  console.error(
    'No Chromium for the browser tests. Install one and run npm test again:\n' +
      '  Debian/Ubuntu (as root): apt-get install -y chromium\n' +
      '  elsewhere:               npx playwright install chromium\n' +
      'or point CHROMIUM_PATH at an existing Chromium or Chrome binary.',
  );
  process.exit(1);
}
console.log(`Chromium: ${found}`);
