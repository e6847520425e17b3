// Reading the library bundle's parts in wasm/dist (not a test file: the tests that
// check which part holds a module import it).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../wasm/dist');

/** The module names the bundle part `file` of wasm/dist holds (the layout of runtime/py/libbundle.h). */
export function partModules(file) {
  const bytes = fs.readFileSync(path.join(dist, file));
  const names = [];
  let at = 20;
  for (let i = bytes.readUInt32LE(16); i > 0; i--) {
    const [nameLen, , sourceLen, codeLen] = [0, 4, 8, 12].map((k) => bytes.readUInt32LE(at + k));
    names.push(bytes.toString('latin1', at + 16, at + 16 + nameLen));
    at += 16 + nameLen + 1 + sourceLen + codeLen;
  }
  return names;
}
