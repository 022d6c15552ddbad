/**
 * Imported first by the benchmark's build of the search worker
 * (bench/search-worker-timed.ts): notes the time the worker spends waiting for
 * the network, so the benchmark can tell its own work (decoding, indexing,
 * querying) from the fetches. Every reply carries `timing`.
 */
const started = performance.now();
let inFlight = 0;
let since = 0;
let waiting = 0;

const realFetch = globalThis.fetch.bind(globalThis);
globalThis.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
  if (inFlight++ === 0) since = performance.now();
  try {
    const response = await realFetch(input, init);
    // The body arrives here, so reading it counts as waiting; parsing it later counts as work.
    const body = await response.arrayBuffer();
    return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
  } finally {
    if (--inFlight === 0) waiting += performance.now() - since;
  }
};

const realPost = globalThis.postMessage.bind(globalThis) as (message: unknown) => void;
globalThis.postMessage = ((message: object) =>
  realPost({ ...message, timing: { work: performance.now() - started - waiting, waiting } })) as typeof globalThis.postMessage;
