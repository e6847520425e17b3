#!/usr/bin/env node
// wasm/cli.mjs — the Node command line (package.json "bin"):
//   npx taskscope [--clock=virtual|real] [--trace=FILE] [--trace-format=json|chrome]
//                 [--limit-steps=N] [--limit-memory=BYTES] [--limit-seconds=S] PROGRAM.py [ARGS...]
// Runs the program on the WebAssembly engine as the native CLI (runtime/cli/main.c) runs
// it natively: same stdout and stderr, same exit status. Output is written as the
// engine makes it.
import fs from 'node:fs';
import { traceJson, chromeTrace } from '../web/src/export.js';

const USAGE = 'usage: taskscope [--clock=virtual|real] [--trace=FILE [--trace-format=json|chrome]]\n' +
  '                 [--limit-steps=N] [--limit-memory=BYTES] [--limit-seconds=S]\n' +
  '                 PROGRAM.py [ARGS...]\n';
// The limits, as the native CLI takes them (docs/robustness.md): the environment, then
// the flags over it. A limit that is hit ends the run with "stopped: ..." and status 1.
const LIMIT_FLAGS = { '--limit-steps=': 'steps', '--limit-memory=': 'memoryBytes', '--limit-seconds=': 'seconds' };
const LIMIT_ENV = { TASKSCOPE_STEP_LIMIT: 'steps', TASKSCOPE_MEMORY_LIMIT: 'memoryBytes', TASKSCOPE_TIME_LIMIT: 'seconds' };
const isLimit = (v) => /^[0-9]+(\.[0-9]*)?$/.test(v);

function parse(argv) {
  const o = { clock: 'virtual', trace: null, traceFormat: 'json', program: null, args: [], limits: {} };
  for (const [name, key] of Object.entries(LIMIT_ENV)) {
    const v = process.env[name];
    if (v === undefined) continue;
    if (!isLimit(v)) return null;
    o.limits[key] = Number(v);
  }
  let i = 0;
  for (; i < argv.length && argv[i].startsWith('--'); i++) {
    const a = argv[i];
    if (a === '--clock=virtual' || a === '--clock=real') o.clock = a.slice(8);
    else if (a.startsWith('--trace=')) o.trace = a.slice(8);
    else if (a === '--trace-format=json' || a === '--trace-format=chrome') o.traceFormat = a.slice(15);
    else if (a === '--') { i++; break; }
    else {
      const flag = Object.keys(LIMIT_FLAGS).find((f) => a.startsWith(f));
      if (!flag || !isLimit(a.slice(flag.length))) return null;
      o.limits[LIMIT_FLAGS[flag]] = Number(a.slice(flag.length));
    }
  }
  if (i >= argv.length) return null;
  o.program = argv[i];
  o.args = argv.slice(i + 1);
  return o;
}

// Writes all of text to fd, waiting for a full pipe instead of dropping output.
function writeAll(fd, text) {
  const buf = Buffer.from(text, 'utf8');
  let off = 0;
  while (off < buf.length) {
    try {
      off += fs.writeSync(fd, buf, off, buf.length - off);
    } catch (err) {
      if (err.code !== 'EAGAIN') throw err;
    }
  }
}

async function main() {
  const o = parse(process.argv.slice(2));
  if (!o) { process.stderr.write(USAGE); return 2; }
  let source;
  try {
    source = fs.readFileSync(o.program, 'utf8');
  } catch {
    writeAll(2, `taskscope: can't open file '${o.program}': [Errno 2] No such file or directory\n`);
    return 2;
  }
  let createTaskscope;
  try {
    ({ createTaskscope } = await import('./dist/taskscope.mjs'));
  } catch (err) {
    if (err && err.code !== 'ERR_MODULE_NOT_FOUND') throw err;
    writeAll(2, 'taskscope: the engine is not built (wasm/dist/taskscope.mjs is missing): run `make wasm`\n');
    return 1;
  }
  // The engine runs in this thread: no worker thread to boot (tens of milliseconds of
  // cold start) and output written as it is made. A time limit is the exception: a long
  // computation inside C (`3 ** 10**8`) asks no question the limit could answer, so
  // only a worker, which can be ended from outside, stops it in time.
  const ts = await createTaskscope({ worker: o.limits.seconds > 0 });
  const run = ts.run(source, {
    clock: o.clock,
    filename: o.program,
    args: o.args,
    trace: !!o.trace,
    limits: o.limits,
    onStdout: (text) => writeAll(1, text),
    onStderr: (text) => writeAll(2, text),
  });
  const { exitCode, trace } = await run.done;
  ts.close();
  if (o.trace) {
    const text = o.traceFormat === 'chrome' ? chromeTrace(trace) : traceJson(trace, o.clock);
    fs.writeFileSync(o.trace, text + '\n');
  }
  return exitCode;
}

main().then((code) => { process.exitCode = code; }, (err) => {
  process.stderr.write(`taskscope: ${err && err.stack || err}\n`);
  process.exitCode = 1;
});
