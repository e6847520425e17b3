// Shared setup of the browser tests: a static server on a free port (the project's own
// scripts/serve.mjs), Debian's Chromium through playwright-core, console-error capture.
import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const resultsDir = path.join(root, 'test-results');
export const fixturesDir = path.join(root, 'tests/browser/fixtures');
export const engineBuilt = fs.existsSync(path.join(root, 'wasm/dist/taskscope.mjs'));
/** Why engine tests skip; node --test prints it next to each skipped test. */
// `make test` builds the engine first and sets TASKSCOPE_REQUIRE_ENGINE: there a
// missing engine is a failure, never a skip. Run by hand without it, the engine tests
// skip and say why.
if (!engineBuilt && process.env.TASKSCOPE_REQUIRE_ENGINE) {
  throw new Error('engine not built: wasm/dist/taskscope.mjs is missing (make wasm)');
}
export const ENGINE_SKIP = engineBuilt ? false : 'SKIPPED: engine not built (wasm/dist/taskscope.mjs is missing; run `make wasm`)';

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => { const { port } = srv.address(); srv.close(() => resolve(port)); });
    srv.on('error', reject);
  });
}

/** Starts scripts/serve.mjs; returns {url, close}. */
export async function startServer() {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(root, 'scripts/serve.mjs'), '--port', String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((resolve, reject) => {
    child.stdout.on('data', (d) => { if (String(d).includes('http://')) resolve(); });
    child.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  return { url: `http://127.0.0.1:${port}`, close: () => child.kill() };
}

export async function launch() {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--no-first-run'],
  });
}

/**
 * A new page that records console errors, page errors and dialogs (an injected
 * `alert` would show up as a dialog).
 */
export async function newPage(browser, opts = {}) {
  const context = await browser.newContext({ viewport: opts.viewport ?? { width: 1366, height: 900 }, colorScheme: opts.colorScheme ?? 'light' });
  const page = await context.newPage();
  const errors = [];
  const dialogs = [];
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    // Without the engine, the page's attempt to prepare it at load (and the preloads of
    // its files) fail with a 404 (it says so on Run): not an error of the page.
    if (!engineBuilt && /Failed to load resource/.test(msg.text()) && /taskscope(-worker)?\.(mjs|wasm)/.test(msg.location().url || '')) return;
    errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(String(err)));
  page.on('dialog', async (d) => { dialogs.push(d.message()); await d.dismiss(); });
  return { page, context, errors, dialogs };
}

/** newPage, then the playground at `query` once it is wired (`data-ready`). */
export async function openPlayground(browser, server, query = '', opts = {}) {
  const p = await newPage(browser, opts);
  await p.page.goto(`${server.url}/${query}`);
  await p.page.waitForSelector('body[data-ready="true"]');
  return p;
}

export function fixture(name) {
  return JSON.parse(fs.readFileSync(path.join(fixturesDir, `${name}.json`), 'utf8'));
}

/** The stdout a fixture's program wrote under CPython. */
export function fixtureStdout(name) {
  return fixture(name).events.filter((e) => e.kind === 'output' && e.stream === 'stdout').map((e) => e.text).join('');
}

export function shot(name) {
  fs.mkdirSync(resultsDir, { recursive: true });
  return path.join(resultsDir, name);
}
