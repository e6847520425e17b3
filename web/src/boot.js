// The first script of the page (index.html loads it async, ahead of the editor): starts
// preparing the engine while the page loads, so that a Run pressed as soon as the
// editor is up does not wait for the engine's module, the .wasm's compile or the
// worker's start (docs/performance.md, "Web"). What it starts is shared with the page
// through engine.js (one engine per page).
import { loadEngine } from './engine.js';

loadEngine().catch(() => { /* the page says so on Run (engine.js) */ });
