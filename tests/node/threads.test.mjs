// Python threads (cooperative fibers, docs/interpreter.md "Threads") on the wasm engine
// under the real clock: a thread's time.sleep waits for real time without blocking the
// event loop, the output streams while threads wait, and the engine survives runs that
// switch threads in every way the scheduler has (a fiber suspending, the main thread
// running threads nested, a `with lock:` waiting inside __enter__, a partial called in a
// thread). The expected texts are CPython's (the oracle's thread rule gives them; here
// they are written out, as they do not depend on timing).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createTaskscope } from '../../wasm/dist/taskscope.mjs';

async function collect(ts, source, opts = {}) {
  let out = '';
  let err = '';
  let firstAt = 0;
  const t0 = performance.now();
  const run = ts.run(source, {
    ...opts,
    onStdout(t) { out += t; if (!firstAt) firstAt = performance.now() - t0; },
    onStderr(t) { err += t; },
  });
  const result = await run.done;
  return { ...result, out, err, firstAt, total: performance.now() - t0 };
}

let ts;
before(async () => { ts = await createTaskscope(); });
after(() => ts.close());

const TO_THREAD = `import asyncio, time, threading
def blocking_io():
    print("io starts on", threading.current_thread().name)
    time.sleep(0.3)
    print("io ends")
    return 7
async def ticker():
    for i in range(3):
        print("tick", i)
        await asyncio.sleep(0.2)
async def main():
    t = time.monotonic()
    r, _ = await asyncio.gather(asyncio.to_thread(blocking_io), ticker())
    print("result", r, time.monotonic() - t >= 0.59)
asyncio.run(main())
`;
const TO_THREAD_OUT = 'io starts on asyncio_0\ntick 0\ntick 1\nio ends\ntick 2\nresult 7 True\n';

for (const traced of [false, true]) {
  test(`real clock${traced ? ', traced' : ''}: to_thread's sleep waits in its thread while the loop ticks`, async () => {
    const opts = { clock: 'real', filename: 'to_thread.py' };
    if (traced) opts.onTrace = () => {};
    const r = await collect(ts, TO_THREAD, opts);
    assert.equal(r.exitCode, 0, r.err);
    assert.equal(r.out, TO_THREAD_OUT);
    assert.ok(r.total >= 550, `took ${r.total} ms`);
    assert.ok(r.firstAt < r.total - 400, `first output at ${r.firstAt} of ${r.total} ms`);
  });
}

test('real clock: threads with a contended lock, a queue and a partial', async () => {
  const src = `import threading, queue, time, functools
lock = threading.Lock()
q = queue.Queue()
def worker(name, delay):
    with lock:
        print(name, "has the lock")
        time.sleep(delay)
    q.put(name)
ts = [threading.Thread(target=functools.partial(worker, n, 0.1)) for n in "abc"]
for t in ts:
    t.start()
print([q.get() for _ in ts])
for t in ts:
    t.join()
print("done", threading.active_count())
`;
  const t0 = performance.now();
  const r = await collect(ts, src, { clock: 'real', filename: 'lock.py' });
  assert.equal(r.exitCode, 0, r.err);
  assert.equal(r.out, "a has the lock\nb has the lock\nc has the lock\n['a', 'b', 'c']\ndone 1\n");
  assert.ok(performance.now() - t0 >= 290);
});

test('virtual clock: an executor, a daemon thread, then the engine runs plain programs', async () => {
  const src = `from concurrent.futures import ThreadPoolExecutor, as_completed
import threading, time
def nap(x):
    time.sleep(x)
    return x
threading.Thread(target=lambda: time.sleep(100), daemon=True).start()
with ThreadPoolExecutor(max_workers=3) as ex:
    print([f.result() for f in as_completed([ex.submit(nap, x) for x in (3, 1, 2)])])
print(time.monotonic())
`;
  const r = await collect(ts, src, { filename: 'exec.py' });
  assert.equal(r.exitCode, 0, r.err);
  assert.equal(r.out, '[1, 2, 3]\n3.0\n');
  const again = await collect(ts, 'import asyncio\nasync def m():\n    await asyncio.sleep(1)\n    print("ok")\nasyncio.run(m())\n');
  assert.equal(again.out, 'ok\n');
});
