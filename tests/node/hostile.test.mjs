// The next run is clean (issue 8), on one wasm engine instance: 1,000 runs alternating
// every kind of failure or stop with a good program whose output CPython made. The
// native counterpart is tests/robustness/reinit.c (1,000 py_init/py_fini in one process).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createTaskscope } from '../../wasm/dist/taskscope.mjs';

// [what, source, run options, check of the result]
const BAD = [
  ['uncaught exception', "raise ValueError('boom')\n", {}, (r) => /ValueError: boom\n$/.test(r.err)],
  ['RecursionError', 'def f(n):\n    return f(n + 1)\nf(0)\n', {}, (r) => /RecursionError: maximum recursion depth exceeded/.test(r.err)],
  ['MemoryError, list', 'x = [0] * 10**9\n', { limits: { memoryBytes: 64 << 20 } }, (r) => /MemoryError\n$/.test(r.err)],
  ['MemoryError, str', "s = 'x' * 10**10\n", { limits: { memoryBytes: 64 << 20 } }, (r) => /MemoryError\n$/.test(r.err)],
  ['SyntaxError', 'def f(:\n', {}, (r) => /SyntaxError/.test(r.err)],
  ['step limit', 'while True:\n    pass\n', { limits: { steps: 100000 } }, (r) => r.err === 'stopped: step limit\n'],
  ['SystemExit(3)', 'import sys\nsys.exit(3)\n', {}, (r) => r.exitCode === 3],
  ['recursion through __repr__', 'class A:\n    def __repr__(self):\n        return repr(self)\nrepr(A())\n', {}, (r) => /RecursionError/.test(r.err)],
  ['a changed module and sys.modules', "import math, sys\nmath.pi = 3\nsys.modules['fake'] = 1\nraise KeyError('k')\n", {}, (r) => /KeyError: 'k'\n$/.test(r.err)],
  ['a self-containing list', 'a = []\na.append(a)\n1/0\n', {}, (r) => /ZeroDivisionError/.test(r.err)],
  ['a failing task never retrieved', 'import asyncio\nasync def bad():\n    raise OSError(5)\nasync def main():\n    asyncio.create_task(bad())\n    await asyncio.sleep(0)\nasyncio.run(main())\n', {}, (r) => /Task exception was never retrieved/.test(r.err)],
];
// Stops that end the worker (time limit, stop()) cost a new worker each: every 25th run.
const STOPS = [
  ['time limit', 'while True:\n    pass\n', { limits: { seconds: 0.2 } }, (r) => r.stopped === 'time limit' && r.err === 'stopped: time limit\n'],
  ['stop()', 'import asyncio\nasync def main():\n    while True:\n        await asyncio.sleep(0)\nasyncio.run(main())\n', { stopAfterMs: 50 }, (r) => r.stopped === 'stop'],
];

const GOOD = [
  'import asyncio, math, sys',
  'async def work(i):',
  '    await asyncio.sleep(0.1 * i)',
  '    return i * i',
  'async def main():',
  '    print(await asyncio.gather(*(work(i) for i in range(5))))',
  "    print(math.pi, 'fake' in sys.modules)",
  'asyncio.run(main())',
  '',
].join('\n');
const GOOD_OUT = execFileSync('python3', ['-c', GOOD], { encoding: 'utf8' });

async function collect(ts, source, opts = {}) {
  let out = '';
  let err = '';
  const { stopAfterMs, ...runOpts } = opts;
  const run = ts.run(source, { ...runOpts, onStdout(t) { out += t; }, onStderr(t) { err += t; } });
  if (stopAfterMs) setTimeout(() => run.stop(), stopAfterMs);
  const result = await run.done;
  return { ...result, out, err };
}

let ts;
before(async () => { ts = await createTaskscope(); });
after(() => ts.close());

test('one instance, 1,000 runs: every kind of failure or stop, each followed by a good run', async () => {
  const wrong = [];
  const t0 = performance.now();
  for (let i = 0; i < 500; i++) {
    const [what, src, opts, ok] = i % 25 === 24 ? STOPS[(i / 25 | 0) % STOPS.length] : BAD[i % BAD.length];
    const bad = await collect(ts, src, opts);
    if (!ok(bad)) wrong.push(`run ${2 * i} (${what}): exit ${bad.exitCode}, stopped ${bad.stopped}, stderr ${JSON.stringify(bad.err.slice(-200))}`);
    const good = await collect(ts, GOOD, { clock: 'virtual' });
    if (good.exitCode !== 0 || good.out !== GOOD_OUT) wrong.push(`run ${2 * i + 1} (after ${what}): exit ${good.exitCode}, ${JSON.stringify(good.out)} ${JSON.stringify(good.err.slice(-300))}`);
    if (wrong.length > 10) break;
  }
  assert.deepEqual(wrong, []);
  console.log(`1,000 runs on one instance in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
});
