// The JS API of docs/api.md on the wasm engine: streaming order, stop, limits, reuse of
// one instance, concurrent instances, the Node CLI. Expected texts come from python3.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTaskscope } from '../../wasm/dist/taskscope.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** What CPython prints for a program (the oracle), stdout only. */
function cpython(source) {
  return execFileSync('python3', ['-c', source], { encoding: 'utf8', maxBuffer: 64 << 20 });
}

async function collect(ts, source, opts = {}) {
  let out = '';
  let err = '';
  const chunks = [];
  const run = ts.run(source, {
    ...opts,
    onStdout(t) { out += t; chunks.push(t); },
    onStderr(t) { err += t; },
  });
  const result = await run.done;
  return { ...result, out, err, chunks };
}

let ts;
before(async () => { ts = await createTaskscope(); });
after(() => ts.close());

test('hello world, exit status 0', async () => {
  const r = await collect(ts, 'print("hello, world")\n');
  assert.equal(r.out, 'hello, world\n');
  assert.equal(r.exitCode, 0);
  assert.ok(Array.isArray(r.trace));
});

test('an uncaught exception: traceback on stderr, exit status 1', async () => {
  const r = await collect(ts, 'def f():\n    raise ValueError("bad")\nf()\n', { filename: 'prog.py' });
  assert.equal(r.exitCode, 1);
  assert.match(r.err, /File "prog.py", line 2, in f/);
  assert.match(r.err, /ValueError: bad\n$/);
});

test('SystemExit code is the exit status', async () => {
  const r = await collect(ts, 'import sys\nprint("x")\nsys.exit(3)\n');
  assert.equal(r.exitCode, 3);
  assert.equal(r.out, 'x\n');
});

test('100,000 printed lines arrive complete, in order, in batches', async () => {
  const src = 'for i in range(100000):\n    print(i)\n';
  const r = await collect(ts, src);
  assert.equal(r.out, cpython(src));
  assert.ok(r.chunks.length < 2000, `${r.chunks.length} batches for 100,000 lines`);
});

test('stdout and stderr keep their relative order', async () => {
  const src = 'import sys\nfor i in range(5):\n    print("out", i)\n    print("err", i, file=sys.stderr)\n';
  // Completed lines in the order they arrived, tagged with their stream.
  const lines = [];
  const partial = { o: '', e: '' };
  const take = (s, t) => {
    const parts = (partial[s] + t).split('\n');
    partial[s] = parts.pop();
    for (const line of parts) lines.push(`${s}:${line}`);
  };
  const run = ts.run(src, { onStdout: (t) => take('o', t), onStderr: (t) => take('e', t) });
  await run.done;
  assert.deepEqual(lines, [0, 1, 2, 3, 4].flatMap((i) => [`o:out ${i}`, `e:err ${i}`]));
});

test('output streams while a run goes on (trace output events too)', async () => {
  // Prints, then keeps the engine busy: the first line must arrive before the end.
  const src = 'print("first", flush=True)\nn = 0\nfor i in range(3000000):\n    n += i\nprint(n)\n';
  let firstAt = 0;
  let sawOutputEvent = false;
  const t0 = Date.now();
  const run = ts.run(src, {
    onStdout(t) { if (!firstAt && t.includes('first')) firstAt = Date.now(); },
    onTrace(ev) { if (ev.kind === 'output') sawOutputEvent = true; },
  });
  const r = await run.done;
  const end = Date.now();
  assert.equal(r.exitCode, 0);
  assert.ok(firstAt > 0 && firstAt < end - 20, `first output at ${firstAt - t0} ms, end at ${end - t0} ms`);
  assert.ok(sawOutputEvent);
  assert.deepEqual(r.trace.map((e) => e.kind).filter((k) => k !== 'output'), ['run_begin', 'run_end']);
});

test('stop() ends `while True: pass` within 100 ms and the engine stays usable', async () => {
  const run = ts.run('print("spin")\nwhile True:\n    pass\n');
  await new Promise((r) => setTimeout(r, 300));
  const t0 = performance.now();
  run.stop();
  const r = await run.done;
  const took = performance.now() - t0;
  assert.ok(took < 100, `stop took ${took} ms`);
  assert.equal(r.stopped, 'stop');
  const next = await collect(ts, 'print(6 * 7)\n');
  assert.equal(next.out, '42\n');
});

test('limits.seconds: "stopped: time limit", then a clean next run', async () => {
  const t0 = Date.now();
  const r = await collect(ts, 'while True:\n    pass\n', { limits: { seconds: 0.5 } });
  assert.ok(Date.now() - t0 < 3000);
  assert.equal(r.stopped, 'time limit');
  assert.equal(r.err, 'stopped: time limit\n');
  assert.notEqual(r.exitCode, 0);
  assert.equal((await collect(ts, 'print("ok")\n')).out, 'ok\n');
});

test('limits.steps stops the run with one line, as the time limit does', async () => {
  const r = await collect(ts, 'while True:\n    pass\n', { limits: { steps: 100000 } });
  assert.equal(r.exitCode, 1);
  assert.equal(r.err, 'stopped: step limit\n');
});

test('limits.memoryBytes raises MemoryError', async () => {
  const r = await collect(ts, 'x = [0] * (10 ** 9)\n', { limits: { memoryBytes: 64 << 20 } });
  assert.equal(r.exitCode, 1);
  assert.match(r.err, /MemoryError/);
  const big = await collect(ts, "s = 'x' * 10 ** 10\n", { limits: { memoryBytes: 64 << 20 } });
  assert.equal(big.exitCode, 1);
  assert.match(big.err, /MemoryError/);
});

test('a run queued behind another starts after it; stopping a queued run leaves the first alone', async () => {
  const a = ts.run('print("a")\n', { onStdout() {} });
  const b = ts.run('print("b")\n', { onStdout() {} });
  b.stop();
  assert.equal((await a.done).exitCode, 0);
  assert.equal((await b.done).stopped, 'stop');
});

test('one instance, 1,000 runs (alternating failing and good programs): no leak, no slowdown', async () => {
  const good = 'import collections\nprint(sum(range(100)))\n';
  const bad = 'def f(n):\n    return f(n + 1)\nf(0)\n';
  // Runs [from, from + count) and returns the CPU time they took, in ms: the process's,
  // which holds the worker's. Not wall time: test-node runs two files at once on two
  // cores, and the other file's work stretched a hundred runs' wall time fourfold in CI.
  const cpuOfRuns = async (from, count) => {
    const before = process.cpuUsage();
    for (let i = from; i < from + count; i++) {
      const r = await collect(ts, i % 2 ? bad : good);
      if (i % 2) {
        assert.equal(r.exitCode, 1);
        assert.match(r.err, /RecursionError: maximum recursion depth exceeded/);
      } else {
        assert.equal(r.out, '4950\n');
      }
    }
    const used = process.cpuUsage(before);
    return (used.user + used.system) / 1000;
  };
  const heapBefore = process.memoryUsage().heapUsed;
  const first = await cpuOfRuns(0, 100);
  const rssAfterFirst = process.memoryUsage().rss;  // the process's, workers' wasm memory too
  await cpuOfRuns(100, 800);
  const last = await cpuOfRuns(900, 100);
  assert.ok(last < first * 2, `the first 100 runs took ${first.toFixed(0)} ms of CPU time, the last 100 ${last.toFixed(0)} ms`);
  if (global.gc) global.gc();
  const grown = process.memoryUsage().heapUsed - heapBefore;
  assert.ok(grown < 64 << 20, `JS heap grew by ${grown} bytes`);
  // Every run has an instance of its own (about 70 MB of wasm memory at most): one
  // that was kept alive would show here many times over.
  const rssGrown = process.memoryUsage().rss - rssAfterFirst;
  assert.ok(rssGrown < 256 << 20, `the process grew by ${rssGrown} bytes over 900 runs`);
});

test('teardown: an import in a __del__ at exit fails as in CPython, and the next run on the instance imports normally', async () => {
  const atExit = [
    'import atexit',
    'def f():',
    '    import json; print(json.dumps([1]))',
    'atexit.register(f)',
    'class A:',
    '    def __del__(self):',
    '        import textwrap; print("del", textwrap.dedent("  x"))',
    'a = A()',
    'print("end")',
    '',
  ].join('\n');
  for (let i = 0; i < 3; i++) {
    const r = await collect(ts, atExit);
    assert.equal(r.out, 'end\n[1]\n');
    assert.equal(r.exitCode, 0);
    assert.match(r.err, /^Exception ignored in: <function A\.__del__ at 0x[0-9a-f]+>\n/);
    assert.match(r.err, /ImportError: sys\.meta_path is None, Python is likely shutting down\n$/);
    const next = await collect(ts, 'import textwrap, sys\nprint(textwrap.dedent("  y"), sys.argv is not None)\n');
    assert.equal(next.out, 'y True\n');
    assert.equal(next.exitCode, 0);
  }
  const flush = await collect(ts, 'import sys\nclass B:\n    def write(self, s): pass\n    def flush(self): raise OSError("no")\nsys.stdout = B()\n');
  assert.equal(flush.exitCode, 120);
  assert.match(flush.err, /OSError: no\n$/);
  assert.equal((await collect(ts, 'print("after")\n')).out, 'after\n');
});

test('concurrent runs on separate instances', async () => {
  const engines = await Promise.all([createTaskscope(), createTaskscope(), createTaskscope()]);
  try {
    const results = await Promise.all(engines.map((e, i) => collect(e, `for j in range(1000):\n    print(${i}, j)\n`)));
    results.forEach((r, i) => {
      assert.equal(r.exitCode, 0);
      assert.equal(r.out, cpython(`for j in range(1000):\n    print(${i}, j)\n`));
    });
  } finally {
    for (const e of engines) e.close();
  }
});

test('real clock: time.sleep blocks for real time', async () => {
  const src = 'import time\nt = time.monotonic()\ntime.sleep(0.2)\nprint(time.monotonic() - t >= 0.19)\n';
  const t0 = Date.now();
  const r = await collect(ts, src, { clock: 'real' });
  assert.equal(r.out, 'True\n');
  assert.ok(Date.now() - t0 >= 190);
});

test('virtual clock: time.sleep is instant and time starts at 0', async () => {
  const src = 'import time\ntime.sleep(100)\nprint(time.monotonic(), time.time())\n';
  const t0 = Date.now();
  const r = await collect(ts, src);
  assert.equal(r.out, '100.0 1700000100.0\n');
  assert.ok(Date.now() - t0 < 2000);
});

test('Node CLI: same output and exit status as the native CLI', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'taskscope-cli-'));
  const prog = path.join(dir, 'p.py');
  fs.writeFileSync(prog, 'import sys\nprint("args", sys.argv)\nraise KeyError("k")\n');
  const traceFile = path.join(dir, 't.json');
  const r = spawnSync(process.execPath, [path.join(repo, 'wasm/cli.mjs'), `--trace=${traceFile}`, 'p.py', 'x'], { cwd: dir, encoding: 'utf8' });
  assert.equal(r.status, 1);
  assert.equal(r.stdout, "args ['p.py', 'x']\n");
  assert.match(r.stderr, /File "p.py", line 3, in <module>\n    raise KeyError\("k"\)\nKeyError: 'k'\n$/);
  const trace = JSON.parse(fs.readFileSync(traceFile, 'utf8'));
  assert.equal(trace.version, 1);
  assert.equal(trace.events[0].kind, 'run_begin');
  const chrome = spawnSync(process.execPath, [path.join(repo, 'wasm/cli.mjs'), `--trace=${traceFile}`, '--trace-format=chrome', 'p.py'], { cwd: dir, encoding: 'utf8' });
  assert.equal(chrome.status, 1);
  assert.ok(Array.isArray(JSON.parse(fs.readFileSync(traceFile, 'utf8')).traceEvents));
  const usage = spawnSync(process.execPath, [path.join(repo, 'wasm/cli.mjs')], { encoding: 'utf8' });
  assert.equal(usage.status, 2);
  const native = path.join(repo, 'build/rel/taskscope');
  if (fs.existsSync(native)) assert.equal(usage.stderr, spawnSync(native, [], { encoding: 'utf8' }).stderr);
  const missing = spawnSync(process.execPath, [path.join(repo, 'wasm/cli.mjs'), 'nope.py'], { cwd: dir, encoding: 'utf8' });
  assert.equal(missing.status, 2);
  assert.equal(missing.stderr, "taskscope: can't open file 'nope.py': [Errno 2] No such file or directory\n");
  fs.rmSync(dir, { recursive: true });
});

test('the trace of an asyncio program: tasks, steps, outcomes, output events (as the oracle fixture)', async () => {
  // tests/browser/fixtures/*.json are CPython's traces (scripts/trace_oracle.py).
  const fixture = JSON.parse(fs.readFileSync(path.join(repo, 'tests/browser/fixtures/gather.json'), 'utf8'));
  const source = fs.readFileSync(path.join(repo, 'web/examples/gather.py'), 'utf8');
  const streamed = [];
  const r = await collect(ts, source, { filename: 'gather.py', onTrace: (ev) => streamed.push(ev) });
  assert.equal(r.exitCode, 0);
  const tasks = (evs) => evs.filter((e) => e.kind === 'task_created')
    .map((e) => `${e.name}:${e.coro}:${e.parent}`);
  assert.deepEqual(tasks(r.trace), tasks(fixture.events));
  const outcomes = (evs) => evs.filter((e) => e.kind === 'task_done').map((e) => `${e.task}:${e.outcome}`);
  assert.deepEqual(outcomes(r.trace), outcomes(fixture.events));
  assert.equal(r.trace[0].kind, 'run_begin');
  assert.equal(r.trace[r.trace.length - 1].kind, 'run_end');
  const printed = r.trace.filter((e) => e.kind === 'output' && e.stream === 'stdout').map((e) => e.text).join('');
  assert.equal(printed, r.out);
  // Streamed: the output events as output arrived, the binding's other events at the end.
  assert.equal(streamed.filter((e) => e.kind !== 'output').length, r.trace.filter((e) => e.kind !== 'output').length);
  assert.equal(streamed.filter((e) => e.kind === 'output' && e.stream === 'stdout').map((e) => e.text).join(''), r.out);
});

test('real clock is driven from JS: the run yields to the worker while asyncio waits, output streams', async () => {
  const src = 'import asyncio, time\nasync def main():\n    t = time.monotonic()\n    print("a")\n    await asyncio.sleep(0.3)\n    print("b", time.monotonic() - t)\n    time.sleep(0.2)\n    print("c", time.monotonic() - t)\nasyncio.run(main())\n';
  const t0 = performance.now();
  let firstAt = 0;
  let out = '';
  const run = ts.run(src, { clock: 'real', filename: 'drive.py', onTrace() {}, onStdout(t) { out += t; if (!firstAt) firstAt = performance.now() - t0; } });
  const r = await run.done;
  const total = performance.now() - t0;
  assert.equal(r.exitCode, 0);
  const [a, b, c] = out.trim().split('\n');
  assert.equal(a, 'a');
  const tb = Number(b.split(' ')[1]);
  const tc = Number(c.split(' ')[1]);
  assert.ok(tb >= 0.29 && tc - tb >= 0.19, out);
  assert.ok(firstAt < total - 250, `"a" arrived at ${firstAt} ms of ${total} ms`);
  const kinds = r.trace.map((e) => e.kind);
  assert.ok(kinds.includes('idle_begin') && kinds.includes('blocking'), kinds.join(','));
});

// Without a trace (the Node CLI's default) a task's step is called straight from the
// ready queue (py__asyncio_task_step_call), and in debug mode through a timing wrapper:
// a time.sleep() in a coroutine suspends the engine through both, so both must be on
// the Asyncify chain (Makefile, WASM_CHAIN_ASYNCIO); off it, the engine broke with
// "null function or function signature mismatch".
for (const debug of [false, true]) {
  test(`real clock, untraced${debug ? ', debug mode' : ''}: time.sleep in a coroutine waits and the engine survives`, async () => {
    const src = 'import asyncio, time\nasync def tick(n):\n    for i in range(n):\n        print("tick", i)\n        await asyncio.sleep(0)\n' +
      'async def main():\n    t = time.monotonic()\n    task = asyncio.create_task(tick(2))\n    time.sleep(0.1)\n    await task\n' +
      '    print("slept", time.monotonic() - t >= 0.09)\n' +
      `asyncio.run(main(), debug=${debug ? 'True' : 'False'})\n`;
    const r = await collect(ts, src, { clock: 'real' });
    assert.equal(r.exitCode, 0, r.err);
    assert.equal(r.out, cpython(src));
    const again = await collect(ts, 'print("next run")\n');
    assert.equal(again.out, 'next run\n');
  });
}

// ---- streaming of trace events (issue 5: onTrace "as they happen") ----------------------

/** The events of a trace without `rt` (real milliseconds differ from run to run). */
const withoutRt = (events) => events.map(({ rt, ...rest }) => rest);

/** The native CLI's --trace file for a program, or null when build/rel is not built. */
function nativeTrace(source, clock = 'virtual') {
  const native = path.join(repo, 'build/rel/taskscope');
  if (!fs.existsSync(native)) return null;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'taskscope-trace-'));
  try {
    fs.writeFileSync(path.join(dir, 'main.py'), source);
    spawnSync(native, [`--clock=${clock}`, '--trace=t.json', 'main.py'], { cwd: dir, encoding: 'utf8', maxBuffer: 256 << 20 });
    return JSON.parse(fs.readFileSync(path.join(dir, 't.json'), 'utf8')).events;
  } finally {
    fs.rmSync(dir, { recursive: true });
  }
}

test('real clock: trace events stream before done, in order with the output', async () => {
  const src = [
    'import asyncio',
    'async def worker():',
    '    print("before sleep")',
    '    await asyncio.sleep(0.2)',
    '    print("after sleep")',
    'async def main():',
    '    await asyncio.create_task(worker())',
    '    await asyncio.sleep(0.2)',
    '    print("end")',
    'asyncio.run(main())',
    '',
  ].join('\n');
  const log = [];          // ['out', text, ms] and ['ev', event, ms] in arrival order
  const t0 = performance.now();
  const run = ts.run(src, {
    clock: 'real',
    onStdout: (t) => log.push(['out', t, performance.now() - t0]),
    onTrace: (ev) => log.push(['ev', ev, performance.now() - t0]),
  });
  const r = await run.done;
  const end = performance.now() - t0;
  assert.equal(r.exitCode, 0);
  const at = (pred) => log.findIndex(pred);
  const sleepEnd = at(([k, e]) => k === 'ev' && e.kind === 'step_end' && e.wait && e.wait.label === 'sleep(0.2)');
  assert.ok(sleepEnd >= 0, 'a step_end waiting on sleep(0.2)');
  // The event for the first sleep arrived while the program still had 0.4 s to run.
  assert.ok(log[sleepEnd][2] < end - 250, `step_end(sleep) at ${log[sleepEnd][2]} ms of ${end} ms`);
  const before = at(([k, t]) => k === 'out' && t.includes('before sleep'));
  const after = at(([k, t]) => k === 'out' && t.includes('after sleep'));
  const beforeEv = at(([k, e]) => k === 'ev' && e.kind === 'output' && e.text.includes('before sleep'));
  assert.ok(beforeEv >= 0 && beforeEv < before, 'the output event comes with its text');
  assert.ok(before < sleepEnd && sleepEnd < after, 'output and events interleave in program order');
  assert.equal(log[beforeEv][1].task, log[sleepEnd][1].task, 'the output event names the task that printed');
  // done.trace is the streamed list (output events merged as the native file has them).
  const streamed = log.filter(([k]) => k === 'ev').map(([, e]) => e);
  assert.deepEqual(r.trace.filter((e) => e.kind !== 'output'), streamed.filter((e) => e.kind !== 'output'));
  assert.equal(r.trace.filter((e) => e.kind === 'output').map((e) => e.text).join(''), 'before sleep\nafter sleep\nend\n');
});

test('100,000 lines and 150,000 trace events arrive complete and in order; done.trace equals the native CLI trace', async () => {
  const src = 'import asyncio\nasync def main():\n    for i in range(50000):\n        print(i)\n        print(-i)\n        await asyncio.sleep(0)\nasyncio.run(main())\n';
  let out = '';
  let streamedText = '';
  let nevents = 0;
  let lastStep = -1;
  let ordered = true;
  // Callbacks of one batch run in one task: a batch is counted when its first runs.
  let batches = 0;
  let inBatch = false;
  const countBatch = () => {
    if (inBatch) return;
    batches++;
    inBatch = true;
    setImmediate(() => { inBatch = false; });
  };
  const run = ts.run(src, {
    onStdout(t) { countBatch(); out += t; },
    onTrace(ev) {
      countBatch();
      nevents++;
      if (ev.step < lastStep) ordered = false;
      lastStep = ev.step;
      if (ev.kind === 'output') streamedText += ev.text;
    },
  });
  const r = await run.done;
  assert.equal(r.exitCode, 0);
  assert.equal(out, cpython(src));
  assert.equal(streamedText, out);
  assert.ok(ordered, 'events arrive in step order');
  assert.ok(nevents >= 150000, `${nevents} events`);
  assert.ok(batches < 2000, `${batches} batches`);
  const native = nativeTrace(src);
  if (native) assert.deepEqual(withoutRt(r.trace), withoutRt(native));
});

test('done.trace equals the native CLI --trace file (gather, cancellation, stderr, time.sleep)', async (t) => {
  const programs = [
    fs.readFileSync(path.join(repo, 'web/examples/gather.py'), 'utf8'),
    'import asyncio, sys, time\nasync def slow():\n    print("slow starts")\n    time.sleep(0.5)\n    await asyncio.sleep(10)\nasync def main():\n    t = asyncio.create_task(slow())\n    await asyncio.sleep(1)\n    print("cancel", file=sys.stderr)\n    t.cancel()\n    try:\n        await t\n    except asyncio.CancelledError:\n        print("cancelled")\n    raise ValueError("end")\nasyncio.run(main())\n',
  ];
  if (!fs.existsSync(path.join(repo, 'build/rel/taskscope'))) { t.skip('build/rel/taskscope is not built (make build/rel/taskscope)'); return; }
  for (const src of programs) {
    const r = await collect(ts, src, { trace: true });
    assert.deepEqual(withoutRt(r.trace), withoutRt(nativeTrace(src)));
  }
});

test('real clock: the trace has what the native CLI writes (one blocking event per time.sleep)', async (t) => {
  const src = 'import asyncio, time\nasync def main():\n    print("a")\n    time.sleep(0.2)\n    await asyncio.sleep(0.1)\n    print("b")\nasyncio.run(main())\ntime.sleep(0.1)\nprint("c")\n';
  const r = await collect(ts, src, { clock: 'real', trace: true });
  const shape = (events) => events.map((e) => `${e.kind}:${e.task}:${e.step}:${e.label ?? e.text ?? ''}`);
  assert.equal(r.trace.filter((e) => e.kind === 'blocking').length, 2);
  const native = nativeTrace(src, 'real');
  if (!native) { t.skip('build/rel/taskscope is not built'); return; }
  assert.deepEqual(shape(r.trace), shape(native));
});
