/**
 * Java for the Nu HTML Checker (vnu.jar, from the vnu-jar package): finds a
 * `java` (JAVA_HOME, then PATH); where there is none, installs Debian's
 * `default-jre-headless` as root, or stops with the command to run.
 * Used by test/built/html-validity.test.ts; also runnable: node scripts/ensure-java.ts
 */
import { execFileSync, execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** A working `java` command, or undefined. */
export function findJava(): string | undefined {
  const home = process.env['JAVA_HOME'];
  const candidates = [...(home ? [join(home, 'bin', 'java')] : []), 'java'];
  return candidates.find((cmd) => {
    try {
      execFileSync(cmd, ['-version'], { stdio: 'ignore', timeout: 30_000 });
      return true;
    } catch {
      return false;
    }
  });
}

/** Returns a `java` command, installing one as root on Debian if needed; throws with instructions otherwise. */
export function ensureJava(): string {
  let java = findJava();
  if (!java && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log('No Java found; installing default-jre-headless (for the Nu HTML Checker).');
    try {
      execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq default-jre-headless', {
        stdio: 'inherit',
        timeout: 15 * 60_000,
      });
    } catch {
      // Reported below.
    }
    java = findJava();
  }
  if (!java) {
    throw new Error(
      'No Java for the Nu HTML Checker (vnu.jar). Install one and run the tests again:\n' +
        '  Debian/Ubuntu (as root): apt-get install -y default-jre-headless\n' +
        '  macOS:                   brew install openjdk\n' +
        'or set JAVA_HOME to an installed JRE (11 or newer).',
    );
  }
  return java;
}

if (import.meta.main) {
  try {
    console.log(`Java: ${ensureJava()}`);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
