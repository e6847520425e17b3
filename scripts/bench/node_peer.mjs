// scripts/bench/node_peer.mjs — runs benchmark workloads on one wasm engine under Node:
//   node scripts/bench/node_peer.mjs taskscope|pyodide|micropython WORKLOAD.py...
// Called by scripts/bench/run.py, once per engine and round (and once more, in a fresh
// process, for the memory workload). Prints one JSON object per line:
//   {"workload": "01_cold_start", "lines": ["hi"], "ms": 123.4}   cold start
//   {"workload": "02_switch", "lines": ["switch_100x1000 1.23 s"], ...}
// "lines" is what the program printed (its own timings), "error" what stopped it,
// "ms" the host's time for the whole run, "wasmBytes" the engine's wasm memory size after
// the run where it can be read.
//
// How each engine runs an asyncio program, and what is adapted (docs/performance.md):
// - taskscope: wasm/dist/taskscope.mjs, createTaskscope().run(source, {clock}) — the
//   product's API, one fresh instance per run in a worker thread. The cold start is
//   measured twice: in this thread (createTaskscope({ worker: false }), the Node CLI's
//   way) and, in a fresh process, with the worker. Real clock, except
//   for 07_timers (virtual clock, timed here from outside). The memory workload runs
//   on runOnFreshInstance in this thread instead, so that the wasm memory can be read.
// - pyodide: loadPyodide() from the npm package with a local indexURL. asyncio.run()
//   needs JS stack switching (JSPI), which Node 20 lacks, so `asyncio.run(main())` is
//   rewritten to a top-level `await main()` run by runPythonAsync, on Pyodide's own
//   event loop (WebLoop). 07_timers brings its own virtual-clock loop and runs
//   unchanged with runPython.
// - micropython: loadMicroPython() with its default pystack and heap; the same rewrite
//   to `await main()` with runPythonAsync (it has no asyncio.run). What it lacks makes
//   the program fail, and the error is reported as the reason it cannot run.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const [engine, ...files] = process.argv.slice(2);
const t0 = performance.now();

const emit = (obj) => process.stdout.write(JSON.stringify(obj) + '\n');
const nameOf = (file) => path.basename(file, '.py');
const toAwaitMain = (src) => {
  if (!src.includes('\nasyncio.run(main())\n')) return src;
  return src.replace('\nasyncio.run(main())\n', '\nawait main()\n');
};
const rssAfter = () => process.memoryUsage().rss;

/** Time from this process's t0 to the first output of print("hi"). */
async function firstOutput(ts) {
  return new Promise((resolve) => {
    const out = [];
    ts.run('print("hi")\n', {
      onStdout: (t) => { if (!out.length) out.push([performance.now() - t0, t]); },
    }).done.then(() => resolve(out[0]));
  });
}

async function taskscope() {
  const dist = path.join(ROOT, 'wasm/dist/taskscope.mjs');
  const api = await import(pathToFileURL(dist).href);
  // Cold start with the engine in this thread, as the Node CLI runs it; then, in a
  // fresh process (nothing compiled yet), with the engine in a worker thread, as the
  // API's default and the page run it.
  const first = await firstOutput(await api.createTaskscope({ worker: false }));
  emit({ workload: '01_cold_start', lines: [first[1].trim()], ms: first[0] });
  const child = spawnSync(process.execPath, [new URL(import.meta.url).pathname, 'taskscope-worker-cold'], { encoding: 'utf8' });
  process.stdout.write(child.stdout);
  const ts = await api.createTaskscope();
  const runOnce = async (src, clock) => {
    let out = '', err = '';
    const s = performance.now();
    const { exitCode } = await ts.run(src, { clock, onStdout: (t) => { out += t; }, onStderr: (t) => { err += t; } }).done;
    return { out, err, exitCode, ms: performance.now() - s };
  };
  for (const file of files) {
    const name = nameOf(file);
    if (name === '01_cold_start') continue;
    const src = fs.readFileSync(file, 'utf8');
    if (name === '04_memory') {
      // In this thread, to read the instance's memory after the run.
      let memory = null;
      const memoryOf = (inst) => Object.values(inst.exports).find((e) => e instanceof WebAssembly.Memory);
      // The engine instantiates synchronously where it can (new WebAssembly.Instance),
      // else through WebAssembly.instantiate: both are watched.
      const instantiate = WebAssembly.instantiate;
      WebAssembly.instantiate = async (...a) => {
        const r = await instantiate.apply(WebAssembly, a);
        memory = memoryOf(r.instance || r) || memory;
        return r;
      };
      const Instance = WebAssembly.Instance;
      WebAssembly.Instance = function (...a) {
        const inst = new Instance(...a);
        memory = memoryOf(inst) || memory;
        return inst;
      };
      const mod = await api.compileEngine();
      let out = '';
      const s = performance.now();
      // trace: false, as ts.run and the native CLI without --trace: runOnFreshInstance
      // records the binding's trace unless told not to, and for 100,000 tasks that
      // multiplied the run's time by ~10 (docs/performance.md, session 2).
      const status = await api.runOnFreshInstance(mod, { id: 1, source: src, filename: file, clock: 'real', args: [], trace: false }, (msg) => {
        // Batches hold output ([1 or 2, text]) and trace events, in program order.
        if (msg.type === 'batch') for (const [fd, text] of msg.items) if (fd === 1) out += text; else if (fd === 2) process.stderr.write(text);
      });
      emit({ workload: name, lines: out.trim().split('\n'), ms: performance.now() - s, exitCode: status,
        wasmBytes: memory ? memory.buffer.byteLength : null, rss: rssAfter() });
      continue;
    }
    if (name === '07_timers') {
      // Virtual clock: the program cannot time itself (perf_counter is virtual too).
      // Time the run here, less an empty run's time (instantiation, start-up).
      const empty = [];
      for (let i = 0; i < 3; i++) empty.push((await runOnce('pass\n', 'virtual')).ms);
      empty.sort((a, b) => a - b);
      const r = await runOnce(src, 'virtual');
      const lines = r.out.trim().split('\n');
      if (r.exitCode === 0) lines.push(`timers_10k ${((r.ms - empty[1]) / 1000).toFixed(4)} s`);
      emit({ workload: name, lines, ms: r.ms, emptyMs: empty[1], error: r.exitCode ? r.err.trim() : undefined });
      continue;
    }
    const r = await runOnce(src, 'real');
    emit({ workload: name, lines: r.out.trim().split('\n'), ms: r.ms, error: r.exitCode ? r.err.trim().split('\n').pop() : undefined });
  }
  ts.close?.();
}

async function pyodide() {
  const { loadPyodide } = await import('pyodide');
  let out = [];
  const py = await loadPyodide({ indexURL: path.join(ROOT, 'node_modules/pyodide') + '/', stdout: (s) => out.push(s) });
  py.runPython('print("hi")');
  emit({ workload: '01_cold_start', lines: out, ms: performance.now() - t0, version: py.version });
  for (const file of files) {
    const name = nameOf(file);
    if (name === '01_cold_start') continue;
    out = [];
    const src = fs.readFileSync(file, 'utf8');
    const globals = py.globals.get('dict')();
    const s = performance.now();
    let error;
    try {
      if (name === '07_timers') py.runPython(src, { globals });
      else await py.runPythonAsync(toAwaitMain(src), { globals });
    } catch (e) {
      error = String(e.message || e).trim().split('\n').pop();
    }
    globals.destroy();
    const heap = py._module && py._module.HEAP8;
    emit({ workload: name, lines: out, ms: performance.now() - s, error,
      wasmBytes: heap ? heap.buffer.byteLength : null, rss: rssAfter() });
  }
}

async function micropython() {
  const { loadMicroPython } = await import('@micropython/micropython-webassembly-pyscript');
  let out = [];
  const mp = await loadMicroPython({ stdout: (s) => out.push(s) });
  mp.runPython('print("hi")');
  emit({ workload: '01_cold_start', lines: out, ms: performance.now() - t0 });
  for (const file of files) {
    const name = nameOf(file);
    if (name === '01_cold_start') continue;
    out = [];
    const src = fs.readFileSync(file, 'utf8');
    const s = performance.now();
    let error;
    try {
      await mp.runPythonAsync(toAwaitMain(src));
    } catch (e) {
      // The last line of MicroPython's message already starts with the exception type.
      error = String(e.message || e).trim().split('\n').pop();
    }
    // This build does not export its heap views; the process RSS stands for it.
    emit({ workload: name, lines: out, ms: performance.now() - s, error, rss: rssAfter() });
  }
}

/** The cold start of the API's default (a worker thread), in a process of its own. */
async function taskscopeWorkerCold() {
  const api = await import(pathToFileURL(path.join(ROOT, 'wasm/dist/taskscope.mjs')).href);
  const first = await firstOutput(await api.createTaskscope());
  emit({ workload: '01_cold_start_worker', lines: [first[1].trim()], ms: first[0] });
}

const engines = { taskscope, pyodide, micropython, 'taskscope-worker-cold': taskscopeWorkerCold };
if (!engines[engine]) {
  console.error(`usage: node_peer.mjs ${Object.keys(engines).join('|')} WORKLOAD.py...`);
  process.exit(2);
}
await engines[engine]();
process.exit(0);
