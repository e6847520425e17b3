// The modules session 8 added to the library bundle's second part (stat, posixpath,
// tracemalloc, faulthandler, getpass, mimetypes, this; docs/interpreter.md) on the wasm
// engine: each is in taskscope-lib-more.bin, imports on first use and prints what
// python3 prints for the same program. The modules' own checks against CPython are in
// tests/lib/test_<name>.py; programs in tests/programs/mods8 run through corpus.test.mjs.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createTaskscope } from '../../wasm/dist/taskscope.mjs';
import { partModules } from './bundle_parts.mjs';

// python3 runs in a session of its own, without a controlling terminal: CPython's
// getpass reads a terminal when there is one (/dev/tty) and would wait there for a
// password when the suite runs in a terminal; the sandbox's engine has none either.
function cpython(source) {
  return execFileSync('setsid', ['-w', 'python3', '-c', source], { encoding: 'utf8' });
}

async function collect(ts, source) {
  let out = '';
  let err = '';
  const run = ts.run(source, { onStdout(t) { out += t; }, onStderr(t) { err += t; } });
  const result = await run.done;
  return { ...result, out, err };
}


let ts;
before(async () => { ts = await createTaskscope(); });
after(() => ts.close());

/** Checks that `source` prints on the wasm engine exactly what python3 prints (python3
 * -c names the program "<string>", the API "main.py"). */
async function likeCPython(source) {
  const r = await collect(ts, source);
  assert.equal(r.err, '');
  assert.equal(r.out, cpython(source).replaceAll('"<string>"', '"main.py"'));
  assert.equal(r.exitCode, 0);
}

test('stat is in the second part and decodes modes as CPython', async () => {
  assert.ok(partModules('taskscope-lib-more.bin').includes('stat'));
  await likeCPython(`import stat
print(stat.filemode(stat.S_IFDIR | 0o1777), stat.S_IMODE(0o104755), stat.S_ISREG(0o100644))
try:
    stat.S_ISDIR(2 ** 32)
except OverflowError as e:
    print(e)
`);
});

test('posixpath is os.path, in the everyday part with os (which imports it)', async () => {
  assert.ok(partModules('taskscope-lib.bin').includes('posixpath'));
  assert.ok(!partModules('taskscope-lib-more.bin').includes('posixpath'));
  await likeCPython(`import os, posixpath, os.path
print(os.path is posixpath, os.path.__name__, posixpath.join("/a", "b", b"c".decode()))
print(posixpath.relpath("/a/b/c", "/a/x"), posixpath.normpath(b"//a/./b/../c"), posixpath.realpath("//x/../y"))
try:
    posixpath.join("a", 1)
except TypeError as e:
    print(e)
`);
});

test('tracemalloc: the allocator\'s figures, and where a never-awaited coroutine was made', async () => {
  assert.ok(partModules('taskscope-lib-more.bin').includes('tracemalloc'));
  await likeCPython(`import tracemalloc, io, sys
tracemalloc.start()
before = tracemalloc.get_traced_memory()[0]
data = list(range(100000))
current, peak = tracemalloc.get_traced_memory()
print(current - before > 300000, current <= peak)
del data
print(tracemalloc.get_traced_memory()[0] < current - 300000)
async def job():
    pass
def make():
    return job()
sys.stderr = io.StringIO()
make()
text, sys.stderr = sys.stderr.getvalue(), sys.__stderr__
print("Object allocated at" in text, [l.split(",")[-1] for l in text.splitlines() if "lineno" in l])
tracemalloc.stop()
print(tracemalloc.get_traced_memory(), tracemalloc.is_tracing())
`);
});

test('faulthandler: a dump lists the program\'s frames as CPython\'s does; the rest is recorded state', async () => {
  assert.ok(partModules('taskscope-lib-more.bin').includes('faulthandler'));
  // The dump runs in an atexit callback: CPython calls it from C, so the stack starts
  // there in both (python3 -c would add no frame of its own either way).
  await likeCPython(`import atexit, faulthandler, sys
def inner():
    faulthandler.dump_traceback(sys.stdout, False)
def outer():
    inner()
atexit.register(outer)
print(faulthandler.is_enabled(), faulthandler.enable(), faulthandler.is_enabled(), faulthandler.disable())
print(faulthandler.register(10), faulthandler.unregister(10), faulthandler.unregister(10))
try:
    faulthandler.dump_traceback_later(-1)
except ValueError as e:
    print(e)
`);
});

test('getpass: the user from the environment, a password read from sys.stdin', async () => {
  assert.ok(partModules('taskscope-lib-more.bin').includes('getpass'));
  await likeCPython(`import getpass, io, os, sys, warnings
for name in ("LOGNAME", "USER", "LNAME", "USERNAME"):
    os.environ.pop(name, None)
os.environ["LNAME"] = "lin"
print(getpass.getuser())
sys.stdin = io.StringIO("s3cret\\n")
out = io.StringIO()
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(repr(getpass.getpass("PIN? ", out)), repr(out.getvalue()), [str(w.message) for w in caught])
warnings.simplefilter("ignore")
try:
    getpass.getpass(stream=out)
except EOFError:
    print("EOFError")
`);
});

test('mimetypes: CPython\'s built-in tables both ways, add_type, a database of one\'s own', async () => {
  assert.ok(partModules('taskscope-lib-more.bin').includes('mimetypes'));
  // python3 is given no mime.types file either (the sandbox has none).
  await likeCPython(`import mimetypes, io
mimetypes.knownfiles = []
print(mimetypes.guess_type("a/b/Report.PDF"), mimetypes.guess_type("x.tar.xz"), mimetypes.guess_type("data:,hi"))
print(mimetypes.guess_extension("text/html"), mimetypes.guess_all_extensions("text/plain"), mimetypes.guess_type("a.xml"))
mimetypes.add_type("text/x-demo", ".demo", strict=False)
print(mimetypes.guess_type("a.demo"), mimetypes.guess_type("a.demo", strict=False), len(mimetypes.types_map))
db = mimetypes.MimeTypes()
db.readfp(io.StringIO("text/x-one one 1\\n"))
print(db.guess_all_extensions("text/x-one"), mimetypes.read_mime_types("/etc/none"))
`);
});

test('this: importing it prints the Zen of Python once, as CPython', async () => {
  assert.ok(partModules('taskscope-lib-more.bin').includes('this'));
  await likeCPython('import this\nimport this\nprint(len(this.s), this.d["g"], this.c, this.i)\n');
});
