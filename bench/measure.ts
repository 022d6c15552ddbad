/**
 * Runs a command and measures wall time and peak memory (the largest VmHWM
 * seen across the process and its children, polled from /proc).
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** What one run cost. */
export interface Measurement {
  /** Wall-clock seconds. */
  seconds: number;
  /** Peak resident memory in MB (largest single process). */
  peakMb: number;
  /** Exit code. */
  code: number;
  /** The last lines the command printed, for errors. */
  tail: string;
}

function hwmKb(pid: number): number {
  try {
    const m = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

function children(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

/** Runs `command args` with `env`, in `cwd`; with `logFile`, everything it prints is also written there. */
export function measure(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  cwd = process.cwd(),
  logFile?: string,
): Promise<Measurement> {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const log = logFile ? createWriteStream(logFile) : undefined;
    let out = '';
    const keep = (d: Buffer) => {
      log?.write(d);
      out = (out + d.toString()).slice(-4000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    let peak = 0;
    const poll = setInterval(() => {
      const tree = [child.pid!, ...children(child.pid!)];
      for (const pid of tree) peak = Math.max(peak, hwmKb(pid));
    }, 100);
    child.on('close', (code) => {
      clearInterval(poll);
      log?.end();
      resolve({
        seconds: (performance.now() - started) / 1000,
        peakMb: peak / 1024,
        code: code ?? 1,
        tail: out.split('\n').slice(-15).join('\n'),
      });
    });
  });
}

/** Number of HTML pages and total bytes under a built site. */
export function siteStats(dir: string): { pages: number; bytes: number } {
  let pages = 0;
  let bytes = 0;
  const walk = (d: string) => {
    if (!existsSync(d)) return;
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      const s = statSync(p);
      if (s.isDirectory()) walk(p);
      else {
        bytes += s.size;
        if (name.endsWith('.html')) pages++;
      }
    }
  };
  walk(dir);
  return { pages, bytes };
}
