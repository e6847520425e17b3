// scripts/embed_pylib.mjs — embeds the text of runtime/lib/**/*.py into a C file (the
// table py__embedded_modules of runtime/py/frozen.h), so modules written in Python ship
// inside the binary. Node runs at build time; no Python is needed. Their compiled code
// is embedded beside it by tests/tools/freeze_pylib.c (docs/engine.md), which also
// moves the wasm engine's share of both into the library bundle; the text stays for
// the source lines tracebacks print.
//   node scripts/embed_pylib.mjs OUT.c runtime/lib
import fs from 'node:fs';
import path from 'node:path';

const [out, root] = process.argv.slice(2);
const files = [];
function walk(dir) {
  for (const name of fs.readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    if (fs.statSync(full).isDirectory()) walk(full);
    else if (name.endsWith('.py')) files.push(full);
  }
}
if (fs.existsSync(root)) walk(root);

// The text kept for tracebacks: every line that holds only a comment is emptied, and
// every docstring — any statement that is a lone string literal — loses its text but
// keeps its quotes and newlines, so every line keeps its number and every other line
// its text. The binaries run code compiled from the files themselves (docstrings
// included, tests/tools/freeze_pylib.c); this text is read for the lines tracebacks
// quote, which always hold code, and for their carets, and the freeze tool checks that
// it compiles to the same lines and columns. About 9 KB of the gzipped engine (comments
// 2 KB, docstrings the rest) and a fifth of the library bundle.
//
// A small scanner follows strings (quotes, triple quotes, prefixes, backslash escapes),
// brackets and backslash continuations, so that a `#` inside a string is kept and only a
// string that starts a logical line and ends it is taken for a docstring.
const WORD = /[A-Za-z0-9_\u0080-\uffff]/;
const DOC_PREFIXES = new Set(['', 'r', 'u', 'R', 'U']);
const STRING_PREFIXES = new Set(['', 'r', 'u', 'R', 'U', 'b', 'B', 'f', 'F', 'br', 'rb', 'fr', 'rf']);

// The index just after the string literal whose quote starts at i (the end of the
// line for an unterminated single-quoted one).
function stringEnd(text, i) {
  const q = text.startsWith(text[i].repeat(3), i) ? text[i].repeat(3) : text[i];
  for (let k = i + q.length; k < text.length; k++) {
    const c = text[k];
    if (c === '\\') { k++; continue; }
    if (c === '\n' && q.length === 1) return k;
    if (text.startsWith(q, k)) return k + q.length;
  }
  return text.length;
}

function forTracebacks(text) {
  let out = '';
  let lineBlank = true;   // the output line so far holds only blanks
  let depth = 0;          // open brackets
  let logicalStart = true; // no token yet on this logical line
  const emit = (s) => {
    out += s;
    const nl = s.lastIndexOf('\n');
    if (nl >= 0) lineBlank = s.slice(nl + 1).trim() === '';
    else if (s.trim() !== '') lineBlank = false;
  };
  for (let i = 0; i < text.length;) {
    const c = text[i];
    if (c === '\n') {
      emit(c);
      if (depth === 0) logicalStart = true;
      i++;
    } else if (c === '\\' && text[i + 1] === '\n') {
      emit('\\\n'); // a continued line: the logical line goes on
      i += 2;
    } else if (c === '#') {
      const end = text.indexOf('\n', i);
      const stop = end < 0 ? text.length : end;
      if (lineBlank) out = out.slice(0, out.lastIndexOf('\n') + 1); // a comment-only line
      else emit(text.slice(i, stop));
      i = stop;
    } else if (c === '"' || c === "'" || WORD.test(c)) {
      let j = i;
      while (j < text.length && WORD.test(text[j])) j++;
      const prefix = text.slice(i, j);
      if (j < text.length && (text[j] === '"' || text[j] === "'") && STRING_PREFIXES.has(prefix)) {
        const end = stringEnd(text, j);
        const rest = text.slice(end, (text.indexOf('\n', end) + 1 || text.length + 1) - 1);
        const alone = /^[ \t]*(#.*)?\r?$/.test(rest);
        if (logicalStart && depth === 0 && alone && DOC_PREFIXES.has(prefix)) {
          const q = text.startsWith(text[j].repeat(3), j) ? text[j].repeat(3) : text[j];
          const body = text.slice(j + q.length, end - q.length);
          // What is left: a "~" (which keeps the constant unlike any other of the
          // scope: one equal to it would share its slot and renumber the code's), the
          // newlines, and blanks where the last line had text, so that the closing quotes
          // stay in their column (a module's or class's docstring is stored by an
          // instruction whose end column is theirs; columns count UTF-8 bytes).
          const lines = body.split('\n');
          const last = Buffer.byteLength(lines[lines.length - 1], 'utf8');
          const kept = lines.length === 1 ? '~' + ' '.repeat(Math.max(0, last - 1))
            : '~' + (q.length === 3 ? '\n' : '\\\n').repeat(lines.length - 1) + ' '.repeat(last);
          emit(prefix + q + kept + q);
        } else {
          emit(text.slice(i, end));
        }
        i = end;
      } else {
        emit(text.slice(i, j));
        i = j;
      }
      logicalStart = false;
    } else {
      if ('([{'.includes(c)) depth++;
      else if (')]}'.includes(c)) depth = Math.max(0, depth - 1);
      emit(c);
      if (c !== ' ' && c !== '\t' && c !== '\f' && c !== '\r') logicalStart = false;
      i++;
    }
  }
  return out;
}

// A C string literal for arbitrary bytes, split into lines for readability.
function cString(buf) {
  let s = '"';
  for (const b of buf) {
    if (b === 0x5c) s += '\\\\';
    else if (b === 0x22) s += '\\"';
    else if (b === 0x0a) s += '\\n"\n    "';
    else if (b >= 0x20 && b < 0x7f && b !== 0x3f) s += String.fromCharCode(b);
    else s += '\\' + b.toString(8).padStart(3, '0');
  }
  return s + '"';
}

let c = '/* Generated by scripts/embed_pylib.mjs from runtime/lib — do not edit. */\n';
c += '#include "py/frozen.h"\n\n';
c += 'const py_embedded_module py__embedded_modules[] = {\n';
for (const f of files) {
  let rel = path.relative(root, f).replace(/\\/g, '/').replace(/\.py$/, '');
  let pkg = 0;
  if (rel.endsWith('/__init__')) { rel = rel.slice(0, -'/__init__'.length); pkg = 1; }
  const name = rel.split('/').join('.');
  const buf = Buffer.from(forTracebacks(fs.readFileSync(f, 'utf8')), 'utf8');
  c += `  {"${name}",\n    ${cString(buf)},\n    ${buf.length}, ${pkg}},\n`;
}
c += '  {NULL, NULL, 0, 0},\n};\n';
fs.mkdirSync(path.dirname(out), { recursive: true });
const old = fs.existsSync(out) ? fs.readFileSync(out, 'utf8') : null;
if (old !== c) fs.writeFileSync(out, c);
