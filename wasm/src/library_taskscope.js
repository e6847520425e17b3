// wasm/src/library_taskscope.js — the host side of wasm/engine.c's hooks (linked with
// --js-library). Each hook forwards to the object the JS API installs as Module.tsHost
// for the run (wasm/src/taskscope.mjs), which batches output and trace events together,
// in program order, before they leave the worker.
mergeInto(LibraryManager.library, {
  ts_js_write: function (fd, ptr, n) {
    Module['tsHost'].write(fd, HEAPU8.subarray(ptr, ptr + n));
  },
  ts_js_wall_clock: function () { return Date.now() / 1000; },
  ts_js_monotonic: function () { return performance.now() / 1000; },
  ts_js_sleep: function (secs) { Module['tsHost'].sleep(secs); },
  // One trace event (JSON text, n bytes) as the engine emits it.
  ts_js_trace: function (ptr, n) {
    Module['tsHost'].trace(HEAPU8.subarray(ptr, ptr + n));
  },
  // Asked by a run in the host's own thread whether to stop (wasm/engine.c host_poll).
  ts_js_poll: function () { return Module['tsHost'].poll(); },
  // The bytes of one part of the library bundle (wasm/lib_bundle.c), copied into a
  // buffer the engine then owns; on failure the reason goes into why. tsLibBundleBytes and
  // tsLibBundleRefused are defined in the same module (wasm/src/lib_bundle.mjs, put
  // beside this glue by wasm/build.mjs).
  ts_js_lib_bundle__deps: ['malloc'],
  ts_js_lib_bundle: function (part, dataPtr, nPtr, whyPtr, whyCap) {
    let bytes;
    try {
      bytes = tsLibBundleBytes(part); // eslint-disable-line no-undef
    } catch (err) {
      stringToUTF8(String(err && err.message || err), whyPtr, whyCap);
      return -1;
    }
    const p = _malloc(Math.max(bytes.length, 1));
    if (!p) {
      stringToUTF8('out of memory', whyPtr, whyCap);
      return -1;
    }
    HEAPU8.set(bytes, p);
    HEAPU32[dataPtr >> 2] = p;
    HEAPU32[nPtr >> 2] = bytes.length;
    return 0;
  },
  // The engine refused the bytes (another build's, truncated): read the file again next time.
  ts_js_lib_bundle_refused: function (part) {
    tsLibBundleRefused(part); // eslint-disable-line no-undef
  },
});
