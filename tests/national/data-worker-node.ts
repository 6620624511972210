// The data worker's API (src/data/worker/data-api.ts) exposed through comlink from a node worker thread: the
// node stand-in for src/data/worker/data.worker.ts, which is the same two lines over a browser Worker.
import { parentPort } from 'node:worker_threads';
import { expose } from 'comlink';
import { createDataApi } from '../../src/data/worker/data-api';
import { nodeEndpoint } from './node-endpoint';

if (!parentPort) throw new Error('run me as a worker thread');
console.debug = () => {};
expose(createDataApi(), nodeEndpoint(parentPort));
