// scripts/coldstart.mjs — where the cold start of the wasm engine goes, in Node:
//   node scripts/coldstart.mjs [DIST_DIR] [ROUNDS]
// Each round is a fresh Node process (so nothing is compiled or cached yet) that times,
// in this order and on its main thread, through the engine module's own exports (the
// functions the API and the worker use): importing the engine module, compiling the
// .wasm (compileEngine), Emscripten's glue and the instantiation of a first instance
// (createInstance), the first run of print("hi") on it (runOnFreshInstance: the
// interpreter's start, the program's compile and run, and what V8 compiles lazily for
// them) up to its first output and to its end, the time from the start of the import
// to that first output (what `make bench-peers` reports as the cold start, less the
// process's own start), the same program on a second and a third fresh instance
// (compiled code shared), a fourth importing asyncio (first time, so V8 compiles what it
// touches), and, separately, a worker thread's boot up to its first message after
// importing the engine module. Prints the median of each phase in ms.
// docs/performance.md, "Cold start (session 4)", has the figures.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const dist = path.resolve(process.argv[2] || path.join(here, '../wasm/dist'));
const rounds = Number(process.argv[3] || 7);

async function child() {
  const t0 = performance.now();
  const api = await import(pathToFileURL(path.join(dist, 'taskscope.mjs')).href);
  const t = { import: performance.now() - t0 };
  let s = performance.now();
  const mod = await api.compileEngine();
  t.compile = performance.now() - s;
  const run = async (key, source) => {
    s = performance.now();
    const instance = await api.createInstance(mod);
    if (key === 'hello') t.instantiate = performance.now() - s;
    let first = null;
    const job = { id: 0, source, filename: 'main.py', clock: 'virtual', local: { poll: () => 0 } };
    s = performance.now();
    await api.runOnFreshInstance(mod, job, (msg) => {
      if (msg.type === 'batch' && first === null) first = performance.now();
    }, Promise.resolve(instance));
    t[key] = performance.now() - s;
    if (key === 'hello') {
      t.hello_first_output = first - s;
      t.import_to_first_output = first - t0;
    }
  };
  await run('hello', 'print("hi")\n');
  await run('hello_again', 'print("hi")\n');
  await run('hello_third', 'print("hi")\n');
  await run('import_asyncio_first', 'import asyncio\n');
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
