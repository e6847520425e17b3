// wasm/src/taskscope.mjs — the Taskscope JS API (docs/api.md), one ES module for
// browsers and Node. wasm/build.mjs prepends Emscripten's MODULARIZE glue (which
// defines createTaskscopeModule) to this file to make wasm/dist/taskscope.mjs.
//
// Shape: createTaskscope() compiles taskscope.wasm once into a WebAssembly.Module and
// starts one worker (a Web Worker in browsers, a worker_thread in Node). Each run()
// posts the source to that worker, which runs it on a fresh instance of the compiled
// module (made while the worker idled), so every run starts from a clean engine
// whatever the previous one did. stop() and the time limit terminate the worker and
// start a new one: a `while True: pass` never freezes the page or the Node process.
// Output and trace events stream out of the engine as the program produces them and
// are batched in the worker, together and in order.

/* global createTaskscopeModule */

const IS_NODE = typeof process === 'object' && !!(process.versions && process.versions.node)
  && typeof window === 'undefined';

// Output and trace events leave the worker together, in the order the program produced
// them. While they trickle, each is sent at once (at most FLUSH_BURST messages per
// FLUSH_MS window), so a line printed before a long computation shows at once; in a
// burst they are batched until FLUSH_BYTES are buffered or the window has passed
// (checked at every write and event; the engine cannot set timers while it runs), and
// at every real-clock wait and at the end.
const FLUSH_BYTES = 64 * 1024;
const FLUSH_MS = 16;
const FLUSH_BURST = 4;

// In a batch, items are [fd, text]: fd 1 stdout, 2 stderr, TRACE_ITEM a trace event as
// JSON text (parsed on the receiving side, which keeps the worker's cost per event low).
const TRACE_ITEM = 0;

// ---- inside the worker: instances ------------------------------------------------------

/**
 * Instantiates the compiled module (Emscripten's glue around a new WebAssembly
 * instance), ready for one run: the run sets `tsHost`, the object the hooks of
 * wasm/src/library_taskscope.js call. The worker makes the next run's instance while it
 * idles, so a run starts on an instance that is already there.
 * @param {WebAssembly.Module} wasmModule
 * @returns {Promise<any>}
 */
export function createInstance(wasmModule) {
  const encoder = new TextEncoder();
  const holder = { host: null };
  return createTaskscopeModule({
    tsHost: null,
    tsHolder: holder,
    print: (text) => holder.host?.write(1, encoder.encode(text + '\n')),
    printErr: (text) => holder.host?.write(2, encoder.encode(text + '\n')),
    instantiateWasm: (imports, receive) => instantiateEngine(wasmModule, imports, receive),
  });
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

// ---- inside the worker: one run on a fresh instance ---------------------------------

/**
 * Runs one program on a fresh instance of the compiled module, synchronously as far as
 * the program is concerned. post(msg) sends batches to the host side.
 * @param {WebAssembly.Module} wasmModule
 * @param {{id:number, source:string, filename:string, clock:string, trace?:boolean,
 *          limits:{steps?:number, memoryBytes?:number}, local?:LocalControl}} job
 *   local: set by a run in the host's own thread (LocalTaskscope), which the engine
 *   asks whether to stop as it runs, and whose output goes out at every write.
 * @param {(msg:any) => void} post
 * @param {Promise<any>|null} [instance] an instance made beforehand (createInstance)
 * @returns {Promise<number>} the exit status
 */
export async function runOnFreshInstance(wasmModule, job, post, instance = null) {
  const realClock = job.clock === 'real';
  const local = job.local || null;
  // One decoder per stream, made when the stream is first written (creating a
  // TextDecoder is a measurable part of a cold start in Node: ~0.1-0.3 ms each).
  const decoders = [null, null, null];
  const decoder = (fd) => decoders[fd] || (decoders[fd] = new TextDecoder('utf-8'));
  const encoder = new TextEncoder();
  let items = [];           // [fd, text] in program order, neighbours of one fd merged
  let buffered = 0;
  let windowStart = now();
  let windowCount = 0;
  let sawRunEnd = false;
  const flush = () => {
    if (items.length) post({ type: 'batch', id: job.id, items });
    items = [];
    buffered = 0;
    windowCount++;
  };
  const maybeFlush = (size) => {
    buffered += size;
    const t = now();
    if (t - windowStart >= FLUSH_MS) { windowStart = t; windowCount = 0; }
    if (buffered >= FLUSH_BYTES || windowCount < FLUSH_BURST || local) flush();
  };
  const host = {
    write(fd, bytes) {
      if (fd !== 1 && fd !== 2) fd = 2;
      // Until a stream has written something that is not ASCII, no decoder holds a
      // partial character for it, and its text needs none.
      let text = decoders[fd] ? null : asciiText(bytes);
      if (text === null) text = decoder(fd).decode(bytes, { stream: true });
      if (!text) return;
      const last = items[items.length - 1];
      if (last && last[0] === fd) last[1] += text; else items.push([fd, text]);
      maybeFlush(text.length);
    },
    trace(bytes) {
      const text = decoder(TRACE_ITEM).decode(bytes);
      if (text.startsWith('{"kind": "run_end"')) sawRunEnd = true;
      items.push([TRACE_ITEM, text]);
      maybeFlush(text.length);
    },
    sleep(secs) {
      flush();
      blockFor(secs * 1000);
    },
    poll: () => (local ? local.poll() : 0),
  };
  const mod = await (instance || createInstance(wasmModule));
  mod.tsHost = host;
  mod.tsHolder.host = host;
  const trace = job.trace ? 1 : 0;
  const src = encoder.encode(job.source);
  const argv = [job.filename, ...(job.args || [])];
  const args = encoder.encode(argv.join('\0') + '\0');
  const srcPtr = mod._malloc(src.length + 1);
  const argsPtr = mod._malloc(args.length);
  mod.HEAPU8.set(src, srcPtr);
  mod.HEAPU8[srcPtr + src.length] = 0;
  mod.HEAPU8.set(args, argsPtr);
  const limits = job.limits || {};
  let status;
  try {
    if (realClock) {
      // docs/engine.md: the program runs until it must wait; the worker then sets a
      // timer for the wait (never one timer per loop iteration) and drives it again.
      if (mod._ts_begin(srcPtr, src.length, argsPtr, argv.length, 0, Number(limits.steps) || 0,
        Number(limits.memoryBytes) || 0, trace, local ? 1 : 0) < 0) throw new Error('the run could not start');
      for (;;) {
        const wait = mod._ts_drive();
        if (wait < 0) break;
        if (job.memoryProbe) post({ type: 'memory', id: job.id, used: mod._ts_mem_used() });
        flush();
        // A timer can fire a little before the engine's clock (performance.now()) says
        // the wait is over: Node's loop time is cached and counted in whole
        // milliseconds. Driven then, the loop would find nothing due and wait again —
        // an idle turn the native CLI's trace does not have — so wait until it is due.
        const due = now() + wait * 1000;
        if (local) {
          // A deadline or a stop that comes during the wait ends it early.
          do await local.wait(due - now()); while (now() < due && !local.poll());
          const why = local.poll();
          if (why) mod._ts_stop(why);
        } else {
          do await delay(due - now()); while (now() < due);
        }
      }
      status = mod._ts_end();
    } else {
      status = mod._ts_run(srcPtr, src.length, argsPtr, argv.length, 1,
        Number(limits.steps) || 0, Number(limits.memoryBytes) || 0, trace, local ? 1 : 0);
    }
  } catch (err) {
    // A trap (out of memory while growing, a runtime bug) ends the run, never the
    // engine: the next run gets a fresh instance.
    host.write(2, encoder.encode(`taskscope: engine error: ${err && err.message || err}\n`));
    status = 1;
  }
  for (const fd of [1, 2]) {
    const rest = decoders[fd]?.decode();
    if (rest) items.push([fd, rest]);
  }
  // A trap cut the trace short: end it as the engine would have.
  if (trace && !sawRunEnd) {
    items.push([TRACE_ITEM, JSON.stringify({ kind: 'run_end', t: null, rt: null, step: null, task: null, exit_code: status })]);
  }
  flush();
  return status;
}

/**
 * The text of a short write whose bytes are all ASCII, or null. A run's first output
 * (a cold start's print("hi")) then needs no TextDecoder: making the first one in a
 * fresh Node process took 0.3-0.4 ms at load 10 (docs/performance.md, "Cold start
 * (session 7)").
 * @param {Uint8Array} bytes
 * @returns {string|null}
 */
function asciiText(bytes) {
  if (bytes.length > 1024) return null;
  for (let i = 0; i < bytes.length; i++) if (bytes[i] > 0x7f) return null;
  return String.fromCharCode.apply(null, bytes);
}

/**
 * done.trace from the streamed events: consecutive output events of one task to one
 * stream in one loop iteration become one event carrying the last one's times, as the
 * native CLI's trace file has them (runtime/py/asyncio_trace.h). Streamed events are
 * never changed: an output event is copied before text is added to it.
 */
export class TraceCollector {
  constructor() {
    this.events = [];
    this._lastOutput = null;  // the last event when it is an output event (a copy)
  }

  /** @param {any} ev one event, as streamed */
  add(ev) {
    if (ev.kind !== 'output') {
      this._lastOutput = null;
      this.events.push(ev);
      return;
    }
    const last = this._lastOutput;
    if (last && last.stream === ev.stream && last.task === ev.task && last.step === ev.step) {
      last.text += ev.text;
      last.t = ev.t;
      last.rt = ev.rt;
      return;
    }
    this._lastOutput = { ...ev };
    this.events.push(this._lastOutput);
  }
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

// Performance marks for the figures (docs/web.md); none in Node, where nobody reads them.
function mark(name) {
  if (!IS_NODE && typeof performance === 'object' && performance.mark) performance.mark(name);
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

// What the warm-up runs: the paths of a typical first program (starting the
// interpreter, importing asyncio, asyncio.run, a task, gather, a sleep, print, the
// trace) on both clocks. The first run on a cold engine is slow because V8 compiles
// each wasm function on its first call; the code it compiles belongs to the compiled
// module, which every worker shares, so a warm-up worker of its own compiles it for
// the worker that runs programs (workerMain, Taskscope._startWarmUp).
const WARM_UP_SOURCE = `import asyncio
async def child(i):
    await asyncio.sleep(0.01)
    return i
async def main():
    t = asyncio.create_task(child(1))
    print("warm", await t, await asyncio.gather(child(2), child(3)))
asyncio.run(main())
`;
const WARM_UP_RUNS = ['virtual', 'real', 'virtual', 'real'];

/**
 * The worker's message handler: call with the received message and a post function.
 * Returns nothing; runs are processed one after another.
 */
/** Resolves after the messages already queued for this thread have been handled. */
function afterQueuedMessages() {
  return new Promise((resolve) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => { ch.port1.close(); resolve(); };
    ch.port2.postMessage(0);
  });
}

export function workerMain(on, post) {
  let wasmModule = null;
  let queue = Promise.resolve();
  const cancelled = new Set();
  // The next run's instance, made while the worker idles (createInstance).
  let spare = null;
  const takeInstance = () => {
    const inst = spare || createInstance(wasmModule);
    spare = null;
    return inst;
  };
  let runsWaiting = 0;
  const prepareSpare = () => {
    if (spare || !wasmModule) return;
    // Its interpreter is started too (wasm/engine.c ts_prepare), and then, unless a run
    // is already waiting, asyncio is imported ahead (hidden) and a sample program
    // compiled (ts_prepare_ahead).
    spare = createInstance(wasmModule).then((m) => (m._ts_prepare() < 0 ? createInstance(wasmModule) : m))
      .then((m) => afterQueuedMessages().then(() => { if (!runsWaiting) m._ts_prepare_ahead?.(); return m; }));
    spare.catch(() => { spare = null; });
  };
  on((msg) => {
    if (msg.type === 'init') {
      wasmModule = msg.module;
      // The first run's instance comes first, so that a run arriving from now on starts
      // on it at once.
      if (!msg.warmUp) queue = queue.then(async () => {
        prepareSpare();
        await spare?.catch(() => {});
      });
      // A warm-up worker (msg.warmUp) runs throwaway programs (WARM_UP_RUNS), so that V8
      // compiles (lazily, function by function) and optimises the wasm code a real run
      // goes through: the first real run then prints in tens of milliseconds instead of
      // a hundred or more (docs/performance.md, "Web"). It runs no program of the
      // host's and makes no instance for one; the host ends it when it is done, or at
      // once when a run is asked for, so that a run never waits for a warm-up.
      if (msg.warmUp) {
        queue = WARM_UP_RUNS.reduce((q, clock) => q.then(() => runOnFreshInstance(wasmModule,
          { id: 0, source: WARM_UP_SOURCE, filename: 'warmup.py', clock, trace: true }, () => {})).catch(() => {}), queue)
          .then(() => post({ type: 'warm' }));
        return;
      }
      queue = queue.then(() => post({ type: 'ready' }));
      return;
    }
    if (msg.type === 'cancel') { cancelled.add(msg.id); return; }
    if (msg.type !== 'run') return;
    runsWaiting++;
    queue = queue.then(async () => {
      runsWaiting--;
      if (cancelled.delete(msg.id)) return;
      post({ type: 'started', id: msg.id });
      try {
        const exitCode = await runOnFreshInstance(wasmModule, msg, post, takeInstance());
        post({ type: 'done', id: msg.id, exitCode });
      } catch (err) {
        post({ type: 'failed', id: msg.id, message: String(err && err.stack || err) });
      }
      prepareSpare();
    });
  });
}

// ---- the host side: createTaskscope, run, stop ----------------------------------------

/**
 * Hands a batch's output and trace events to the run's callbacks, in the order the
 * program produced them. A callback may stop the run: the rest of the batch is then
 * dropped (live() turns false).
 */
function deliver(items, run, live) {
  const { onStdout, onStderr, onTrace } = run.opts;
  for (const [fd, text] of items) {
    if (!live()) break;
    if (fd === 1) onStdout?.(text);
    else if (fd === 2) onStderr?.(text);
    else {
      const ev = JSON.parse(text);
      run.trace.add(ev);
      onTrace?.(ev);
    }
  }
}

/** What runOnFreshInstance is given for a run (posted to the worker, or called here). */
function jobOf(run, id) {
  return { id, source: run.source, filename: run.filename, args: run.args, clock: run.clock, limits: run.limits, trace: run.wantTrace };
}

/** The run options every host keeps the same way (run() of both classes below). */
function runRequest(source, opts) {
  return {
    source: String(source),
    filename: opts.filename || 'main.py',
    args: Array.isArray(opts.args) ? opts.args.map(String) : [],
    // Tracing slows asyncio programs in wasm (docs/performance.md): only when
    // someone reads the events.
    wantTrace: opts.trace === undefined ? typeof opts.onTrace === 'function' : !!opts.trace,
    clock: opts.clock === 'real' ? 'real' : 'virtual',
    limits: opts.limits || {},
    opts,
    trace: new TraceCollector(),
  };
}

const WASM_URL = new URL('./taskscope.wasm', import.meta.url);
const WORKER_URL = new URL('./taskscope-worker.mjs', import.meta.url);

/**
 * A Node built-in module without an await where the host allows it
 * (process.getBuiltinModule, Node 20.16+), else through import().
 */
function nodeBuiltin(name) {
  return process.getBuiltinModule?.(name) ?? import(name);
}

let compiled = null;
/**
 * Compiles taskscope.wasm once per page/process. In Node the file is read and compiled
 * synchronously, one microtask after the call (so that a worker the caller starts in
 * the same turn is already booting): V8's synchronous compile validates the code with
 * the calling thread taking part, where WebAssembly.compile leaves it to background
 * threads and comes back through the event loop, and an asynchronous read goes through
 * the thread pool. Measured in docs/performance.md, "Cold start (session 5)": the
 * compile step 6.7-6.9 ms against 8.7-8.9 ms on a lightly loaded machine, and the read
 * ~1 ms less. It blocks the calling thread for those milliseconds, once per process.
 */
export function compileEngine() {
  if (!compiled) {
    compiled = (async () => {
      if (IS_NODE) {
        const fs = await nodeBuiltin('node:fs');
        return new WebAssembly.Module(fs.readFileSync(WASM_URL));
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
async function startWorker(wasmModule, onMessage, warmUp, started = null) {
  let w;
  if (started) {
    w = started;
    w.onmessage = (e) => onMessage(e.data);
    w.onerror = (e) => { e.preventDefault?.(); onMessage({ type: 'crashed', message: String(e.message || e) }); };
  } else if (IS_NODE) {
    // Without an await where possible: the worker then boots while compileEngine's
    // synchronous compile, which comes one microtask later, runs.
    const threads = nodeBuiltin('node:worker_threads');
    const { Worker } = threads instanceof Promise ? await threads : threads;
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

/** Modules (compileEngine's promises) a worker has already warmed up (_ensureWorker). */
const warmedUp = new WeakSet();

class Taskscope {
  constructor(wasmModule, options) {
    this._module = wasmModule;
    this._warmUp = options.warmUp ?? !IS_NODE;
    this._warmUpAfter = options.warmUpAfter ?? null;
    this._startedWorker = options.startedWorker || null; // used by the first worker only
    this._startedWarmUpWorker = options.startedWarmUpWorker || null;
    this._worker = null;
    this._endWarmUp = null; // while the warm-up is to come or going on (_startWarmUp)
    this._warm = Promise.resolve();
    this._runs = new Map();   // id → run state, for the run in the worker and those queued
    this._nextId = 1;
  }

  _ensureWorker() {
    if (!this._worker) {
      this._ready = new Promise((resolve) => { this._resolveReady = resolve; });
      // The compiled code is shared by every worker of the module: once one worker has
      // warmed it up, a worker started later (after a stop) needs no warm-up.
      if (this._warmUp && !warmedUp.has(this._module)) {
        warmedUp.add(this._module);
        this._startWarmUp();
      } else {
        this._dropStartedWarmUpWorker();
      }
      this._worker = startWorker(this._module, (msg) => this._onMessage(msg), false, this._startedWorker);
      this._startedWorker = null;
    }
    return this._worker;
  }

  /**
   * Warms the compiled code up in a worker of its own (workerMain), beside the worker
   * that runs programs, which meanwhile makes the first run's instance and then idles:
   * a run asked for during the warm-up starts at once (it ends the warm-up) and
   * compiles what the warm-up had not compiled yet, instead of waiting for a warm-up
   * run that cannot be interrupted (docs/performance.md, "Web"). The warm-up starts
   * once warmUpAfter has settled (createTaskscope), unless a run came first.
   */
  _startWarmUp() {
    let settle;
    this._warm = new Promise((resolve) => { settle = resolve; });
    let worker = null;
    const end = () => {
      if (this._endWarmUp !== end) return;
      this._endWarmUp = null;
      this._dropStartedWarmUpWorker();
      worker?.then((w) => w.terminate(), () => {});
      settle();
    };
    this._endWarmUp = end;
    Promise.resolve(this._warmUpAfter).catch(() => {}).then(() => {
      if (this._endWarmUp !== end) return;
      worker = startWorker(this._module, (msg) => { if (msg.type === 'warm' || msg.type === 'crashed') end(); }, true, this._startedWarmUpWorker);
      this._startedWarmUpWorker = null;
      worker.then((w) => { if (this._endWarmUp === end) w.unref(); }, end);
    });
  }

  /** Ends the warm-up worker the page started (startedWarmUpWorker) when none is wanted. */
  _dropStartedWarmUpWorker() {
    this._startedWarmUpWorker?.terminate();
    this._startedWarmUpWorker = null;
  }

  /**
   * Resolves when the worker has warmed up (if asked) and made the instance the next
   * run starts on: from then on a run only runs. Runs need not wait for it.
   * @returns {Promise<void>}
   */
  ready() {
    const worker = this._ensureWorker();
    const ready = Promise.all([this._ready, this._warm]).then(() => {});
    // In Node an idle worker does not keep the process alive: while someone waits here
    // it must.
    worker.then((w) => {
      w.ref();
      ready.then(() => { if (this._runs.size === 0 && this._worker === worker) w.unref(); });
    }, () => {});
    return ready;
  }

  _onMessage(msg) {
    if (msg.type === 'ready') { mark('taskscope-engine-ready'); this._resolveReady?.(); return; }
    if (msg.type === 'crashed') {
      for (const run of [...this._runs.values()]) this._finish(run, 1, `taskscope: engine worker failed: ${msg.message}\n`);
      this._restartWorker();
      return;
    }
    const run = this._runs.get(msg.id);
    if (!run) return;                     // a message from a run already stopped
    if (msg.type === 'started') {
      mark('taskscope-run-started');
      const seconds = Number(run.limits.seconds);
      if (seconds > 0) run.timer = setTimeout(() => this._stop(run, 'time limit'), seconds * 1000);
    } else if (msg.type === 'memory') {
      run.opts.onMemoryProbe?.(msg.used);
    } else if (msg.type === 'batch') {
      deliver(msg.items, run, () => this._runs.has(run.id));
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
    const result = { exitCode, trace: run.trace.events };
    if (stopped) result.stopped = stopped;
    run.resolve(result);
    if (this._runs.size === 0 && this._worker) this._worker.then((w) => { if (this._runs.size === 0) w.unref(); });
  }

  _restartWorker() {
    const old = this._worker;
    this._worker = null;
    if (old) old.then((w) => w.terminate(), () => {});
    // Runs still queued behind the stopped one go to the new worker, in order.
    const pending = [...this._runs.values()].filter((run) => !run.stopping);
    if (pending.length) {
      const w = this._ensureWorker();
      for (const run of pending) this._send(w, run);
    }
  }

  _send(workerPromise, run) {
    workerPromise.then((w) => {
      if (!this._runs.has(run.id)) return;
      w.ref();
      w.post({ type: 'run', ...jobOf(run, run.id), memoryProbe: !!run.opts.onMemoryProbe });
    }, (err) => this._finish(run, 1, `taskscope: cannot start the engine worker: ${err}\n`));
  }

  _stop(run, why) {
    if (!this._runs.has(run.id) || run.stopping) return;
    // The run in the worker: the first one not already stopping.
    const running = [...this._runs.values()].find((r) => !r.stopping) === run;
    const text = why === 'stop' ? null : `stopped: ${why}\n`;
    if (!running) {
      this._finish(run, 1, text, why);
      this._worker?.then((w) => w.post({ type: 'cancel', id: run.id }));
      return;
    }
    // The synchronous run inside the worker cannot be interrupted: end the worker and
    // start a fresh one; the runs queued behind this one are re-sent to it, in order.
    // What the old worker sent before it ended (a batch flushed before a real-clock
    // wait) is still queued for this thread, and is delivered after the worker ends:
    // the run finishes one task later, so that a limit or a stop loses none of it.
    run.stopping = true;
    this._restartWorker();
    setTimeout(() => this._finish(run, 1, text, why), 0);
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
    const run = { id: this._nextId++, ...runRequest(source, opts), timer: undefined, resolve: null };
    const done = new Promise((resolve) => { run.resolve = resolve; });
    this._runs.set(run.id, run);
    const worker = this._ensureWorker();
    // A warm-up still to come or going on would take CPU time from the run: it ends here.
    this._endWarmUp?.();
    this._send(worker, run);
    return { stop: () => this._stop(run, 'stop'), done };
  }

  /** Ends the worker (a Node process can then exit); the next run starts a new one. */
  close() {
    this._endWarmUp?.();
    for (const run of [...this._runs.values()]) this._finish(run, 1, null, 'stop');
    const old = this._worker;
    this._worker = null;
    if (old) old.then((w) => w.terminate(), () => {});
  }
}

// PY_STOP_* (runtime/py/interp.h): why a run in this thread stops.
const STOP_TIME = 2;
const STOP_HOST = 3;

/**
 * The engine in the calling thread, for hosts that need no worker: the Node command
 * line (no worker thread to boot: its cold start is tens of milliseconds shorter, and
 * output is written as it is made instead of queueing between threads). A run cannot
 * be interrupted from outside while Python code runs, so the engine asks as it goes
 * (every few tens of thousands of steps, and at every real-clock wait): stop() and the
 * time limit take effect at the next question; a stop() called by a callback of the
 * run itself (onStdout, onTrace) at once. Runs are queued, one at a time.
 */
class LocalTaskscope {
  constructor(wasmModule) {
    this._module = wasmModule;
    this._queue = Promise.resolve();
  }

  /** Nothing to prepare: each run instantiates the module when it starts. */
  ready() { return Promise.resolve(); }

  run(source, opts = {}) {
    const run = runRequest(source, opts);
    let why = 0;             // STOP_* once the run must stop
    let deadline = Infinity; // for limits.seconds, from the run's start
    let wake = null;         // ends a real-clock wait early
    const local = {
      poll: () => {
        if (!why && now() >= deadline) why = STOP_TIME;
        return why;
      },
      wait: (ms) => new Promise((resolve) => {
        const timer = setTimeout(done, Math.max(0, Math.min(ms, deadline - now())));
        function done() { clearTimeout(timer); wake = null; resolve(); }
        wake = done;
      }),
    };
    const live = () => why !== STOP_HOST;
    const post = (msg) => { if (msg.type === 'batch') deliver(msg.items, run, live); };
    const job = { ...jobOf(run, 0), local };
    const done = this._queue.then(async () => {
      if (why) return { exitCode: 1, trace: [], stopped: 'stop' };
      const seconds = Number(run.limits.seconds);
      if (seconds > 0) deadline = now() + seconds * 1000;
      const exitCode = await runOnFreshInstance(this._module, job, post);
      const result = { exitCode, trace: run.trace.events };
      if (why) result.stopped = why === STOP_TIME ? 'time limit' : 'stop';
      return result;
    });
    this._queue = done.catch(() => {});
    return { stop: () => { if (!why) { why = STOP_HOST; wake?.(); } }, done };
  }

  /** Nothing to end: the engine holds no thread. */
  close() {}
}

/**
 * Loads the engine once and returns an object whose run() starts programs.
 * @param {{warmUp?: boolean, worker?: boolean, startedWorker?: any, startedWarmUpWorker?: any,
 *   warmUpAfter?: Promise<any>}} [options] warmUp (default: true in
 *   browsers, false in Node, where a command line runs one program at once): a worker
 *   of its own runs a throwaway program a few times, so that the compiled code the
 *   first real run goes through is there; a run ends it (Taskscope._startWarmUp).
 *   worker (default true): false runs programs in the calling thread (LocalTaskscope).
 *   startedWorker (browsers): a module Worker the page already started on
 *   taskscope-worker.mjs (from its first inline script, so that the worker boots while
 *   the page loads); it becomes the first worker (docs/performance.md, "Web").
 *   startedWarmUpWorker (browsers): another, which becomes the warm-up worker
 *   (Taskscope._startWarmUp).
 *   warmUpAfter: a promise; the warm-up starts once it has settled (a page lets its own
 *   start come first), unless a run was asked for before.
 * @returns {Promise<Taskscope|LocalTaskscope>}
 */
export async function createTaskscope(options = {}) {
  if (options.worker === false) return new LocalTaskscope(await compileEngine());
  // compileEngine's promise is the same for every instance, so it also serves as the
  // module's key (warmedUp). The worker starts now, while the module compiles, so the
  // first run waits for neither; a failed compile still rejects here.
  const compiling = compileEngine();
  const ts = new Taskscope(compiling, options);
  ts._ensureWorker().then((w) => w.unref(), () => {});
  await compiling;
  return ts;
}
