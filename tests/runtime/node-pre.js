// The test binary is test-runtime.cjs: package.json says "type": "module".
// Node 20's fetch cannot load a file path, so hand the loader the binary ourselves.
Module['wasmBinary'] = require('fs').readFileSync(require('path').join(__dirname, 'test-runtime.wasm'));
