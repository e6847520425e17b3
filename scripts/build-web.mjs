// Bundles the playground page and the embed widget with esbuild into web/dist/:
//   web/dist/app.js, app.css   the page (web/index.html loads them)
//   web/dist/embed-widget.js   the embed widget (web/embed.js loads it)
// CodeMirror comes from node_modules, so the result needs no CDN and works offline
// from any static host. web/dist/ sits beside the engine's files once deployed
// (the server merges web/dist and wasm/dist at /dist/), so names must not clash with
// taskscope.mjs and its worker. `--watch` rebuilds on change; `--dev` skips minifying.
import * as esbuild from 'esbuild';
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
  { ...common, entryPoints: { app: 'web/src/app.js' }, outdir: 'web/dist' },
  { ...common, entryPoints: { app: 'web/src/page.css' }, outdir: 'web/dist', loader: { '.css': 'css' } },
  // The widget puts its styles in each example's shadow root, so it takes them as text.
  { ...common, entryPoints: { 'embed-widget': 'web/src/embed-widget.js' }, outdir: 'web/dist', loader: { '.py': 'text', '.css': 'text' } },
];

if (watch) {
  for (const b of builds) await (await esbuild.context(b)).watch();
  console.log('build-web: watching web/src');
} else {
  const t0 = Date.now();
  await Promise.all(builds.map((b) => esbuild.build(b)));
  console.log(`build-web: web/dist built in ${Date.now() - t0} ms`);
}
