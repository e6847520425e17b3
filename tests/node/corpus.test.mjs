// The program corpus (tests/programs, conventions in its README) through the wasm
// engine: one test per program, so a failure names it. Expected outputs come only from
// the oracle's files (.out, .err), compared with scripts/run_programs.py's rules.
// Needs `make wasm` (wasm/dist); `make test-node` builds it first.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTaskscope } from '../../wasm/dist/taskscope.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../programs');
const pattern = process.env.TASKSCOPE_CORPUS_FILTER || '';
const TIMEOUT_S = 30;
const MAX_OUTPUT = 4 * 1024 * 1024;

function discover(dir) {
  const found = [];
  for (const ent of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = path.join(dir, ent.name);
    if (ent.isDirectory()) found.push(...discover(p));
    else if (ent.name.endsWith('.py') && !ent.name.startsWith('_')) found.push(p);
  }
  return found;
}

function lastStderrLine(text) {
  const lines = text.split('\n');
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i].trimEnd();
    if (line) return line;
  }
  return '';
}

// Programs tests/programs/known-failures.txt lists (the native runner counts them
// apart) run as todo tests: reported, not failing the suite.
const known = new Set(fs.readFileSync(path.join(root, 'known-failures.txt'), 'utf8')
  .split('\n').map((line) => line.split('#')[0].trim()).filter(Boolean));

let ts;
before(async () => { ts = await createTaskscope(); });
after(() => ts.close());

for (const file of discover(root)) {
  const rel = path.relative(root, file);
  if (pattern && !rel.includes(pattern)) continue;
  test(rel, { todo: known.has(rel) ? 'in known-failures.txt' : undefined }, async () => {
    const base = file.slice(0, -3);
    const expOut = fs.readFileSync(base + '.out', 'utf8');
    const expErr = fs.existsSync(base + '.err') ? fs.readFileSync(base + '.err', 'utf8').split('\n') : null;
    let out = '';
    let err = '';
    const run = ts.run(fs.readFileSync(file, 'utf8'), {
      clock: 'virtual',
      filename: path.basename(file),
      limits: { seconds: TIMEOUT_S },
      onStdout(t) { out += t; if (out.length > MAX_OUTPUT) run.stop(); },
      onStderr(t) { err += t; if (err.length > MAX_OUTPUT) run.stop(); },
    });
    const { exitCode, stopped } = await run.done;
    assert.ok(!stopped, `stopped (${stopped}): ${lastStderrLine(err)}`);
    assert.equal(out, expOut, 'stdout');
    if (expErr) {
      assert.equal(exitCode, Number(expErr[0]), `exit status; last stderr line: ${lastStderrLine(err)}`);
      assert.equal(lastStderrLine(err), expErr[1] ?? '', 'last stderr line');
    } else {
      assert.equal(exitCode, 0, `exit status; last stderr line: ${lastStderrLine(err)}`);
    }
  });
}
