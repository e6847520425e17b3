// scripts/bench/mem_probe.mjs — the memory one program takes on the wasm engine:
//   node scripts/bench/mem_probe.mjs PROGRAM.py [ARGS...]
// Runs it once on a fresh instance (wasm/dist, real clock, untraced, as the memory
// workload of node_peer.mjs) and prints one JSON line:
//   wasmBytes  the instance's WebAssembly.Memory size after the run (its peak; it only
//              grows, in Emscripten's steps, so a small saving may not show here),
//   heapPeak   the most bytes malloc ever took from that memory (dlmalloc's maximum
//              footprint: the peak of sbrk, by the byte), from py_mem_heap_peak,
//   pyPeak     the interpreter's own peak of live bytes (py_mem_peak: sizes asked for,
//              without malloc's headers and rounding),
//   rss        this process's RSS after the run.
// Per-task figures: run with N and with 0 tasks and divide the difference by N.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const [file, ...args] = process.argv.slice(2);
// TASKSCOPE_DIST=dir measures another build (e.g. a copy of main's wasm/dist) the same way.
const dist = process.env.TASKSCOPE_DIST || path.join(ROOT, 'wasm/dist');
const api = await import(pathToFileURL(path.join(dist, 'taskscope.mjs')).href);

let instance = null;
const watch = (inst) => { if (inst && inst.exports && inst.exports.memory) instance = inst; };
const instantiate = WebAssembly.instantiate;
WebAssembly.instantiate = async (...a) => {
  const r = await instantiate.apply(WebAssembly, a);
  watch(r.instance || r);
  return r;
};
const Instance = WebAssembly.Instance;
WebAssembly.Instance = function (...a) {
  const inst = new Instance(...a);
  watch(inst);
  return inst;
};

const mod = await api.compileEngine();
let out = '';
const s = performance.now();
const status = await api.runOnFreshInstance(mod, { id: 1, source: fs.readFileSync(file, 'utf8'), filename: file, clock: 'real', args, trace: false }, (msg) => {
  if (msg.type === 'batch') for (const [fd, text] of msg.items) if (fd === 1) out += text; else process.stderr.write(text);
});
const ms = performance.now() - s;
const ex = instance ? instance.exports : {};
const num = (f) => (typeof f === "function" ? f() >>> 0 : null);
process.stdout.write(JSON.stringify({
  program: path.basename(file), args, exitCode: status, ms: Math.round(ms),
  lines: out.trim().split('\n'),
  wasmBytes: ex.memory ? ex.memory.buffer.byteLength : null,
  heapPeak: num(ex.py_mem_heap_peak), pyPeak: num(ex.py_mem_peak), rss: process.memoryUsage().rss,
}) + '\n');
