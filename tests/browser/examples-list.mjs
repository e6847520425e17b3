// The gallery's example ids, read from web/src/examples.js's imports (one .py per id),
// so the engine tests cover every example the page offers.
import fs from 'node:fs';
import path from 'node:path';
import { root } from './harness.mjs';

const src = fs.readFileSync(path.join(root, 'web/src/examples.js'), 'utf8');
export const EXAMPLE_IDS = [...src.matchAll(/\{ id: '([a-z_]+)'/g)].map((m) => m[1]);
