// The library bundle in Chromium (docs/engine.md, "The library bundle"): a program that
// imports modules the .wasm does not embed gets them through a synchronous
// XMLHttpRequest for /dist/taskscope-lib.bin — from the engine's Web Worker (binary
// response) and from a page's main thread (text response, x-user-defined charset) —
// and prints what CPython prints. Needs wasm/dist (make wasm).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { startServer, launch, newPage, ENGINE_SKIP } from './harness.mjs';

if (ENGINE_SKIP) console.log(`# ${ENGINE_SKIP}`);

const SOURCE = `import asyncio, json, re, datetime, enum, dataclasses, fractions

class Color(enum.Enum):
    RED = 1

@dataclasses.dataclass
class Point:
    x: int

async def main():
    await asyncio.sleep(0.01)
    print(json.dumps({"a": [1, None]}), re.sub("b+", "-", "abbc"), datetime.date(2024, 2, 29))
    print(Color.RED, Point(1), fractions.Fraction(2, 4))

asyncio.run(main())
`;

let server; let browser;
before(async () => { if (ENGINE_SKIP) return; server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });

test('the server gives every part of the bundle as bytes', { skip: ENGINE_SKIP }, async () => {
  for (const file of ['taskscope-lib.bin', 'taskscope-lib-more.bin', 'taskscope-lib-unicode.bin']) {
    const res = await fetch(`${server.url}/dist/${file}`);
    assert.equal(res.status, 200, file);
    assert.equal(res.headers.get('content-type'), 'application/octet-stream', file);
    assert.equal(Buffer.from(await res.arrayBuffer()).subarray(0, 5).toString('latin1'), 'TSLIB', file);
  }
});

test('bundled modules import in the engine worker and on the main thread', { skip: ENGINE_SKIP }, async () => {
  const expected = execFileSync('python3', ['-c', SOURCE], { encoding: 'utf8' });
  const { page, context, errors } = await newPage(browser);
  await page.goto(`${server.url}/`);
  const got = await page.evaluate(async (source) => {
    const engine = await import('/dist/taskscope.mjs');
    const ts = await engine.createTaskscope({ warmUp: false });
    const results = [];
    for (const clock of ['virtual', 'real']) {
      let out = ''; let err = '';
      const run = ts.run(source, { clock, onStdout: (t) => { out += t; }, onStderr: (t) => { err += t; } });
      const { exitCode } = await run.done;
      results.push({ where: `worker ${clock}`, out, err, exitCode });
    }
    ts.close();
    // The worker's entry points, called on this thread: the bundle is read here.
    let out = ''; let err = '';
    const post = (msg) => {
      if (msg.type !== 'batch') return;
      for (const [fd, text] of msg.items) { if (fd === 1) out += text; else if (fd === 2) err += text; }
    };
    const exitCode = await engine.runOnFreshInstance(await engine.compileEngine(),
      { id: 1, source, filename: 'main.py', clock: 'virtual' }, post);
    results.push({ where: 'main thread', out, err, exitCode });
    return results;
  }, SOURCE);
  for (const r of got) {
    assert.equal(r.err, '', r.where);
    assert.equal(r.out, expected, r.where);
    assert.equal(r.exitCode, 0, r.where);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

// Session 7 moved modules a typical asyncio program does not import (colorsys, base64,
// uuid, urllib.parse, logging.config, random's extra distributions, sys's rarely used
// attributes...) from the everyday part to taskscope-lib-more.bin: a program using
// them reads both parts, in the worker as on the main thread.
const MOVED_SOURCE = `import asyncio, colorsys, base64, hmac, shlex, html, array, graphlib, uuid, random, sys
import urllib.parse, logging.config, platform, errno, fnmatch, secrets

async def main():
    await asyncio.sleep(0.01)
    print(colorsys.rgb_to_hsv(0.2, 0.4, 0.4), base64.b64encode(b"taskscope"), shlex.split("a 'b c'"))
    print(hmac.new(b"k", b"msg", "sha256").hexdigest()[:16], html.escape("<&>"), array.array("i", [1, 2]).tolist())
    print(list(graphlib.TopologicalSorter({"b": {"a"}}).static_order()), uuid.UUID(int=1))
    random.seed(7)
    print(urllib.parse.urljoin("http://a/b/c", "../d"), round(random.gammavariate(2.0, 1.0), 6))
    print(sys.float_info.max, errno.ENOENT, fnmatch.fnmatch("a.py", "*.py"), secrets.compare_digest("a", "a"))

asyncio.run(main())
`;

test('modules of the second part import in the engine worker and on the main thread', { skip: ENGINE_SKIP }, async () => {
  const expected = execFileSync('python3', ['-c', MOVED_SOURCE], { encoding: 'utf8' });
  const { page, context, errors } = await newPage(browser);
  await page.goto(`${server.url}/`);
  const got = await page.evaluate(async (source) => {
    const engine = await import('/dist/taskscope.mjs');
    const ts = await engine.createTaskscope({ warmUp: false });
    let out = ''; let err = '';
    const run = ts.run(source, { clock: 'virtual', onStdout: (t) => { out += t; }, onStderr: (t) => { err += t; } });
    const { exitCode } = await run.done;
    ts.close();
    const results = [{ where: 'worker', out, err, exitCode }];
    out = ''; err = '';
    const post = (msg) => {
      if (msg.type !== 'batch') return;
      for (const [fd, text] of msg.items) { if (fd === 1) out += text; else if (fd === 2) err += text; }
    };
    const code = await engine.runOnFreshInstance(await engine.compileEngine(),
      { id: 2, source, filename: 'main.py', clock: 'virtual' }, post);
    results.push({ where: 'main thread', out, err, exitCode: code });
    return results;
  }, MOVED_SOURCE);
  for (const r of got) {
    assert.equal(r.err, '', r.where);
    assert.equal(r.out, expected, r.where);
    assert.equal(r.exitCode, 0, r.where);
  }
  assert.deepEqual(errors, []);
  await context.close();
});
