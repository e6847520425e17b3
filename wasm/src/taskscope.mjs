// wasm/src/taskscope.mjs — the Taskscope JS API (docs/api.md), one ES module for
// browsers and Node. wasm/build.mjs prepends Emscripten's MODULARIZE glue (which
// defines createTaskscopeModule) to this file to make wasm/dist/taskscope.mjs.
//
// Shape: createTaskscope() compiles taskscope.wasm once into a WebAssembly.Module and
// starts one worker (a Web Worker in browsers, a worker_thread in Node). Each run()
// posts the source to that worker, which instantiates the compiled module afresh, so
// every run starts from a clean engine whatever the previous one did. stop() and the
// time limit terminate the worker and start a new one: a `while True: pass` never
// freezes the page or the Node process. Output and trace events are batched in the
// worker and arrive in order.

/* global createTaskscopeModule */

const IS_NODE = typeof process === 'object' && !!(process.versions && process.versions.node)
  && typeof window === 'undefined';

// Output leaves the worker at once while it trickles (at most FLUSH_BURST messages per
// FLUSH_MS window), so a line printed before a long computation shows at once; in a
// burst it is batched until FLUSH_BYTES are buffered or the window has passed (checked
// at every write; the engine cannot set timers while it runs), and at the end.
const FLUSH_BYTES = 64 * 1024;
const FLUSH_MS = 16;
const FLUSH_BURST = 4;

// ---- inside the worker: one run on a fresh instance ---------------------------------

/**
 * Runs one program on a fresh instance of the compiled module, synchronously as far as
 * the program is concerned. post(msg) sends batches to the host side.
 * @param {WebAssembly.Module} wasmModule
 * @param {{id:number, source:string, filename:string, clock:string,
 *          limits:{steps?:number, memoryBytes?:number}}} job
 * @param {(msg:any) => void} post
 * @returns {Promise<number>} the exit status
 */
export async function runOnFreshInstance(wasmModule, job, post) {
  const realClock = job.clock === 'real';
  const decoders = [null, new TextDecoder('utf-8'), new TextDecoder('utf-8')];
  const encoder = new TextEncoder();
  let chunks = [];          // [fd, text] pairs, neighbours of one fd merged
  let events = [];          // trace events not yet sent
  let buffered = 0;
  const began = now();
  let windowStart = began;
  let windowCount = 0;
  let mod = null;
  // t: virtual seconds under the virtual clock, seconds since the run began under the
  // real one (docs/trace.md).
  const stamp = (ev) => {
    const t = realClock ? (now() - began) / 1000 : (mod ? mod._ts_clock() : 0);
    return { kind: ev.kind, t, rt: Math.round((now() - began) * 1000) / 1000, step: mod ? mod._ts_step() : 0, task: null, ...ev };
  };
  const flush = () => {
    if (chunks.length) post({ type: 'out', id: job.id, chunks });
    if (events.length) post({ type: 'trace', id: job.id, events });
    chunks = [];
    events = [];
    buffered = 0;
    windowCount++;
  };
  const host = {
    write(fd, bytes) {
      if (fd !== 1 && fd !== 2) fd = 2;
      const text = decoders[fd].decode(bytes, { stream: true });
      if (!text) return;
      const last = chunks[chunks.length - 1];
      if (last && last[0] === fd) last[1] += text; else chunks.push([fd, text]);
      // Until the interpreter emits its own trace (with the task that wrote), the
      // output events are made here, merged as chunks are.
      const stream = fd === 1 ? 'stdout' : 'stderr';
      const lastEv = events[events.length - 1];
      if (lastEv && lastEv.kind === 'output' && lastEv.stream === stream) lastEv.text += text;
      else events.push(stamp({ kind: 'output', stream, text }));
      buffered += text.length;
      const t = now();
      if (t - windowStart >= FLUSH_MS) { windowStart = t; windowCount = 0; }
      if (buffered >= FLUSH_BYTES || windowCount < FLUSH_BURST) flush();
    },
    sleep(secs) {
      flush();
      blockFor(secs * 1000);
    },
  };
  mod = await createTaskscopeModule({
    tsHost: host,
    print: (text) => host.write(1, encoder.encode(text + '\n')),
    printErr: (text) => host.write(2, encoder.encode(text + '\n')),
    instantiateWasm: (imports, receive) => instantiateEngine(wasmModule, imports, receive),
  });
  const tracePath = job.trace === false ? null : '/trace.json';
  if (!tracePath) events.push(stamp({ kind: 'run_begin', clock: realClock ? 'real' : 'virtual' }));
  const src = encoder.encode(job.source);
  const argv = [job.filename, ...(job.args || [])];
  const args = encoder.encode(argv.join('\0') + '\0');
  const path = encoder.encode((tracePath || '') + '\0');
  const srcPtr = mod._malloc(src.length + 1);
  const argsPtr = mod._malloc(args.length);
  const pathPtr = tracePath ? mod._malloc(path.length) : 0;
  mod.HEAPU8.set(src, srcPtr);
  mod.HEAPU8[srcPtr + src.length] = 0;
  mod.HEAPU8.set(args, argsPtr);
  if (pathPtr) mod.HEAPU8.set(path, pathPtr);
  const limits = job.limits || {};
  let status;
  try {
    if (realClock) {
      // docs/engine.md: the program runs until it must wait; the worker then sets a
      // timer for the wait (never one timer per loop iteration) and drives it again.
      // The driver runs a file: the source goes to the in-memory file system.
      writeSource(mod.FS, job.filename, src);
      if (mod._ts_begin(argsPtr, argv.length, 0, Number(limits.steps) || 0,
        Number(limits.memoryBytes) || 0, pathPtr) < 0) throw new Error('the run could not start');
      for (;;) {
        const wait = mod._ts_drive();
        if (wait < 0) break;
        if (job.memoryProbe) post({ type: 'memory', id: job.id, used: mod._ts_mem_used() });
        flush();
        await delay(wait * 1000);
      }
      status = mod._ts_end();
    } else {
      status = mod._ts_run(srcPtr, src.length, argsPtr, argv.length, 1,
        Number(limits.steps) || 0, Number(limits.memoryBytes) || 0, pathPtr);
    }
  } catch (err) {
    // A trap (out of memory while growing, a runtime bug) ends the run, never the
    // engine: the next run gets a fresh instance.
    host.write(2, encoder.encode(`taskscope: engine error: ${err && err.message || err}\n`));
    status = 1;
  }
  for (const fd of [1, 2]) {
    const rest = decoders[fd].decode();
    if (rest) chunks.push([fd, rest]);
  }
  let traced = null;
  if (tracePath) {
    // docs/trace.md: the tasks asyncio.run creates for its own shutdown are not the
    // program's and are left out (the binding emits them today).
    // The binding writes its trace when the run ends (streaming it needs a sink hook in
    // runtime/py/asyncio_trace.c): it follows the output events streamed so far, and the
    // host merges both into done.trace.
    try {
      traced = withoutShutdownTasks(JSON.parse(new TextDecoder().decode(mod.FS.readFile(tracePath))).events);
    } catch { traced = null; }
  }
  if (!traced) events.push(stamp({ kind: 'run_end', exit_code: status }));
  flush();
  if (traced) post({ type: 'trace', id: job.id, events: traced, binding: true });
  return status;
}

/**
 * Emscripten's instantiateWasm hook: a fresh instance of the compiled module.
 * Synchronously where the host allows it (workers, Node): V8 settles the promise of
 * WebAssembly.instantiate late once the engine has run a few times (tens to hundreds of
 * milliseconds measured per instance, docs/performance.md "Cold start (session 2)"),
 * while `new WebAssembly.Instance` takes a few. A page's main thread may refuse a large
 * synchronous instantiation: then the asynchronous path.
 */
function instantiateEngine(wasmModule, imports, receive) {
  try {
    receive(new WebAssembly.Instance(wasmModule, imports), wasmModule);
  } catch (err) {
    if (!(err instanceof RangeError)) throw err;
    WebAssembly.instantiate(wasmModule, imports).then((instance) => receive(instance, wasmModule));
  }
  return {};
}

function withoutShutdownTasks(events) {
  const hidden = new Set();
  for (const ev of events) {
    if (ev.kind === 'task_created' && /^BaseEventLoop\.shutdown_/.test(ev.coro || '')) hidden.add(ev.task);
  }
  return hidden.size ? events.filter((ev) => !hidden.has(ev.task)) : events;
}

/**
 * Merges the binding's events with the output events made on the JS side: by loop
 * iteration (step), then by real time; at equal keys the binding's event comes first.
 * A binding that emits output events itself (with their task) is taken as it is.
 */
export function mergeTrace(binding, outputs) {
  if (binding.some((ev) => ev.kind === 'output')) return binding;
  const out = [];
  let j = 0;
  for (const ev of binding) {
    while (j < outputs.length && (outputs[j].step < ev.step || (outputs[j].step === ev.step && outputs[j].rt < ev.rt)) && ev.kind !== 'run_begin') {
      out.push(outputs[j++]);
    }
    if (ev.kind === 'run_end') while (j < outputs.length) out.push(outputs[j++]);
    out.push(ev);
  }
  while (j < outputs.length) out.push(outputs[j++]);
  return out;
}

function writeSource(FS, filename, bytes) {
  const slash = filename.lastIndexOf('/');
  if (slash > 0) FS.mkdirTree(filename.slice(0, slash));
  FS.writeFile(filename, bytes);
}

// Waits ms without blocking the worker: a timer for a real wait, a message (about a
// microsecond, not setTimeout(0)'s clamped millisecond) when work is ready at once.
function delay(ms) {
  if (ms > 0) return new Promise((resolve) => setTimeout(resolve, ms));
  if (typeof setImmediate === 'function') return new Promise((resolve) => setImmediate(resolve));
  return new Promise((resolve) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => { ch.port1.close(); resolve(); };
    ch.port2.postMessage(0);
  });
}

function now() {
  return typeof performance === 'object' ? performance.now() : Date.now();
}

// The host's blocking sleep hook. A real-clock run is driven (its waits return to the
// worker's event loop), so this is only a fallback for a wait reached outside the
// driver's fiber: Atomics.wait sleeps without burning CPU where SharedArrayBuffer exists
// (Node, cross-origin isolated pages); elsewhere a busy wait inside the worker.
let sleepCell = null;
function blockFor(ms) {
  if (!(ms > 0)) return;
  if (sleepCell === null) {
    try { sleepCell = new Int32Array(new SharedArrayBuffer(4)); } catch { sleepCell = false; }
  }
  if (sleepCell) {
    try { Atomics.wait(sleepCell, 0, 0, ms); return; } catch { sleepCell = false; }
  }
  const end = now() + ms;
  while (now() < end) { /* the worker has nothing else to do */ }
}

/**
 * The worker's message handler: call with the received message and a post function.
 * Returns nothing; runs are processed one after another.
 */
export function workerMain(on, post) {
  let wasmModule = null;
  let queue = Promise.resolve();
  let runsSeen = false;
  const cancelled = new Set();
  on((msg) => {
    if (msg.type === 'init') {
      wasmModule = msg.module;
      // Warming up: one throwaway run that imports asyncio lets the JS engine compile
      // and optimise the wasm code before the first real run (its first output then
      // comes in tens of milliseconds instead of hundreds; docs/performance.md). It
      // waits one task, and is skipped when a real run arrived meanwhile (Run pressed
      // while the engine loaded): that run does the warming, and waits for nothing.
      if (msg.warmUp) {
        setTimeout(() => {
          if (runsSeen) return;
          const job = { id: 0, source: 'import asyncio\n', filename: 'warmup.py', clock: 'virtual', trace: false };
          queue = queue.then(() => runOnFreshInstance(wasmModule, job, () => {})).catch(() => {});
        }, 0);
      }
      return;
    }
    if (msg.type === 'cancel') { cancelled.add(msg.id); return; }
    if (msg.type !== 'run') return;
    runsSeen = true;
    queue = queue.then(async () => {
      if (cancelled.delete(msg.id)) return;
      post({ type: 'started', id: msg.id });
      try {
        const exitCode = await runOnFreshInstance(wasmModule, msg, post);
        post({ type: 'done', id: msg.id, exitCode });
      } catch (err) {
        post({ type: 'failed', id: msg.id, message: String(err && err.stack || err) });
      }
    });
  });
}

// ---- the host side: createTaskscope, run, stop ----------------------------------------

const WASM_URL = new URL('./taskscope.wasm', import.meta.url);
const WORKER_URL = new URL('./taskscope-worker.mjs', import.meta.url);

let compiled = null;
/** Compiles taskscope.wasm once per page/process. */
export function compileEngine() {
  if (!compiled) {
    compiled = (async () => {
      if (IS_NODE) {
        const fs = await import('node:fs/promises');
        return WebAssembly.compile(await fs.readFile(WASM_URL));
      }
      const resp = await fetch(WASM_URL);
      if (!resp.ok) throw new Error(`taskscope: cannot load ${WASM_URL} (${resp.status})`);
      if (WebAssembly.compileStreaming && (resp.headers.get('content-type') || '').startsWith('application/wasm')) {
        return WebAssembly.compileStreaming(resp);
      }
      return WebAssembly.compile(await resp.arrayBuffer());
    })();
    compiled.catch(() => { compiled = null; });
  }
  return compiled;
}

/**
 * A worker with one interface over Web Workers and Node's worker_threads. wasmModule
 * may be a promise: the worker starts at once (booting a Node worker thread costs as
 * much as compiling the module) and gets the module when it is compiled.
 */
async function startWorker(wasmModule, onMessage, warmUp) {
  let w;
  if (IS_NODE) {
    const { Worker } = await import('node:worker_threads');
    w = new Worker(WORKER_URL);
    w.on('message', onMessage);
    w.on('error', (err) => onMessage({ type: 'crashed', message: String(err && err.stack || err) }));
    w.unref();
  } else {
    w = new Worker(WORKER_URL, { type: 'module' });
    w.onmessage = (e) => onMessage(e.data);
    w.onerror = (e) => { e.preventDefault?.(); onMessage({ type: 'crashed', message: String(e.message || e) }); };
  }
  try {
    w.postMessage({ type: 'init', module: await wasmModule, warmUp });
  } catch (err) {
    w.terminate();
    throw err;
  }
  return {
    post: (m) => w.postMessage(m),
    terminate: () => { w.terminate(); },
    ref: () => { if (IS_NODE) w.ref(); },
    unref: () => { if (IS_NODE) w.unref(); },
  };
}

class Taskscope {
  constructor(wasmModule, warmUp) {
    this._module = wasmModule;
    this._warmUp = warmUp;
    this._worker = null;
    this._runs = new Map();   // id → run state, for the run in the worker and those queued
    this._nextId = 1;
  }

  _ensureWorker() {
    if (!this._worker) {
      this._worker = startWorker(this._module, (msg) => this._onMessage(msg), this._warmUp);
    }
    return this._worker;
  }

  _onMessage(msg) {
    if (msg.type === 'crashed') {
      for (const run of [...this._runs.values()]) this._finish(run, 1, `taskscope: engine worker failed: ${msg.message}\n`);
      this._restartWorker();
      return;
    }
    const run = this._runs.get(msg.id);
    if (!run) return;                     // a message from a run already stopped
    if (msg.type === 'started') {
      const seconds = Number(run.limits.seconds);
      if (seconds > 0) run.timer = setTimeout(() => this._stop(run, 'time limit'), seconds * 1000);
    } else if (msg.type === 'memory') {
      run.opts.onMemoryProbe?.(msg.used);
    } else if (msg.type === 'out') {
      for (const [fd, text] of msg.chunks) {
        if (fd === 1) run.opts.onStdout?.(text); else run.opts.onStderr?.(text);
      }
    } else if (msg.type === 'trace') {
      if (msg.binding) {
        // The binding's own output events name the task that wrote; the ones made in
        // the worker were streamed already, so they are not sent to onTrace again.
        run.bindingTrace = msg.events;
        for (const ev of msg.events) if (ev.kind !== 'output') run.opts.onTrace?.(ev);
      } else {
        run.trace.push(...msg.events);
        for (const ev of msg.events) run.opts.onTrace?.(ev);
      }
    } else if (msg.type === 'done') {
      this._finish(run, msg.exitCode, null);
    } else if (msg.type === 'failed') {
      this._finish(run, 1, `taskscope: ${msg.message}\n`);
    }
  }

  _finish(run, exitCode, stderrText, stopped) {
    if (!this._runs.has(run.id)) return;
    this._runs.delete(run.id);
    clearTimeout(run.timer);
    if (stderrText) run.opts.onStderr?.(stderrText);
    const trace = run.bindingTrace ? mergeTrace(run.bindingTrace, run.trace) : run.trace;
    const result = { exitCode, trace };
    if (stopped) result.stopped = stopped;
    run.resolve(result);
    if (this._runs.size === 0 && this._worker) this._worker.then((w) => { if (this._runs.size === 0) w.unref(); });
  }

  _restartWorker() {
    const old = this._worker;
    this._worker = null;
    if (old) old.then((w) => w.terminate(), () => {});
    // Runs still queued behind the stopped one go to the new worker, in order.
    const pending = [...this._runs.values()];
    if (pending.length) {
      const w = this._ensureWorker();
      for (const run of pending) this._send(w, run);
    }
  }

  _send(workerPromise, run) {
    workerPromise.then((w) => {
      if (!this._runs.has(run.id)) return;
      w.ref();
      w.post({ type: 'run', id: run.id, source: run.source, filename: run.filename, args: run.args, clock: run.clock, limits: run.limits, trace: run.wantTrace, memoryProbe: !!run.opts.onMemoryProbe });
    }, (err) => this._finish(run, 1, `taskscope: cannot start the engine worker: ${err}\n`));
  }

  _stop(run, why) {
    if (!this._runs.has(run.id)) return;
    const running = this._runs.keys().next().value === run.id;
    this._finish(run, 1, why === 'stop' ? null : `stopped: ${why}\n`, why);
    if (running) {
      // The synchronous run inside the worker cannot be interrupted: end the worker and
      // start a fresh one; the runs queued behind this one are re-sent to it, in order.
      this._restartWorker();
    } else {
      this._worker?.then((w) => w.post({ type: 'cancel', id: run.id }));
    }
  }

  /**
   * Runs a program. See docs/api.md.
   * @param {string} source
   * @param {{clock?: 'virtual'|'real', filename?: string,
   *   onStdout?: (text: string) => void, onStderr?: (text: string) => void,
   *   onTrace?: (event: any) => void,
   *   limits?: {steps?: number, memoryBytes?: number, seconds?: number}}} [opts]
   * @returns {{stop: () => void, done: Promise<{exitCode: number, trace: any[], stopped?: string}>}}
   */
  run(source, opts = {}) {
    const run = {
      id: this._nextId++,
      source: String(source),
      filename: opts.filename || 'main.py',
      args: Array.isArray(opts.args) ? opts.args.map(String) : [],
      // Collecting the binding's trace slows asyncio programs several times in wasm
      // (docs/performance.md): only when someone reads it.
      wantTrace: opts.trace === undefined ? typeof opts.onTrace === 'function' : !!opts.trace,
      clock: opts.clock === 'real' ? 'real' : 'virtual',
      limits: opts.limits || {},
      opts,
      trace: [],
      timer: undefined,
      resolve: null,
    };
    const done = new Promise((resolve) => { run.resolve = resolve; });
    this._runs.set(run.id, run);
    this._send(this._ensureWorker(), run);
    return { stop: () => this._stop(run, 'stop'), done };
  }

  /** Ends the worker (a Node process can then exit); the next run starts a new one. */
  close() {
    for (const run of [...this._runs.values()]) this._finish(run, 1, null, 'stop');
    const old = this._worker;
    this._worker = null;
    if (old) old.then((w) => w.terminate(), () => {});
  }
}

/**
 * Loads the engine once and returns an object whose run() starts programs.
 * @param {{warmUp?: boolean}} [options] warmUp (default: true in browsers, false in
 *   Node, where a command line runs one program at once): let the worker run a
 *   throwaway program first, so the first real run starts fast.
 * @returns {Promise<Taskscope>}
 */
export async function createTaskscope(options = {}) {
  const compiling = compileEngine();
  // Start the worker now, while the module compiles, so the first run waits for
  // neither; a failed compile still rejects here.
  const ts = new Taskscope(compiling, options.warmUp ?? !IS_NODE);
  ts._ensureWorker().then((w) => w.unref(), () => {});
  ts._module = await compiling;
  return ts;
}
