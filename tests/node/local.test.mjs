// The engine in the calling thread (createTaskscope({ worker: false }), what the Node
// CLI uses): the same output as in a worker, limits and stop() honoured as the run goes,
// a clean engine for the next run, and a CLI whose memory does not grow with output.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTaskscope } from '../../wasm/dist/taskscope.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const cli = path.join(repo, 'wasm/cli.mjs');

/** What CPython prints for a program (the oracle), stdout only. */
function cpython(source) {
  return execFileSync('python3', ['-c', source], { encoding: 'utf8' });
}

async function collect(ts, source, opts = {}) {
  let out = '';
  let err = '';
  const run = ts.run(source, { ...opts, onStdout(t) { out += t; }, onStderr(t) { err += t; } });
  return { ...(await run.done), out, err };
}

let ts;
before(async () => { ts = await createTaskscope({ worker: false }); });

const GATHER = `import asyncio
async def work(i):
    await asyncio.sleep(i / 10)
    print("done", i)
    return i * i
async def main():
    print(await asyncio.gather(*(work(i) for i in (3, 1, 2))))
asyncio.run(main())
`;

test('in this thread: asyncio output as CPython prints it, on both clocks', async () => {
  const want = cpython(GATHER);
  for (const clock of ['virtual', 'real']) {
    const r = await collect(ts, GATHER, { clock });
    assert.equal(r.out, want, clock);
    assert.equal(r.exitCode, 0);
  }
});

test('in this thread: a traceback and its exit status, then a clean run', async () => {
  const r = await collect(ts, 'def f():\n    1 / 0\nf()\n');
  assert.equal(r.exitCode, 1);
  assert.match(r.err, /ZeroDivisionError: division by zero\n$/);
  assert.equal((await collect(ts, 'print(6 * 7)\n')).out, '42\n');
});

test('in this thread: limits.seconds stops a busy loop and a long real-clock wait', async () => {
  for (const [source, clock] of [['while True:\n    pass\n', 'virtual'],
    ['import asyncio\nasync def main():\n    await asyncio.sleep(60)\nasyncio.run(main())\n', 'real']]) {
    const t0 = Date.now();
    const r = await collect(ts, source, { clock, limits: { seconds: 0.3 } });
    assert.ok(Date.now() - t0 < 3000, `${clock}: took ${Date.now() - t0} ms`);
    assert.equal(r.stopped, 'time limit');
    assert.equal(r.err, 'stopped: time limit\n');
    assert.equal(r.exitCode, 1);
  }
  assert.equal((await collect(ts, 'print("ok")\n')).out, 'ok\n');
});

test('in this thread: limits.steps and limits.memoryBytes', async () => {
  const steps = await collect(ts, 'while True:\n    pass\n', { limits: { steps: 300000 } });
  assert.equal(steps.err, 'stopped: step limit\n');
  const mem = await collect(ts, 'x = [0] * (10 ** 9)\n', { limits: { memoryBytes: 64 << 20 } });
  assert.match(mem.err, /MemoryError/);
});

test('in this thread: stop() from an output callback ends a busy program at once', async () => {
  let lines = 0;
  let run;
  const done = new Promise((resolve) => {
    run = ts.run('i = 0\nwhile True:\n    i += 1\n    if i % 1000 == 0:\n        print(i)\n', {
      onStdout: (text) => { lines += text.split('\n').length - 1; if (lines >= 3) run.stop(); },
    });
    run.done.then(resolve);
  });
  const r = await done;
  assert.equal(r.stopped, 'stop');
  assert.equal(r.exitCode, 1);
  // The engine hands output over in buffered chunks (about a thousand of these lines)
  // and asks whether to stop every 65,536 steps: the run ends within a few chunks.
  assert.ok(lines >= 3 && lines < 5000, `${lines} lines before the run ended`);
});

test('in this thread: stop() during a real-clock wait ends it without waiting it out', async () => {
  const run = ts.run('import asyncio\nasync def main():\n    print("waiting")\n    await asyncio.sleep(60)\nasyncio.run(main())\n',
    { clock: 'real', onStdout: () => setTimeout(() => run.stop(), 50) });
  const t0 = Date.now();
  const r = await run.done;
  assert.ok(Date.now() - t0 < 2000);
  assert.equal(r.stopped, 'stop');
});

test('in this thread: runs queue one after another; a run stopped before it starts never runs', async () => {
  const order = [];
  const a = ts.run('print("a")\n', { onStdout: (t) => order.push(t) });
  const b = ts.run('print("b")\n', { onStdout: (t) => order.push(t) });
  b.stop();
  const c = ts.run('print("c")\n', { onStdout: (t) => order.push(t) });
  const [ra, rb, rc] = await Promise.all([a.done, b.done, c.done]);
  assert.deepEqual(order, ['a\n', 'c\n']);
  assert.equal(ra.exitCode, 0);
  assert.equal(rb.stopped, 'stop');
  assert.equal(rc.exitCode, 0);
});

test('in this thread: the trace streams to onTrace and equals done.trace', async () => {
  const events = [];
  const r = await ts.run(GATHER, { onTrace: (ev) => events.push(ev) }).done;
  assert.ok(events.some((ev) => ev.kind === 'task_created'));
  assert.equal(events[events.length - 1].kind, 'run_end');
  assert.equal(r.trace[r.trace.length - 1].kind, 'run_end');
});

test('Node CLI: 1,000,000 printed lines keep its memory flat and lose none', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ts-cli-'));
  fs.writeFileSync(path.join(dir, 'p.py'), 'for i in range(1000000):\n    print(i)\n');
  const r = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, cli, 'p.py'],
    { cwd: dir, encoding: 'utf8', maxBuffer: 64 << 20 });
  assert.equal(r.status, 0, r.stderr);
  const lines = r.stdout.split('\n');
  assert.equal(lines.length, 1000001);
  assert.equal(lines[999999], '999999');
  const peakKiB = Number(r.stderr.trim().split('\n').pop());
  // Node with the engine loaded is ~60 MB; queued output used to add ~100 MB per
  // million lines.
  assert.ok(peakKiB < 100 * 1024, `peak RSS ${peakKiB} KiB`);
});
