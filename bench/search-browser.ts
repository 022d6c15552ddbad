/**
 * A reader's first search, measured in Chromium: every query runs in a fresh
 * browser context (nothing cached, no worker running), against files served
 * from memory by a local HTTP server that gzips text like a static host and
 * counts the bytes it sends. Used by bench/search-first-query.ts for this
 * site's worker and for Pagefind on the same corpus.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium.ts';

/** Files by URL path (`/search-index/manifest.json`). */
export type Files = ReadonlyMap<string, string | Uint8Array>;

const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  json: 'application/json; charset=utf-8',
  css: 'text/css; charset=utf-8',
  wasm: 'application/wasm',
};

/** A static server over `files` that counts the bytes of every response body it sends. */
export async function serveFiles(
  files: Files,
): Promise<{ origin: string; sent: { bytes: number; requests: number }; close(): Promise<void> }> {
  const sent = { bytes: 0, requests: 0 };
  const bodies = new Map<string, { body: Buffer; gzip: boolean }>();
  const prepare = (path: string) => {
    const content = files.get(path);
    if (content === undefined) return undefined;
    const raw = Buffer.from(content);
    const zipped = gzipSync(raw, { level: 9 });
    // Pagefind's own files arrive already compressed; gzip only what it shrinks.
    const prepared = zipped.length < raw.length * 0.95 ? { body: zipped, gzip: true } : { body: raw, gzip: false };
    bodies.set(path, prepared);
    return prepared;
  };
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = bodies.get(path) ?? prepare(path);
    if (!file) {
      res.writeHead(404).end();
      return;
    }
    sent.bytes += file.body.length;
    sent.requests++;
    const type = TYPES[path.split('.').at(-1) ?? ''] ?? 'application/octet-stream';
    res.writeHead(200, {
      'Content-Type': type,
      'Content-Length': file.body.length,
      'Cache-Control': 'no-store',
      ...(file.gzip ? { 'Content-Encoding': 'gzip' } : {}),
    });
    res.end(file.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    sent,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** What one first query cost and found. */
export interface FirstQuery {
  /** The query. */
  query: string;
  /** Response bytes sent for it (gzipped where the server gzips). */
  bytes: number;
  /** Requests it made. */
  requests: number;
  /** Wall time in the page, from starting search to having the results, in ms. */
  ms: number;
  /** Result URLs, best first. */
  urls: string[];
  /** Of `ms`, the time the search worker spent working rather than waiting for the network (this site only). */
  work?: number;
}

/** In the page: loads search from nothing, runs `query`, resolves with the wall time and the result URLs. */
export type RunInPage = (page: Page, query: string) => Promise<{ ms: number; urls: string[]; work?: number }>;

/** Runs each query as a reader's first search, each in a fresh Chromium context. */
export async function firstQueries(files: Files, queries: readonly string[], run: RunInPage): Promise<FirstQuery[]> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium found: install one (apt-get install -y chromium) or set CHROMIUM_PATH');
  const server = await serveFiles(new Map([...files, ['/bench.html', '<!doctype html><html lang="en"><title>bench</title></html>']]));
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const out: FirstQuery[] = [];
  try {
    for (const query of queries) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${server.origin}/bench.html`);
      server.sent.bytes = server.sent.requests = 0;
      const result = await run(page, query);
      out.push({ query, bytes: server.sent.bytes, requests: server.sent.requests, ...result });
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return out;
}

/** This site's search worker (bundled at `/worker.js`, with bench/search-worker-timing.ts) answering one query, as client.ts asks it. */
export const runWorker =
  (limit: number): RunInPage =>
  (page, query) =>
    page.evaluate(
      async ({ query, limit }) => {
        const started = performance.now();
        const worker = new Worker('/worker.js', { type: 'module' });
        const reply = await new Promise<{ hits: { url: string }[]; error?: string; timing?: { work: number } }>((resolve) => {
          worker.addEventListener('message', (e: MessageEvent) => resolve(e.data));
          worker.postMessage({ id: 1, query, limit, index: '/search-index/' });
        });
        if (reply.error) throw new Error(reply.error);
        const ms = performance.now() - started;
        return { ms, urls: reply.hits.map((h) => h.url), ...(reply.timing ? { work: reply.timing.work } : {}) };
      },
      { query, limit },
    );

/** Pagefind (bundle at `/pagefind/`) answering one query and loading the first `limit` results, as its UI does. */
export const runPagefind =
  (limit: number): RunInPage =>
  (page, query) =>
    page.evaluate(
      async ({ query, limit }) => {
        const started = performance.now();
        const pagefind = await import('/pagefind/pagefind.js' as string);
        const found = (await pagefind.search(query)) as { results: { data(): Promise<{ url: string }> }[] };
        const data = await Promise.all(found.results.slice(0, limit).map((r) => r.data()));
        return { ms: performance.now() - started, urls: data.map((d) => d.url) };
      },
      { query, limit },
    );
