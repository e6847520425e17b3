// runtime/aio/asyncify_imports.js — placeholders for the four "asyncify" imports that
// runtime/aio/switch_wasm.c declares. emcc's JS compiler wants every undefined symbol
// defined somewhere; Binaryen's Asyncify pass then replaces the imports with its own
// intrinsics, so these functions are never called. Link with --js-library.
mergeInto(LibraryManager.library, {
  start_unwind: function () { throw new Error('asyncify.start_unwind was not replaced'); },
  stop_unwind: function () { throw new Error('asyncify.stop_unwind was not replaced'); },
  start_rewind: function () { throw new Error('asyncify.start_rewind was not replaced'); },
  stop_rewind: function () { throw new Error('asyncify.stop_rewind was not replaced'); },
});
