/** The site's search worker, unchanged, with the benchmark's timing of network waits loaded first. */
import './search-worker-timing.ts';
import '../src/search/client/worker.ts';
