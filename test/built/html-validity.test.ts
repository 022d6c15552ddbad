/**
 * Valid HTML: every built page (and the CSS inlined in it) passes the Nu HTML
 * Checker (vnu.jar from the vnu-jar package) with zero errors. One Java run
 * checks the whole of dist/ (past 2,000 pages, a seeded sample of each
 * template: test/page-sample.ts). Needs Java: scripts/ensure-java.ts finds it or
 * installs it (as root on Debian), or says what to install.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { ensureJava } from '../../scripts/ensure-java.ts';
import { distFiles, DIST, urlOf } from './dist.ts';
import { pagesToCheckFromEnv } from '../page-sample.ts';

const VNU_JAR = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

interface VnuMessage {
  type: string;
  subType?: string;
  url: string;
  lastLine?: number;
  firstColumn?: number;
  message: string;
  extract?: string;
}

/** The HTML files to check: all of them, or the sample on a site past the limit. */
function filesToCheck(): { files: string[]; of: number } {
  const html = distFiles().filter((f) => f.endsWith('.html'));
  const chosen = new Set(pagesToCheckFromEnv(html.map(urlOf)));
  return { files: html.filter((f) => chosen.has(urlOf(f))), of: html.length };
}

/** Runs the checker over dist/ (or the files given) and returns its error messages. */
async function vnuErrors(files?: string[]): Promise<VnuMessage[]> {
  const java = ensureJava();
  const args = [
    '-Xss8m',
    '-jar',
    VNU_JAR,
    '--errors-only',
    '--format',
    'json',
    '--skip-non-html',
    ...(files ? files.map((f) => join(DIST, f)) : [DIST]),
  ];
  // vnu exits 1 when it finds errors and reports them as JSON on stderr either way.
  const { stderr } = await promisify(execFile)(java, args, { maxBuffer: 256 * 1024 * 1024 }).catch(
    (error: { stderr?: string; message: string }) => {
      if (error.stderr?.trimStart().startsWith('{')) return { stderr: error.stderr };
      throw new Error(`The Nu HTML Checker did not run: ${error.stderr || error.message}`);
    },
  );
  const { messages } = JSON.parse(stderr) as { messages: VnuMessage[] };
  return messages.filter((m) => m.type === 'error' || m.subType === 'fatal');
}

const where = (m: VnuMessage) => `${relative(process.cwd(), fileURLToPath(m.url))}:${m.lastLine ?? '?'}:${m.firstColumn ?? '?'}`;

describe('valid HTML (Nu HTML Checker)', () => {
  it(`every page in ${DIST}/ has zero errors`, { timeout: 15 * 60_000 }, async () => {
    const { files, of } = filesToCheck();
    const errors = await vnuErrors(files.length === of ? undefined : files);
    const report = errors.map((m) => `${where(m)}: ${m.message}${m.extract ? `\n    ${m.extract.replace(/\n/g, ' ')}` : ''}`);
    console.log(`Nu HTML Checker: ${files.length} of ${of} pages, ${errors.length} errors.`);
    assert.deepEqual(report, [], `${errors.length} HTML error(s):\n${report.join('\n')}`);
  });
});
