// scripts/coldstart.mjs — where the cold start of the wasm engine goes, in Node:
//   node scripts/coldstart.mjs [DIST_DIR] [ROUNDS]
// Each round is a fresh Node process (so nothing is compiled or cached yet) that times,
// in this order and on its main thread: importing the engine module, compiling the
// .wasm, Emscripten's glue and the instantiation of a first instance, the interpreter's
// start (ts_run of an empty program: py_init and what V8 compiles lazily for it), a
// second fresh instance running print("hi") (the program's own compile and run), a
// third importing asyncio (first time, so V8 compiles what it touches), a fourth doing
// the same again (warm), and, separately, a worker thread's boot up to its first
// message after importing the engine module. Prints the median of each phase in ms.
// The product runs programs in the worker (docs/api.md); the phases here are what that
// path is made of. docs/performance.md, "Cold start (session 2)", has the figures.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const dist = path.resolve(process.argv[2] || path.join(here, '../wasm/dist'));
const rounds = Number(process.argv[3] || 7);

async function child() {
  const t0 = performance.now();
  // The glue's factory is not exported: import the module text with an export added.
  const text = fs.readFileSync(path.join(dist, 'taskscope.mjs'), 'utf8')
    .replace(/new URL\('\.\/([\w.-]+)', import\.meta\.url\)/g,
      (m, f) => `new URL(${JSON.stringify(pathToFileURL(path.join(dist, f)).href)})`);
  const url = 'data:text/javascript;base64,' + Buffer.from(`${text}\nexport { createTaskscopeModule };\n`).toString('base64');
  const api = await import(url);
  const t = { import: performance.now() - t0 };
  let s = performance.now();
  const mod = await WebAssembly.compile(fs.readFileSync(path.join(dist, 'taskscope.wasm')));
  t.compile = performance.now() - s;
  const enc = new TextEncoder();
  const instance = async (key) => {
    const s0 = performance.now();
    const M = await api.createTaskscopeModule({
      tsHost: { write() {}, sleep() {} }, print() {}, printErr() {},
      instantiateWasm(imports, receive) { receive(new WebAssembly.Instance(mod, imports), mod); return {}; },
    });
    if (key) t[key] = performance.now() - s0;
    return M;
  };
  const run = async (key, source) => {
    const M = await instance(key === 'py_init' ? 'glue_and_instantiate' : null);
    const src = enc.encode(source);
    const args = enc.encode('main.py\0');
    const sp = M._malloc(src.length + 1);
    const ap = M._malloc(args.length);
    M.HEAPU8.set(src, sp);
    M.HEAPU8[sp + src.length] = 0;
    M.HEAPU8.set(args, ap);
    const s1 = performance.now();
    M._ts_run(sp, src.length, ap, 1, 1, 0, 0, 0, 0);
    t[key] = performance.now() - s1;
  };
  await run('py_init', '');
  await run('hello', 'print("hi")\n');
  await run('import_asyncio_first', 'import asyncio\n');
  await run('import_asyncio_again', 'import asyncio\n');
  t.total_main_thread = performance.now() - t0;
  const { Worker } = await import('node:worker_threads');
  s = performance.now();
  await new Promise((resolve) => {
    const w = new Worker(`import { parentPort } from 'node:worker_threads'; await import(${JSON.stringify(pathToFileURL(path.join(dist, 'taskscope.mjs')).href)}); parentPort.postMessage(1);`, { eval: true });
    w.on('message', () => { w.terminate(); resolve(); });
  });
  t.worker_boot = performance.now() - s;
  process.stdout.write(JSON.stringify(t) + '\n');
}

if (process.argv[4] === '--child') {
  await child();
} else {
  const rows = [];
  for (let i = 0; i < rounds; i++) {
    const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), dist, '1', '--child'], { encoding: 'utf8' });
    if (r.status !== 0) { console.error(r.stderr.slice(0, 2000)); process.exit(1); }
    rows.push(JSON.parse(r.stdout.trim().split('\n').pop()));
  }
  const median = (k) => {
    const v = rows.map((x) => x[k]).sort((a, b) => a - b);
    return v[(v.length - 1) >> 1];
  };
  const load = fs.existsSync('/proc/loadavg') ? fs.readFileSync('/proc/loadavg', 'utf8').split(' ')[0] : '?';
  console.log(`cold start phases, ${dist}, median of ${rounds} fresh processes (ms; load average ${load}):`);
  for (const k of Object.keys(rows[0])) console.log(`  ${k.padEnd(22)} ${median(k).toFixed(1)}`);
}
