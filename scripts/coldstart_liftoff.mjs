// scripts/coldstart_liftoff.mjs — what V8 compiles before a program's first output, in
// Node, counted rather than timed (the counts do not depend on the machine's load):
//   node scripts/coldstart_liftoff.mjs [DIST_DIR] [NAMED_WASM] [--list] [--source 'print("hi")']
// A fresh Node process (with --trace-wasm-compilation-times, a diagnostic flag of this
// measuring process only) runs the source through the public API in its own thread,
// createTaskscope({ worker: false }), as workload 1 of scripts/bench/run.py does, and
// writes a marker at the first output. The functions Liftoff compiled before the marker
// are the lazy compilation the first run waits for: their number and the bytes of their
// bodies are printed, with the size of the code section (what WebAssembly.compile
// validates). NAMED_WASM (default build/wasm/engine/taskscope.wasm, the same module before
// the name section is stripped) gives the functions' names for --list.
// docs/performance.md, "Cold start (session 5)", has the figures.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const flag = (name) => {
  const i = args.indexOf(name);
  if (i < 0) return null;
  const [, value] = args.splice(i, 2);
  return value ?? '';
};
const list = args.includes('--list');
const source = flag('--source') ?? 'print("hi")\n';
const positional = args.filter((a) => a !== '--list');
const dist = path.resolve(positional[0] || path.join(here, '../wasm/dist'));
const named = path.resolve(positional[1] || path.join(here, '../build/wasm/engine/taskscope.wasm'));

/** The wasm binary's sections we need: imported functions, body sizes, names. */
function readModule(file) {
  const w = fs.readFileSync(file);
  let at = 8;
  const leb = () => {
    let v = 0;
    let shift = 0;
    let b;
    do { b = w[at++]; v += (b & 0x7f) * 2 ** shift; shift += 7; } while (b & 0x80);
    return v;
  };
  const skipLimits = () => { const f = leb(); leb(); if (f & 1) leb(); };
  let imported = 0;
  let codeBytes = 0;
  const sizes = [];
  const names = new Map();
  while (at < w.length) {
    const id = w[at++];
    const size = leb();
    const end = at + size;
    if (id === 2) {
      for (let n = leb(); n > 0; n--) {
        at += leb();
        at += leb();
        const kind = w[at++];
        if (kind === 0) { leb(); imported++; } else if (kind === 1) { at++; skipLimits(); } else if (kind === 2) skipLimits(); else at += 2;
      }
    } else if (id === 10) {
      codeBytes = size;
      for (let n = leb(); n > 0; n--) { const len = leb(); sizes.push(len); at += len; }
    } else if (id === 0) {
      const len = leb();
      if (w.subarray(at, at + len).toString() === 'name') {
        at += len;
        while (at < end) {
          const sub = w[at++];
          const subEnd = leb() + at;
          if (sub === 1) {
            for (let n = leb(); n > 0; n--) { const index = leb(); const l = leb(); names.set(index, w.subarray(at, at + l).toString()); at += l; }
          }
          at = subEnd;
        }
      }
    }
    at = end;
  }
  return { imported, codeBytes, sizes, names };
}

const child = `
const api = await import(${JSON.stringify(pathToFileURL(path.join(dist, 'taskscope.mjs')).href)});
const ts = await api.createTaskscope({ worker: false });
let seen = false;
await ts.run(${JSON.stringify(source)}, { onStdout: () => { if (!seen) { seen = true; process.stdout.write('@@first-output\\n'); } } }).done;
`;
const r = spawnSync(process.execPath, ['--trace-wasm-compilation-times', '--input-type=module', '-e', child], { encoding: 'utf8', maxBuffer: 1 << 26 });
if (r.status !== 0) {
  console.error(r.stderr.slice(0, 2000));
  process.exit(1);
}
const shipped = readModule(path.join(dist, 'taskscope.wasm'));
const withNames = fs.existsSync(named) ? readModule(named) : null;
const compiled = [];
let sawOutput = false;
for (const line of r.stdout.split('\n')) {
  if (line.startsWith('@@first-output')) { sawOutput = true; break; }
  const m = /#(\d+) using Liftoff.*bodysize (\d+)/.exec(line);
  if (m) compiled.push([Number(m[1]), Number(m[2])]);
}
if (!sawOutput) {
  console.error('the program printed nothing');
  process.exit(1);
}
const bytes = compiled.reduce((sum, [, size]) => sum + size, 0);
if (list) {
  const sameModule = withNames && withNames.sizes.length === shipped.sizes.length;
  for (const [index, size] of [...compiled].sort((a, b) => b[1] - a[1])) {
    console.log(`${String(size).padStart(7)}  ${sameModule ? withNames.names.get(index) ?? `#${index}` : `#${index}`}`);
  }
}
console.log(`${dist}: code section ${shipped.codeBytes} B (${shipped.sizes.length} functions); ` +
  `before the first output of ${JSON.stringify(source.trim())} Liftoff compiled ${compiled.length} functions, ${bytes} B of bodies`);
