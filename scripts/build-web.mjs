// Bundles the playground page and the embed widget with esbuild into web/dist/:
//   web/dist/app.js, app.css   the page (web/index.html loads them); app.js is the
//                              editor; it imports editor-core.js and shared-*.js (code
//                              it shares with the chunks below, which index.html
//                              preloads) and loads workbench.js (console, timeline,
//                              toolbar …) and the Python language in stages
//                              (lang-*.js, python-lang.js) once the editor is up
//   web/dist/embed-widget.js   the embed widget (web/embed.js loads it)
// CodeMirror comes from node_modules, so the result needs no CDN and works offline
// from any static host. web/dist/ sits beside the engine's files once deployed
// (the server merges web/dist and wasm/dist at /dist/), so names must not clash with
// taskscope.mjs and its worker. `--watch` rebuilds on change; `--dev` skips minifying.
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dev = process.argv.includes('--dev');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  format: 'esm',
  target: ['chrome105', 'firefox110', 'safari16'],
  minify: !dev,
  sourcemap: dev ? 'inline' : false,
  legalComments: 'none',
  loader: { '.py': 'text' },
  logLevel: 'warning',
  absWorkingDir: root,
};

const builds = [
  // Code splitting: the editor comes first, the rest in chunks loaded right after it
  // (docs/performance.md, "Web"). The chunks' names are stable (stableChunkNames), so
  // that index.html can preload what app.js imports; none clashes with the engine's.
  // The editor's language comes in stages (web/src/editor.js), each an entry, so that
  // each is a module evaluation of its own.
  { ...common, entryPoints: { app: 'web/src/app.js', workbench: 'web/src/workbench.js', 'lang-base': 'web/src/lang-base.js',
    'lang-editing': 'web/src/lang-editing.js', 'lang-lr': 'web/src/lang-lr.js', 'lang-grammar': 'web/src/lang-grammar.js',
    'python-lang': 'web/src/python-lang.js' },
    outdir: 'web/dist', splitting: true, chunkNames: 'chunk-[hash]', write: false, metafile: true },
  { ...common, entryPoints: { app: 'web/src/page.css' }, outdir: 'web/dist', loader: { '.css': 'css' } },
  // The widget puts its styles in each example's shadow root, so it takes them as text.
  { ...common, entryPoints: { 'embed-widget': 'web/src/embed-widget.js' }, outdir: 'web/dist', loader: { '.py': 'text', '.css': 'text' } },
];

/**
 * Renames the shared chunks esbuild names by hash: the one holding CodeMirror's view
 * becomes editor-core.js, the others shared-<first page module>.js. Returns the files
 * with the import specifiers rewritten.
 */
function stableChunkNames(result) {
  const rename = new Map();
  for (const [file, out] of Object.entries(result.metafile.outputs)) {
    const base = path.basename(file);
    if (out.entryPoint || !base.startsWith('chunk-') || !base.endsWith('.js')) continue;
    const inputs = Object.keys(out.inputs);
    const page = inputs.find((i) => i.startsWith('web/src/'));
    const name = inputs.some((i) => i.includes('node_modules/@codemirror/view/')) ? 'editor-core.js'
      : page ? `shared-${path.basename(page)}` : base;
    if ([...rename.values()].includes(name)) throw new Error(`build-web: two chunks would be named ${name}`);
    rename.set(base, name);
  }
  return result.outputFiles.map((f) => {
    let text = f.text;
    for (const [from, to] of rename) text = text.split(`"./${from}"`).join(`"./${to}"`);
    const base = path.basename(f.path);
    return { path: path.join(path.dirname(f.path), rename.get(base) ?? base), text };
  });
}

/**
 * Every file index.html preloads from dist/ must exist after the build (a chunk esbuild
 * stopped making would be a 404 on every load); the engine's files come from wasm/dist.
 */
function checkPreloads() {
  const html = fs.readFileSync(path.join(root, 'web/index.html'), 'utf8');
  for (const [, name] of html.matchAll(/rel="(?:module)?preload" href="dist\/([^"]+)"/g)) {
    if (/^taskscope/.test(name)) continue;
    if (!fs.existsSync(path.join(root, 'web/dist', name))) throw new Error(`build-web: web/index.html preloads dist/${name}, which the build did not make`);
  }
}

async function buildAll() {
  fs.mkdirSync(path.join(root, 'web/dist'), { recursive: true });
  for (const old of fs.readdirSync(path.join(root, 'web/dist'))) {
    // Chunks are renamed between builds; boot.js was an entry of older builds.
    if (/^(chunk-|shared-|editor-core|boot\.js$)/.test(old)) fs.rmSync(path.join(root, 'web/dist', old));
  }
  await Promise.all(builds.map(async (b) => {
    const result = await esbuild.build(b);
    if (b.write === false) for (const f of stableChunkNames(result)) fs.writeFileSync(f.path, f.text);
  }));
  checkPreloads();
}

if (watch) {
  // Rebuilds everything on a change (a second or so), which keeps the chunk renaming in
  // one place.
  let busy = false;
  const again = () => { if (busy) return; busy = true; buildAll().catch((e) => console.error(e.message)).finally(() => { busy = false; }); };
  await buildAll();
  fs.watch(path.join(root, 'web/src'), again);
  fs.watch(path.join(root, 'web/examples'), again);
  console.log('build-web: watching web/src');
} else {
  const t0 = Date.now();
  await buildAll();
  console.log(`build-web: web/dist built in ${Date.now() - t0} ms`);
}
