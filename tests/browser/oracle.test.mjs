// The trace oracle observes asyncio without changing it: for programs that take little
// real time, its echo of the program's output equals a plain `python3` run, and its
// trace is self-consistent (every created task ends once, steps never go back).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { root } from './harness.mjs';

const QUICK = ['as_completed', 'cancel', 'gather_errors', 'taskgroup', 'cooperative', 'shield'];
const oracle = path.join(root, 'scripts/trace_oracle.py');

for (const id of QUICK) {
  test(`oracle: ${id}.py prints what plain CPython prints, and its trace is consistent`, () => {
    const prog = path.join(root, 'web/examples', `${id}.py`);
    const plain = execFileSync('python3', [prog], { encoding: 'utf8' });
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'oracle-')), 'trace.json');
    const echoed = execFileSync('python3', [oracle, prog, '-o', out], { encoding: 'utf8' });
    assert.equal(echoed, plain);
    const doc = JSON.parse(fs.readFileSync(out, 'utf8'));
    assert.equal(doc.version, 1);
    const stdout = doc.events.filter((e) => e.kind === 'output' && e.stream === 'stdout').map((e) => e.text).join('');
    assert.equal(stdout, plain);
    const created = new Set(); const ended = new Map();
    let step = 0; let t = 0;
    for (const e of doc.events) {
      assert.ok(e.step >= step, 'steps never go back'); step = e.step;
      assert.ok(e.t >= t, 'the clock never goes back'); t = e.t;
      if (e.kind === 'task_created') created.add(e.task);
      if (e.kind === 'task_done') ended.set(e.task, (ended.get(e.task) ?? 0) + 1);
    }
    assert.deepEqual([...ended.keys()].sort(), [...created].sort(), 'every task ends');
    assert.ok([...ended.values()].every((n) => n === 1), 'exactly once');
    assert.equal(doc.events[0].kind, 'run_begin');
    assert.equal(doc.events.at(-1).kind, 'run_end');
  });
}
