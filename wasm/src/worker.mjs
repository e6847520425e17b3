// wasm/src/worker.mjs → wasm/dist/taskscope-worker.mjs — the engine's worker: a module
// Web Worker in browsers, a worker_thread in Node. It receives the compiled
// WebAssembly.Module once, then runs programs one after another, each on a fresh
// instance (wasm/src/taskscope.mjs, runOnFreshInstance).
//
// A page may also ask this worker to warm the engine up itself, between runs it has not
// been asked for yet (the message {type: 'warm-up'}; see warmUpHere below).
import { workerMain, runOnFreshInstance } from './taskscope.mjs';

// What the warm-up runs: the paths of a typical first program (the interpreter's start,
// the compile, importing asyncio, asyncio.run, tasks, gather, a sleep, print, the trace)
// on both clocks, twice (the second time, V8 has compiled the hot JavaScript and wasm
// functions better), the page's clock first (the message's clock).
const WARM_UP_SOURCE = `import asyncio
async def child(i):
    await asyncio.sleep(0.001)
    return i
async def main():
    t = asyncio.create_task(child(1))
    print("warm", await t, await asyncio.gather(child(2), child(3)))
asyncio.run(main())
`;
const warmUpRuns = (first) => (first === 'real' ? ['real', 'virtual', 'real', 'virtual'] : ['virtual', 'real', 'virtual', 'real']);

/**
 * The warm-up in the worker that runs programs (docs/performance.md, "Web", session 5).
 * V8 compiles wasm lazily, function by function, on first call, and a program's first
 * run on a cold engine spends most of its time there (a hundred milliseconds and more
 * under load). The compiled code belongs to the module, so another worker can do it
 * (taskscope.mjs, the warm-up worker), but that worker must boot first, and a run ends
 * it: a Run pressed soon after the page is up then compiles nearly everything itself.
 * Here the worker that will run the program compiles it while it idles, in pieces (one
 * throwaway run each) between which a run that has arrived goes first and ends the
 * warm-up. A run that arrives during a piece waits for that piece only, which mostly
 * compiles what the run needs anyway. The piece's JavaScript (runOnFreshInstance) warms
 * up too, which a warm-up in another worker cannot do for this one.
 * @param {(msg: any) => void} post
 */
function warmUpHere(post) {
  let wasmModule = null;
  let wanted = false;
  let firstClock = 'virtual';
  let state = 'idle'; // 'running' while pieces run, 'over' once done or a run came
  const end = (completed) => {
    if (state === 'over') return;
    const was = state;
    state = 'over';
    if (was === 'running' || wanted) post({ type: 'warm', completed });
  };
  // The next task, after the messages already queued for this worker (a message port's
  // messages and the worker's own are one task source, first in first out; a timer is
  // another, which may come first): a run posted before it is seen before a piece starts.
  const nextTask = () => new Promise((resolve) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => { ch.port1.close(); resolve(); };
    ch.port2.postMessage(0);
  });
  const start = async () => {
    if (state !== 'idle' || !wanted || !wasmModule) return;
    state = 'running';
    for (const clock of warmUpRuns(firstClock)) {
      await nextTask(); // a run posted meanwhile is seen first (see) and ends this
      if (state !== 'running') return;
      try {
        await runOnFreshInstance(wasmModule, { id: 0, source: WARM_UP_SOURCE, filename: 'warmup.py', clock, trace: true }, () => {});
      } catch { /* a warm-up that fails only leaves the engine colder */ }
    }
    end(true);
  };
  return {
    /** Sees every message before workerMain; true when it is the warm-up's own. */
    see(msg) {
      if (msg.type === 'init') {
        wasmModule = msg.module;
        start();
      } else if (msg.type === 'warm-up') {
        wanted = true;
        firstClock = msg.clock;
        start();
        return true;
      } else if (msg.type === 'run') {
        end(false);
      }
      return false;
    },
  };
}

if (typeof process === 'object' && process.versions && process.versions.node && typeof self === 'undefined') {
  const { parentPort } = await import('node:worker_threads');
  workerMain((fn) => parentPort.on('message', fn), (msg) => parentPort.postMessage(msg));
} else {
  const post = (msg) => self.postMessage(msg);
  const warmUp = warmUpHere(post);
  workerMain((fn) => { self.onmessage = (e) => { if (!warmUp.see(e.data)) fn(e.data); }; }, post);
}
