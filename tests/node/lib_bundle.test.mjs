// The library bundle (docs/engine.md, "The library bundle"): the modules `import
// asyncio` does not load live in wasm/dist/taskscope-lib.bin (everyday modules),
// taskscope-lib-more.bin (the big tools) and taskscope-lib-unicode.bin (unicodedata),
// each read synchronously from the host on the first import of one of its modules. Imports of bundled modules through the API and
// the CLI, one read per worker for many runs, a missing or foreign bundle (a clear
// ModuleNotFoundError, and the engine stays usable), and the lines tracebacks quote from
// library frames. Expected outputs come from python3.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createTaskscope } from '../../wasm/dist/taskscope.mjs';
import { partModules } from './bundle_parts.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dist = path.join(repo, 'wasm/dist');
const BUNDLE = 'taskscope-lib.bin';
const BUNDLE_MORE = 'taskscope-lib-more.bin';
const BUNDLE_UNICODE = 'taskscope-lib-unicode.bin';

// Modules from all over the bundle, used a little each.
const USES_BUNDLE = `import asyncio, json, re, datetime, enum, dataclasses, collections, functools
import textwrap, fractions, statistics, string, itertools

class Color(enum.Enum):
    RED = 1

@dataclasses.dataclass
class Point:
    x: int
    y: int = 2

async def main():
    await asyncio.sleep(0.01)
    print(json.dumps({"a": [1, 2.5, None]}, sort_keys=True))
    print(re.sub(r"(\\w+)@", r"<\\1>", "joe@ ann@"), datetime.date(2024, 2, 29) + datetime.timedelta(days=1))
    print(Color.RED, Point(1), collections.Counter("abca").most_common(1))
    print(fractions.Fraction(3, 6), statistics.mean([1, 2, 4]), textwrap.shorten("a b c d e f", 7))

asyncio.run(main())
`;

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

/** A copy of wasm/dist in a temporary folder, without the file `leaveOut` (the first part unless told). */
function copyDist(withBundle, leaveOut = BUNDLE) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'taskscope-lib-'));
  for (const f of fs.readdirSync(dist)) {
    if (f === leaveOut && !withBundle) continue;
    fs.copyFileSync(path.join(dist, f), path.join(dir, f));
  }
  return dir;
}

/** createTaskscope of the engine copied to dir (a module of its own: its own bundle cache). */
async function engineIn(dir) {
  const mod = await import(pathToFileURL(path.join(dir, 'taskscope.mjs')).href);
  return mod.createTaskscope();
}

let ts;
before(async () => { ts = await createTaskscope(); });
after(() => ts.close());

test('the bundle exists and the .wasm does not embed its modules', () => {
  const bytes = fs.readFileSync(path.join(dist, BUNDLE));
  assert.equal(bytes.subarray(0, 5).toString('latin1'), 'TSLIB');
  assert.ok(bytes.includes(Buffer.from('json\0')), 'json is in the bundle');
  const wasm = fs.readFileSync(path.join(dist, 'taskscope.wasm'));
  assert.ok(!wasm.includes(Buffer.from('def dumps(')), 'json.py is not embedded in the .wasm');
  assert.ok(wasm.includes(Buffer.from('def gather(')), 'asyncio is embedded in the .wasm');
});


/**
 * Imports every one of `modules` on an engine whose dist lacks the part `missing`, and
 * checks none of them reached for it (some raise on import by design: socket and ssl
 * have no sandbox access, importlib.metadata nothing installed). Then `check(own)` runs
 * on that engine.
 */
async function importsWithout(missing, modules, check) {
  const dir = copyDist(false, missing);
  const own = await engineIn(dir);
  try {
    const src = `for name in ${JSON.stringify(modules)}:
    try:
        __import__(name)
    except ImportError as e:
        print(name, e)
print("done")
`;
    const r = await collect(own, src);
    assert.equal(r.err, '');
    assert.ok(r.out.endsWith('done\n'), r.out);
    assert.ok(!r.out.includes(missing), r.out);
    await check(own);
  } finally {
    own.close();
    fs.rmSync(dir, { recursive: true });
  }
}

test('the everyday part never needs the other: its modules import without taskscope-lib-more.bin', async () => {
  const everyday = partModules(BUNDLE);
  const more = partModules(BUNDLE_MORE);
  assert.ok(everyday.includes('json') && everyday.includes('re') && everyday.includes('datetime'), everyday.join(' '));
  assert.ok(more.includes('unittest') && more.includes('argparse') && more.includes('decimal'), more.join(' '));
  await importsWithout(BUNDLE_MORE, everyday, async (own) => {
    const tool = await collect(own, 'import unittest\n');
    assert.match(tool.err, /ModuleNotFoundError: No module named 'unittest': the library bundle \(taskscope-lib-more\.bin\) could not be loaded: cannot read file:\S*taskscope-lib-more\.bin: ENOENT/);
    const json = await collect(own, 'import json\nprint(json.dumps([3]))\n');
    assert.deepEqual([json.out, json.err], ['[3]\n', '']);
  });
});

test('the big tools never need unicodedata: the second part imports without taskscope-lib-unicode.bin', async () => {
  const more = partModules(BUNDLE_MORE);
  const unicode = partModules(BUNDLE_UNICODE);
  assert.deepEqual(unicode.filter((m) => !m.startsWith('_')), ['unicodedata']);
  assert.ok(!more.includes('unicodedata') && !partModules(BUNDLE).includes('unicodedata'));
  await importsWithout(BUNDLE_UNICODE, more, async (own) => {
    const ud = await collect(own, 'import unicodedata\n');
    assert.match(ud.err, /ModuleNotFoundError: No module named 'unicodedata': the library bundle \(taskscope-lib-unicode\.bin\) could not be loaded/);
  });
});

test('API: unicodedata comes from its own part, names and all', async () => {
  const src = 'import unicodedata as u\nprint(u.name("é"), u.category("٣"), u.lookup("SNOWMAN"), u.normalize("NFD", "é").encode())\n';
  const r = await collect(ts, src);
  assert.equal(r.err, '');
  assert.equal(r.out, cpython(src));
});

test('API: the other part (unittest, argparse, decimal) imports on first use', async () => {
  const src = 'from decimal import Decimal\nimport argparse, unittest\nprint(Decimal("1.10") + 1, argparse.Namespace(a=1), unittest.TestCase.__name__)\n';
  const r = await collect(ts, src);
  assert.equal(r.err, '');
  assert.equal(r.out, cpython(src));
});

// Session 7: modules a typical asyncio program does not import left the everyday part
// for the second one (the Makefile's LIB_MORE_MODULES), which a program that uses one
// reads on first import.
const MOVED = ['logging.config', 'colorsys', '_random_extra', '_sysinfo', 'html', 'html.entities',
  'shlex', 'base64', 'binascii', 'hmac', 'secrets', 'array', 'graphlib', 'timeit', 'locale',
  'platform', 'tempfile', 'glob', 'fnmatch', 'uuid', 'errno', 'urllib', 'urllib.parse'];
const KEPT = ['json', 're', 'datetime', 'enum', 'dataclasses', 'typing', 'logging', 'collections',
  'functools', 'contextlib', 'statistics', 'textwrap', 'threading', 'concurrent.futures', 'queue',
  'inspect', 'pprint', 'traceback', 'struct', 'hashlib', '_types_extra'];
const USES_MOVED = `import asyncio, colorsys, base64, binascii, hmac, shlex, html, array, graphlib, uuid, random, sys
import urllib.parse, logging.config, platform, locale, errno, fnmatch, glob, tempfile, timeit, secrets

async def main():
    await asyncio.sleep(0.01)
    print(colorsys.rgb_to_hsv(0.2, 0.4, 0.4), base64.b64encode(b"taskscope"), binascii.hexlify(b"\\x01\\xff"))
    print(hmac.new(b"k", b"msg", "sha256").hexdigest()[:16], shlex.split("a 'b c' d"), html.escape("<&>"))
    print(array.array("i", [1, 2, 3]).tolist(), list(graphlib.TopologicalSorter({"b": {"a"}}).static_order()))
    print(uuid.UUID("12345678123456781234567812345678"), urllib.parse.urljoin("http://a/b/c", "../d"))
    random.seed(7)
    print(round(random.gammavariate(2.0, 1.0), 6), sys.float_info.max, errno.ENOENT, fnmatch.fnmatch("a.py", "*.py"))
    print(secrets.compare_digest("a", "a"), callable(logging.config.dictConfig), callable(timeit.timeit))

asyncio.run(main())
`;

test('the rarely used modules are in the second part and import on first use', async () => {
  const everyday = partModules(BUNDLE);
  const more = partModules(BUNDLE_MORE);
  for (const name of MOVED) assert.ok(more.includes(name) && !everyday.includes(name), name);
  // Kept: in the everyday part, or embedded in the .wasm because import asyncio loads it.
  for (const name of KEPT) assert.ok(!more.includes(name), name);
  const r = await collect(ts, USES_MOVED);
  assert.equal(r.err, '');
  assert.equal(r.out, cpython(USES_MOVED));
});

test('a traceback the library prints (an exception never retrieved, logging.exception) needs only the everyday part', async () => {
  const src = `import asyncio, logging, traceback
logging.basicConfig(format="%(levelname)s %(message)s")

async def fails():
    raise ValueError("boom")

async def main():
    asyncio.get_running_loop().create_task(fails())
    await asyncio.sleep(0.1)
    try:
        1 / 0
    except ZeroDivisionError:
        logging.exception("caught")
        print(traceback.format_exc().splitlines()[-1])

asyncio.run(main())
`;
  const dir = copyDist(false, BUNDLE_MORE);
  const own = await engineIn(dir);
  try {
    const r = await collect(own, src);
    const expected = spawnSync('python3', ['-c', src], { encoding: 'utf8' });
    assert.equal(r.out, expected.stdout);
    assert.ok(!r.err.includes('taskscope-lib-more'), r.err);
    assert.match(r.err, /ERROR caught\n/);
    assert.match(r.err, /ValueError: boom\n/);
  } finally {
    own.close();
    fs.rmSync(dir, { recursive: true });
  }
});

test('API: bundled modules import and work, on both clocks', async () => {
  const expected = cpython(USES_BUNDLE);
  for (const clock of ['virtual', 'real']) {
    const r = await collect(ts, USES_BUNDLE, { clock });
    assert.equal(r.err, '', clock);
    assert.equal(r.out, expected, clock);
    assert.equal(r.exitCode, 0, clock);
  }
});

test('API: a module missing everywhere is a plain ModuleNotFoundError, as in CPython', async () => {
  const src = 'try:\n    import numpy\nexcept ImportError as e:\n    print(type(e).__name__, e, e.name)\nfrom json import nope\n';
  const r = await collect(ts, src);
  assert.equal(r.out, "ModuleNotFoundError No module named 'numpy' numpy\n");
  assert.match(r.err, /ImportError: cannot import name 'nope' from 'json' \(<frozen json>\)\n$/);
});

test('CLI: a bundled module imports (wasm/cli.mjs)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'taskscope-cli-'));
  fs.writeFileSync(path.join(dir, 'p.py'), USES_BUNDLE);
  const r = spawnSync(process.execPath, [path.join(repo, 'wasm/cli.mjs'), 'p.py'], { cwd: dir, encoding: 'utf8' });
  assert.equal(r.stderr, '');
  assert.equal(r.stdout, cpython(USES_BUNDLE));
  assert.equal(r.status, 0);
  fs.rmSync(dir, { recursive: true });
});

test('many runs in one instance read the bundle once', async () => {
  const dir = copyDist(true);
  const own = await engineIn(dir);
  try {
    const first = await collect(own, 'import json\nprint(json.dumps([1]))\n');
    assert.equal(first.out, '[1]\n');
    // The file is gone: the runs that follow can only use the bytes the worker kept.
    fs.rmSync(path.join(dir, BUNDLE));
    for (let i = 0; i < 20; i++) {
      const r = await collect(own, `import json, re\nprint(json.dumps({"i": ${i}}), re.match("a+", "aab").group())\n`);
      assert.equal(r.err, '');
      assert.equal(r.out, `{"i": ${i}} aa\n`);
    }
  } finally {
    own.close();
    fs.rmSync(dir, { recursive: true });
  }
});

test('a missing bundle: ModuleNotFoundError with the reason; asyncio runs; the next run finds it again', async () => {
  const dir = copyDist(false);
  const own = await engineIn(dir);
  try {
    const r = await collect(own, 'import asyncio\nprint("before")\nimport json\n');
    assert.equal(r.exitCode, 1);
    assert.equal(r.out, 'before\n');
    assert.match(r.err, /ModuleNotFoundError: No module named 'json': the library bundle \(taskscope-lib\.bin\) could not be loaded: cannot read file:\S*taskscope-lib\.bin: ENOENT/);
    const caught = await collect(own, 'try:\n    import json\nexcept ImportError as e:\n    print(type(e).__name__, e.name)\n');
    assert.equal(caught.out, 'ModuleNotFoundError json\n');
    const plain = await collect(own, 'import asyncio\nasync def main():\n    await asyncio.sleep(1)\n    print("ok")\nasyncio.run(main())\n');
    assert.deepEqual([plain.out, plain.err, plain.exitCode], ['ok\n', '', 0]);
    // Not found is not remembered: with the file back, the next run imports it.
    fs.copyFileSync(path.join(dist, BUNDLE), path.join(dir, BUNDLE));
    const back = await collect(own, 'import json\nprint(json.loads("[2]"))\n');
    assert.deepEqual([back.out, back.err, back.exitCode], ['[2]\n', '', 0]);
  } finally {
    own.close();
    fs.rmSync(dir, { recursive: true });
  }
});

test('a bundle of another build, not a bundle, a truncated bundle: refused with the reason', async () => {
  const dir = copyDist(true);
  const file = path.join(dir, BUNDLE);
  const bytes = fs.readFileSync(file);
  bytes[8] ^= 0xff; // the stamp
  fs.writeFileSync(file, bytes);
  const own = await engineIn(dir);
  try {
    const r = await collect(own, 'import json\n');
    assert.match(r.err, /No module named 'json': the library bundle \(taskscope-lib\.bin\) could not be loaded: it belongs to another build of the engine/);
    fs.writeFileSync(file, 'not a bundle at all');
    // The bytes that were read are not kept after a failure: the new file is read.
    const r2 = await collect(own, 'import re\n');
    assert.match(r2.err, /No module named 're': .* it is not a Taskscope library bundle\n$/);
    // Its own header, cut short: every record is checked against the bytes left.
    bytes[8] ^= 0xff;
    fs.writeFileSync(file, bytes.subarray(0, bytes.length >> 1));
    const r3 = await collect(own, 'import json\n');
    assert.match(r3.err, /No module named 'json': .* the file is truncated\n$/);
    fs.copyFileSync(path.join(dist, BUNDLE), file);
    const r4 = await collect(own, 'import json\nprint(json.dumps(1))\n');
    assert.deepEqual([r4.out, r4.err], ['1\n', '']);
  } finally {
    own.close();
    fs.rmSync(dir, { recursive: true });
  }
});

test('tracebacks through library frames quote the lines of runtime/lib (embedded and bundled)', async () => {
  const src = `import asyncio, json
async def main():
    json.loads('{"a": 1,')
asyncio.run(main())
`;
  const r = await collect(ts, src, { filename: 'tb.py' });
  assert.equal(r.exitCode, 1);
  const frames = [...r.err.matchAll(/File "<frozen ([\w.]+)>", line (\d+), in \S+\n {4}(.*)\n/g)];
  const modules = new Set(frames.map((m) => m[1]));
  assert.ok(modules.has('asyncio.runners') && modules.has('json'), [...modules].join(' '));
  for (const [, mod, line, text] of frames) {
    let file = path.join(repo, 'runtime/lib', ...mod.split('.'));
    file = fs.existsSync(file) ? path.join(file, '__init__.py') : `${file}.py`;
    const lines = fs.readFileSync(file, 'utf8').split('\n');
    assert.equal(text, lines[Number(line) - 1].trim(), `${mod} line ${line}`);
  }
  assert.match(r.err, /json\.decoder\.JSONDecodeError|JSONDecodeError/);
  // As the native CLI prints it (carets included).
  const native = path.join(repo, 'build/rel/taskscope');
  if (fs.existsSync(native)) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'taskscope-tb-'));
    fs.writeFileSync(path.join(dir, 'tb.py'), src);
    const n = spawnSync(native, ['tb.py'], { cwd: dir, encoding: 'utf8' });
    assert.equal(r.err, n.stderr);
    fs.rmSync(dir, { recursive: true });
  }
});
