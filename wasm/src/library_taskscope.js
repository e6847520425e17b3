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
});
