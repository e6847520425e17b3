// wasm/src/worker.mjs → wasm/dist/taskscope-worker.mjs — the engine's worker: a module
// Web Worker in browsers, a worker_thread in Node. It receives the compiled
// WebAssembly.Module once, then runs programs one after another, each on a fresh
// instance (wasm/src/taskscope.mjs, runOnFreshInstance).
import { workerMain } from './taskscope.mjs';

if (typeof process === 'object' && process.versions && process.versions.node && typeof self === 'undefined') {
  const { parentPort } = await import('node:worker_threads');
  workerMain((fn) => parentPort.on('message', fn), (msg) => parentPort.postMessage(msg));
} else {
  workerMain((fn) => { self.onmessage = (e) => fn(e.data); }, (msg) => self.postMessage(msg));
}
