// wasm/bench.mjs — the engine's figures for docs/performance.md:
//   node wasm/bench.mjs [DIST_DIR]        (default wasm/dist)
// Cold start (import → first output of the first program, in a fresh Node process),
// hello world per run on a warm engine, and CPU-bound Python programs (the cost of
// Asyncify instrumentation shows there), each the best and median of a few runs.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { spawnSync } from 'node:child_process';

const dist = path.resolve(process.argv[2] || 'wasm/dist');
const moduleUrl = pathToFileURL(path.join(dist, 'taskscope.mjs')).href;

if (process.argv[3] === '--cold') {
  const t0 = performance.now();
  const { createTaskscope } = await import(moduleUrl);
  const ts = await createTaskscope();
  await new Promise((resolve) => {
    ts.run('print("hello world")\n', { onStdout: () => { console.log((performance.now() - t0).toFixed(1)); resolve(); } });
  });
  ts.close();
  process.exit(0);
}

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return `best ${s[0].toFixed(1)} ms, median ${s[Math.floor(s.length / 2)].toFixed(1)} ms`;
};

const cold = [];
for (let i = 0; i < 5; i++) {
  const r = spawnSync(process.execPath, [process.argv[1], dist, '--cold'], { encoding: 'utf8' });
  cold.push(Number(r.stdout.trim()));
}
console.log(`cold start (import → first output): ${stats(cold)}`);

const { createTaskscope } = await import(moduleUrl);
const ts = await createTaskscope();
const time = async (src, n) => {
  const xs = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    const { exitCode } = await ts.run(src, { onStdout() {} }).done;
    if (exitCode !== 0) throw new Error(`exit ${exitCode}: ${src}`);
    xs.push(performance.now() - t0);
  }
  return stats(xs);
};
await time('print(1)\n', 3);   // warm up
console.log(`hello world, per run on a warm engine: ${await time('print("hello world")\n', 30)}`);
console.log(`fib(25): ${await time('def fib(n):\n    return n if n < 2 else fib(n - 1) + fib(n - 2)\nprint(fib(25))\n', 5)}`);
console.log(`loop, 1M additions: ${await time('n = 0\nfor i in range(1000000):\n    n += i\nprint(n)\n', 5)}`);
console.log(`sort 200k ints: ${await time('import random\nxs = [random.random() for _ in range(200000)]\nxs.sort()\nprint(xs[0] < xs[-1])\n', 5)}`);
console.log(`string building, 200k parts: ${await time('parts = []\nfor i in range(200000):\n    parts.append(str(i))\ns = "".join(parts)\nprint(len(s))\n', 5)}`);

// asyncio figures, timed inside the program on the real clock (perf_counter).
const SWITCH = `import asyncio, time
N = 20000
async def pinger():
    for _ in range(N):
        await asyncio.sleep(0)
async def main():
    t = time.perf_counter()
    await asyncio.gather(pinger(), pinger())
    dt = time.perf_counter() - t
    print(round(2 * N / dt))
asyncio.run(main())
`;
const CREATE = `import asyncio, time
N = 20000
async def noop():
    pass
async def main():
    t = time.perf_counter()
    for _ in range(N):
        await asyncio.create_task(noop())
    dt = time.perf_counter() - t
    print(round(N / dt))
asyncio.run(main())
`;
const PER_TASK = `import asyncio, time
N = 10000
async def waiter(ev):
    await ev.wait()
async def main():
    ev = asyncio.Event()
    time.sleep(0.001)
    tasks = [asyncio.create_task(waiter(ev)) for _ in range(N)]
    await asyncio.sleep(0)
    time.sleep(0.001)
    ev.set()
    await asyncio.gather(*tasks)
asyncio.run(main())
`;
const rate = async (src) => {
  const xs = [];
  for (let i = 0; i < 3; i++) {
    let out = '';
    await ts.run(src, { clock: 'real', onStdout: (t) => { out += t; } }).done;
    xs.push(Number(out.trim()));
  }
  xs.sort((a, b) => b - a);
  return `best ${Math.round(xs[0]).toLocaleString('en')}/s, median ${Math.round(xs[1]).toLocaleString('en')}/s`;
};
console.log(`task switches (two tasks, sleep(0) ping-pong): ${await rate(SWITCH)}`);
console.log(`tasks created and awaited one by one: ${await rate(CREATE)}`);
const used = [];
await ts.run(PER_TASK, { clock: 'real', onMemoryProbe: (u) => used.push(u) }).done;
console.log(`interpreter bytes per suspended task (10,000 tasks on one Event): ${Math.round((used[1] - used[0]) / 10000)}`);
if (process.env.TASKSCOPE_NATIVE) {
  const fs = await import('node:fs');
  const os = await import('node:os');
  for (const [name, src] of [['switches', SWITCH], ['creations', CREATE]]) {
    const f = path.join(os.tmpdir(), `ts-bench-${name}.py`);
    fs.writeFileSync(f, src);
    const xs = [0, 1, 2].map(() => Number(spawnSync(process.env.TASKSCOPE_NATIVE, ['--clock=real', f], { encoding: 'utf8' }).stdout.trim())).sort((a, b) => b - a);
    console.log(`native ${name}: best ${xs[0].toLocaleString('en')}/s, median ${xs[1].toLocaleString('en')}/s`);
  }
}
ts.close();
