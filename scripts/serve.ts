/**
 * `node scripts/serve.ts [--dir dist] [--port 4321]`: serves the built site
 * the way production serves it, with Cloudflare Pages' own runtime
 * (`wrangler pages dev`, which runs workerd from the `wrangler` package and
 * applies `_headers` and `_redirects` as Cloudflare Pages does). `npm start`
 * and the browser tests (playwright.config.ts) use it, so what the tests see
 * (CSP, framing, redirects of renamed claims) is what readers get.
 *
 * It runs offline: no request.cf lookup (CLOUDFLARE_CF_FETCH_ENABLED=false),
 * no metrics, and a compatibility date no newer than the bundled workerd
 * supports. Where wrangler cannot start (workerd has no build for the
 * platform, a broken install, wrangler exits before serving) it says why and
 * falls back to `astro preview`, which applies neither file; the host tests
 * then skip, saying so. CI never falls back.
 * SERVER=astro-preview asks for the fallback on purpose (to compare).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

/** Whether the host's runtime can run here, and the newest compatibility date it supports. */
export type HostRuntime = { ok: true; compatibilityDate: string } | { ok: false; reason: string };

/** Checks that workerd starts (`workerd --version`), without starting a server. */
export function hostRuntime(): HostRuntime {
  let workerd: { default: string; compatibilityDate: string };
  try {
    require.resolve('wrangler/package.json');
    workerd = require('workerd') as typeof workerd;
  } catch (error) {
    return { ok: false, reason: `wrangler or workerd is not installed (${(error as Error).message.split('\n')[0]}); run npm install` };
  }
  const run = spawnSync(workerd.default, ['--version'], { encoding: 'utf8', timeout: 10_000 });
  if (run.status !== 0) return { ok: false, reason: `workerd does not run on this machine (${run.error?.message ?? run.stderr.trim()})` };
  return { ok: true, compatibilityDate: workerd.compatibilityDate };
}

/** The compatibility date in wrangler.toml, used in production (it changes nothing for a site without Functions). */
function configuredDate(): string | undefined {
  try {
    return /^compatibility_date\s*=\s*"(\d{4}-\d{2}-\d{2})"/m.exec(readFileSync('wrangler.toml', 'utf8'))?.[1];
  } catch {
    return undefined;
  }
}

/** Starts `wrangler pages dev` on `dir`, listening on 127.0.0.1:`port`. */
export function startHost(
  dir: string,
  port: number,
  runtime: { compatibilityDate: string },
  stdio: 'inherit' | 'ignore' = 'inherit',
): ChildProcess {
  const configured = configuredDate();
  // Never newer than this workerd supports: wrangler would warn and ask to upgrade.
  const date = configured && configured < runtime.compatibilityDate ? configured : runtime.compatibilityDate;
  // The bin the package declares (its `exports` do not list bin/).
  const pkg = require.resolve('wrangler/package.json');
  const wrangler = join(dirname(pkg), (require(pkg) as { bin: Record<string, string> }).bin['wrangler']!);
  const args = [
    wrangler,
    'pages',
    'dev',
    dir,
    '--ip',
    '127.0.0.1',
    '--port',
    String(port),
    '--compatibility-date',
    date,
    '--show-interactive-dev-session=false',
  ];
  return spawn(process.execPath, args, {
    stdio,
    env: { ...process.env, CLOUDFLARE_CF_FETCH_ENABLED: 'false', WRANGLER_SEND_METRICS: 'false' },
  });
}

/** Starts `astro preview` on `dir`: the fallback, without the host's headers and redirects. */
function startPreview(dir: string, port: number): ChildProcess {
  const astro = join(dirname(require.resolve('astro/package.json')), 'bin', 'astro.mjs');
  return spawn(process.execPath, [astro, 'preview', '--host', '127.0.0.1', '--port', String(port), '--outDir', dir], { stdio: 'inherit' });
}

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

/** Resolves when `port` answers, or rejects when `child` exits first. */
function ready(child: ChildProcess, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const exited = (code: number | null) => reject(new Error(`wrangler pages dev exited (code ${code}) before serving`));
    child.once('exit', exited);
    const poll = () =>
      fetch(`http://127.0.0.1:${port}/`).then(
        () => (child.off('exit', exited), resolve()),
        () => setTimeout(poll, 200),
      );
    poll();
  });
}

/** Serves with `astro preview`, after saying loudly why the host's runtime is not used. */
function fallBack(dir: string, port: number, reason: string): ChildProcess {
  if (process.env['CI'] && process.env['SERVER'] !== 'astro-preview') {
    console.error(`Cannot serve ${dir}/ as the host does: ${reason}. CI tests under the host's runtime only.`);
    process.exit(1);
  }
  console.error(
    `\n!! Cannot serve ${dir}/ with Cloudflare Pages' runtime: ${reason}.\n!! Falling back to astro preview, which ignores _headers and _redirects: the host tests (e2e/host.spec.ts) will skip.\n`,
  );
  return startPreview(dir, port);
}

async function main(): Promise<void> {
  const dir = option('dir', process.env['DIST_DIR'] ?? 'dist');
  const port = Number(option('port', '4321'));
  const runtime: HostRuntime =
    process.env['SERVER'] === 'astro-preview' ? { ok: false, reason: 'SERVER=astro-preview is set' } : hostRuntime();
  let child: ChildProcess;
  if (runtime.ok) {
    console.error(`Serving ${dir}/ with Cloudflare Pages' runtime (wrangler pages dev): _headers and _redirects apply.`);
    child = startHost(dir, port, runtime);
    try {
      await ready(child, port);
    } catch (error) {
      child = fallBack(dir, port, (error as Error).message);
    }
  } else child = fallBack(dir, port, runtime.reason);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
  // A test runner that is killed outright cannot stop its web server: stop with it, not linger on the port.
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) child.kill('SIGTERM');
  }, 2000).unref();
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
