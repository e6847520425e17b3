// scripts/wasm_size.mjs — the engine's download size, as docs/performance.md records it:
//   node scripts/wasm_size.mjs [DIST]      (`make wasm-size`; DIST defaults to wasm/dist)
// Every file raw and `gzip -9` (the gzip program when there is one, else zlib level 9,
// which compresses the .wasm about 1 % worse), the total
// the budget counts (.wasm + taskscope.mjs + the worker script: what every page
// downloads; the library bundle is read only on the first import of one of its
// modules), and the .wasm's sections, each gzipped alone.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const dist = process.argv[2] || 'wasm/dist';
const BUDGET = 400_000; // 400 KB, counted as docs/performance.md counts it
const COUNTED = ['taskscope.wasm', 'taskscope.mjs', 'taskscope-worker.mjs'];
let gzipProgram = true;
const gz = (bytes) => {
  if (gzipProgram) {
    try {
      return execFileSync('gzip', ['-9c'], { input: bytes, maxBuffer: 1 << 26 }).length;
    } catch {
      gzipProgram = false;
    }
  }
  return zlib.gzipSync(bytes, { level: 9 }).length;
};
const fmt = (n) => n.toLocaleString('en-US').padStart(11);

let rawTotal = 0;
let gzTotal = 0;
console.log(`${'file'.padEnd(24)}${'raw B'.padStart(11)}${'gzip B'.padStart(11)}`);
for (const name of fs.readdirSync(dist).sort()) {
  const bytes = fs.readFileSync(path.join(dist, name));
  const g = gz(bytes);
  const counted = COUNTED.includes(name);
  if (counted) { rawTotal += bytes.length; gzTotal += g; }
  console.log(`${name.padEnd(24)}${fmt(bytes.length)}${fmt(g)}${counted ? '' : '   (not counted: read on demand)'}`);
}
console.log(`${'total counted'.padEnd(24)}${fmt(rawTotal)}${fmt(gzTotal)}   budget ${BUDGET.toLocaleString('en-US')} B: ${gzTotal <= BUDGET ? 'under' : 'OVER'} by ${Math.abs(BUDGET - gzTotal).toLocaleString('en-US')} B`);

// The sections of the .wasm (binary format: id byte, LEB128 size, contents).
const SECTIONS = ['custom', 'type', 'import', 'function', 'table', 'memory', 'global', 'export',
  'start', 'element', 'code', 'data', 'datacount'];
const wasm = fs.readFileSync(path.join(dist, 'taskscope.wasm'));
let at = 8;
const leb = () => {
  let value = 0;
  let shift = 0;
  let byte;
  do { byte = wasm[at++]; value += (byte & 0x7f) * 2 ** shift; shift += 7; } while (byte & 0x80);
  return value;
};
console.log('\ntaskscope.wasm sections (each gzipped alone)');
while (at < wasm.length) {
  const id = wasm[at++];
  const size = leb();
  console.log(`  ${(SECTIONS[id] || `#${id}`).padEnd(22)}${fmt(size)}${fmt(gz(wasm.subarray(at, at + size)))}`);
  at += size;
}
