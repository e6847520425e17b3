// Blocking calls on the real clock reached from C code of the engine (docs/engine.md,
// "Checking the suspension chain"). A time.sleep() must either suspend the main fiber
// with every C function on the stack instrumented by Asyncify, or wait in place; before
// session 6 a sleep under a done callback that is not a Python function (a class, a
// callable object, functools.partial) unwound through uninstrumented C frames, and the
// program below crashed the engine ("null function or function signature mismatch").
// Each program runs untraced and traced; the output must be CPython's and the engine
// must run the next program.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createTaskscope } from '../../wasm/dist/taskscope.mjs';

function cpython(source) {
  return execFileSync('python3', ['-c', source], { encoding: 'utf8' });
}

async function collect(ts, source, opts = {}) {
  let out = '';
  let err = '';
  const run = ts.run(source, { ...opts, onStdout(t) { out += t; }, onStderr(t) { err += t; } });
  const result = await run.done;
  return { ...result, out, err };
}

let ts;
before(async () => { ts = await createTaskscope(); });
after(() => ts.close());

const programs = {
  // list() as a done callback iterates a Future subclass whose __iter__ is a generator
  // that sleeps: the sleep is below list's C code (crashed before).
  'a class as done callback iterating a generator that sleeps': [
    'import asyncio, time',
    'class Stream(asyncio.Future):',
    '    def __iter__(self):',
    '        for i in range(3):',
    '            time.sleep(0.01)',
    '            print("item", i)',
    '            yield i',
    'async def main():',
    '    loop = asyncio.get_running_loop()',
    '    fut = Stream(loop=loop)',
    '    fut.add_done_callback(list)',
    '    fut.set_result(None)',
    '    await asyncio.sleep(0.05)',
    '    print("done")',
    'asyncio.run(main())',
  ],
  // Callable objects, partials and classes as done callbacks, sleeping inside.
  'callable objects, partials and classes as done callbacks': [
    'import asyncio, time, functools',
    'class Callback:',
    '    def __init__(self, tag):',
    '        self.tag = tag',
    '    def __call__(self, fut):',
    '        time.sleep(0.01)',
    '        print("called", self.tag, fut.result())',
    'def blocking(tag, fut):',
    '    time.sleep(0.01)',
    '    print("blocked", tag, fut.result())',
    'class Init:',
    '    def __init__(self, fut):',
    '        time.sleep(0.01)',
    '        print("init", fut.result())',
    'async def main():',
    '    loop = asyncio.get_running_loop()',
    '    for i in range(3):',
    '        fut = loop.create_future()',
    '        fut.add_done_callback(Callback(i))',
    '        fut.add_done_callback(functools.partial(blocking, i))',
    '        fut.add_done_callback(Init)',
    '        fut.set_result(i * 10)',
    '        await asyncio.sleep(0)',
    '        await asyncio.sleep(0)',
    '    print("done")',
    'asyncio.run(main())',
  ],
  // What stays suspendable: a Python function and a bound method as callbacks, a task
  // woken by a future (Task.__wakeup), a coroutine's own time.sleep.
  'functions, bound methods and woken tasks that sleep': [
    'import asyncio, time',
    'class Box:',
    '    def __init__(self):',
    '        self.seen = []',
    '    def on_done(self, fut):',
    '        time.sleep(0.01)',
    '        self.seen.append(fut.result())',
    'def on_done(fut):',
    '    time.sleep(0.01)',
    '    print("function", fut.result())',
    'async def waiter(fut):',
    '    v = await fut',
    '    time.sleep(0.01)',
    '    print("woken", v)',
    'async def main():',
    '    loop = asyncio.get_running_loop()',
    '    box = Box()',
    '    fut = loop.create_future()',
    '    fut.add_done_callback(on_done)',
    '    fut.add_done_callback(box.on_done)',
    '    task = asyncio.create_task(waiter(fut))',
    '    await asyncio.sleep(0)',
    '    fut.set_result(5)',
    '    await task',
    '    loop.call_soon(box.on_done, fut)',
    '    await asyncio.sleep(0.02)',
    '    print("box", box.seen)',
    'asyncio.run(main())',
  ],
};

for (const [name, lines] of Object.entries(programs)) {
  const src = lines.join('\n') + '\n';
  for (const trace of [false, true]) {
    test(`real clock, ${trace ? 'traced' : 'untraced'}: ${name}`, async () => {
      const r = await collect(ts, src, { clock: 'real', trace });
      assert.equal(r.exitCode, 0, r.err);
      assert.equal(r.out, cpython(src));
      const again = await collect(ts, 'print("next run")\n');
      assert.equal(again.out, 'next run\n');
    });
  }
}
