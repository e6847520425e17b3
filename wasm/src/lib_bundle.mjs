// wasm/src/lib_bundle.mjs — the host side of the library bundle (docs/engine.md, "The
// library bundle"). wasm/build.mjs puts this file between Emscripten's glue and
// wasm/src/taskscope.mjs in wasm/dist/taskscope.mjs; the hook ts_js_lib_bundle of
// wasm/src/library_taskscope.js calls tsLibBundleBytes.
//
// The .wasm embeds only the modules `import asyncio` loads; the rest of runtime/lib is
// the bundle beside it, in three parts: taskscope-lib.bin (everyday modules: json, re,
// datetime, logging ...), taskscope-lib-more.bin (unittest, argparse, decimal, pickle
// ...) and taskscope-lib-unicode.bin (unicodedata's tables). The engine asks for a part, synchronously, in the middle of a run, on the first
// import of one of its modules, so it is read
// synchronously: fs.readFileSync in Node, a synchronous XMLHttpRequest in a browser
// (allowed in workers; on a page's main thread too, where only text responses are, so
// the bytes come through the x-user-defined charset). The bytes are kept for the life of
// the worker or process: every run gets a fresh instance, and each copies them into its
// own memory, but each file is read once. A failure is not kept: the run's import raises
// ModuleNotFoundError with the reason, and the next import tries again (bytes the
// engine refuses — another build's, truncated — are dropped through tsLibBundleRefused).

/* global XMLHttpRequest */

// The parts' files, by the part numbers of runtime/py/libbundle.h.
const LIB_BUNDLE_URLS = ['./taskscope-lib.bin', './taskscope-lib-more.bin', './taskscope-lib-unicode.bin']
  .map((name) => new URL(name, import.meta.url));
const libBundleParts = [];

// node:fs without an await (the read happens inside a synchronous wasm call).
// process.getBuiltinModule exists from Node 20.16; before it, the module is imported
// when this file loads, long before a program can import anything.
let nodeFs = null;
if (typeof process === 'object' && process.versions && process.versions.node && typeof window === 'undefined') {
  nodeFs = process.getBuiltinModule?.('node:fs') ?? null;
  if (!nodeFs) import('node:fs').then((m) => { nodeFs = m; }, () => {});
}

function readLibBundle(url) {
  if (url.protocol === 'file:') {
    if (!nodeFs) throw new Error('node:fs is not available yet');
    return new Uint8Array(nodeFs.readFileSync(url));
  }
  if (typeof XMLHttpRequest !== 'function') throw new Error(`this host cannot read ${url} synchronously`);
  const xhr = new XMLHttpRequest();
  xhr.open('GET', url.href, false);
  // A window's synchronous requests may not ask for binary responses.
  const binary = typeof window === 'undefined';
  if (binary) xhr.responseType = 'arraybuffer';
  else xhr.overrideMimeType('text/plain; charset=x-user-defined');
  xhr.send();
  if (xhr.status !== 200) throw new Error(`${url.href} answered HTTP ${xhr.status}`);
  if (binary) return new Uint8Array(xhr.response);
  const text = xhr.responseText;
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i) & 0xff;
  return bytes;
}

/**
 * The bytes of one part of the bundle, read on first use and then kept. Throws an Error
 * whose message says why the file cannot be had.
 * @param {number} part
 * @returns {Uint8Array}
 */
function tsLibBundleBytes(part) {
  const url = LIB_BUNDLE_URLS[part];
  if (!url) throw new Error(`the library bundle has no part ${part}`);
  if (!libBundleParts[part]) {
    try {
      libBundleParts[part] = readLibBundle(url);
    } catch (err) {
      throw new Error(`cannot read ${url.href}: ${err && err.message || err}`);
    }
  }
  return libBundleParts[part];
}

/** The engine refused a part's bytes (not a bundle of its build): it is read again next time. */
function tsLibBundleRefused(part) {
  libBundleParts[part] = null;
}
