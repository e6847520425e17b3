// Modules Taskscope does not have, or cannot have in a sandbox, raise what CPython
// raises for a module it cannot find (ModuleNotFoundError, with e.name) and say why in
// the message (docs/interpreter.md, "The standard library we ship"). Every such module
// of runtime/lib is found here by its text, so a new one is checked without a list.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTaskscope } from '../../wasm/dist/taskscope.mjs';

const lib = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../runtime/lib');

/** Dotted names of the runtime/lib modules whose whole job is to raise ModuleNotFoundError. */
function unshippedModules() {
  const names = [];
  const walk = (dir, prefix) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file, `${prefix}${entry.name}.`);
      else if (entry.name.endsWith('.py') && /^raise ModuleNotFoundError\(/m.test(fs.readFileSync(file, 'utf8'))) {
        const stem = entry.name.slice(0, -3);
        names.push(stem === '__init__' ? prefix.slice(0, -1) : prefix + stem);
      }
    }
  };
  walk(lib, '');
  return names.sort();
}

let ts;
before(async () => { ts = await createTaskscope(); });
after(() => ts.close());

test('each module we do not ship raises ModuleNotFoundError naming it and saying why', async () => {
  const names = unshippedModules();
  assert.ok(names.includes('pdb') && names.includes('socket'), names.join(' '));
  const program = [
    'import importlib',
    `for name in ${JSON.stringify(names)}:`,
    '    try:',
    '        importlib.import_module(name)',
    '    except ModuleNotFoundError as e:',
    '        print(name, e.name, str(e).startswith(f"No module named {name!r} (") and str(e).endswith(")"))',
    '    else:',
    '        print(name, "imported")',
  ].join('\n') + '\n';
  let out = '';
  let err = '';
  const r = await ts.run(program, { onStdout(t) { out += t; }, onStderr(t) { err += t; } }).done;
  assert.equal(r.exitCode, 0, err);
  assert.equal(out, names.map((n) => `${n} ${n} True\n`).join(''));
});

test('an uncaught one ends the program as a missing module does, and the next run is clean', async () => {
  let err = '';
  const r = await ts.run('import pdb\n', { onStderr(t) { err += t; } }).done;
  assert.equal(r.exitCode, 1);
  assert.match(err, /\nModuleNotFoundError: No module named 'pdb' \(Taskscope has no debugger[^\n]*\)\n$/);
  let out = '';
  assert.equal((await ts.run('print("next")\n', { onStdout(t) { out += t; } }).done).exitCode, 0);
  assert.equal(out, 'next\n');
});
