// The page and the embed widget running real programs on the WebAssembly engine.
// Every test here needs wasm/dist/taskscope.mjs; until `make wasm` has built it they
// are reported as SKIPPED with that reason (never silently passing).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { startServer, launch, newPage, openPlayground, fixture, fixtureStdout, shot, resultsDir, ENGINE_SKIP } from './harness.mjs';
import { EXAMPLE_IDS } from './examples-list.mjs';

if (ENGINE_SKIP) console.log(`# ${ENGINE_SKIP}`);

let server; let browser;
before(async () => { if (ENGINE_SKIP) return; server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });

const openPage = (query = '') => openPlayground(browser, server, query);

async function runAndWait(page, clock = 'virtual', timeout = 30000) {
  await page.check(`input[name="clock"][value="${clock}"]`);
  await page.click('#run');
  await page.waitForSelector('body[data-run-state="done"]', { timeout });
  // The timeline (and its task list) is redrawn on the next animation frame, not when
  // the run ends: wait for that frame to have happened.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

test('every gallery example runs (Instant) and prints what CPython prints, with the same tasks and outcomes', { skip: ENGINE_SKIP }, async () => {
  const { page, context, errors } = await openPage();
  for (const id of EXAMPLE_IDS) {
    await page.evaluate((x) => window.taskscope.loadExample(x), id);
    await runAndWait(page);
    const stdout = await page.evaluate(() => window.taskscope.session.console.text('stdout'));
    assert.equal(stdout, fixtureStdout(id), `${id}: stdout`);
    const got = await page.$$eval('#timeline .ts-tl-item', (lis) => lis.map((li) => `${li.dataset.name}:${li.dataset.outcome}`));
    const want = [];
    const doc = fixture(id);
    const byId = new Map();
    for (const ev of doc.events) {
      if (ev.kind === 'task_created') byId.set(ev.task, { name: ev.name, outcome: 'running' });
      if (ev.kind === 'task_done') byId.get(ev.task).outcome = ev.outcome;
    }
    for (const t of byId.values()) want.push(`${t.name}:${t.outcome}`);
    assert.deepEqual([...got].sort(), [...want].sort(), `${id}: lanes and outcomes`);
    // A run that takes no time (sleep(0) turns) is shown on the steps axis.
    if (id === 'cooperative') assert.equal(await page.getAttribute('#timeline button:has-text("Steps")', 'aria-pressed'), 'true', 'cooperative: steps axis');
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('Real time streams output while the run goes on; first output comes soon after Run', { skip: ENGINE_SKIP }, async () => {
  const { page, context } = await openPage('?example=tasks');
  await page.check('input[name="clock"][value="real"]');
  const t0 = Date.now();
  await page.click('#run');
  await page.waitForFunction(() => window.taskscope.session.console.text().includes('Coroutine 1 starts'));
  const firstOutput = Date.now() - t0;
  assert.notEqual(await page.getAttribute('body', 'data-run-state'), 'done', 'output arrived before the end of the run');
  await page.screenshot({ path: shot('engine-streaming.png'), fullPage: true });
  await page.waitForSelector('body[data-run-state="done"]', { timeout: 10000 });
  const elapsed = Date.now() - t0;
  assert.ok(elapsed >= 1900, `the real-time run took ${elapsed} ms (2 s of sleeps)`);
  fs.mkdirSync(resultsDir, { recursive: true });
  fs.writeFileSync(path.join(resultsDir, 'engine-figures.json'), JSON.stringify({ first_output_ms_including_engine_load: firstOutput }));
  console.log(`# first output after Run (cold engine): ${firstOutput} ms`);
  await context.close();
});

test('Stop ends `while True: pass` within one second, the page stays responsive, and the next run works', { skip: ENGINE_SKIP }, async () => {
  const { page, context } = await openPage();
  await page.evaluate(() => window.taskscope.editor.setText('while True:\n    pass\n'));
  await page.click('#run');
  await page.waitForSelector('body[data-run-state="running"]');
  await page.waitForTimeout(300);
  const t0 = Date.now();
  const answer = await page.evaluate(() => 6 * 7);
  assert.equal(answer, 42);
  assert.ok(Date.now() - t0 < 500, 'the page answers while the program spins');
  const s0 = Date.now();
  await page.click('#stop');
  await page.waitForFunction(() => !document.getElementById('run').disabled);
  assert.ok(Date.now() - s0 < 1000, `stopped in ${Date.now() - s0} ms`);
  await page.evaluate(() => window.taskscope.editor.setText('print("hello again")\n'));
  await runAndWait(page);
  assert.equal(await page.evaluate(() => window.taskscope.session.console.text('stdout')), 'hello again\n');
  await context.close();
});

test('an error shows a traceback with line links and underlines the line', { skip: ENGINE_SKIP }, async () => {
  const { page, context } = await openPage();
  await page.evaluate(() => window.taskscope.editor.setText('import asyncio\n\nasync def main():\n    print(undefined_name)\n\nasyncio.run(main())\n'));
  await runAndWait(page);
  assert.match(await page.evaluate(() => window.taskscope.session.console.text('stderr')), /NameError: name 'undefined_name' is not defined/);
  assert.ok((await page.locator('.ts-line-link').allTextContents()).includes('line 4'));
  assert.match(await page.locator('.cm-ts-error-line').innerText(), /undefined_name/);
  await context.close();
});

test('hostile program output through the engine is text', { skip: ENGINE_SKIP }, async () => {
  const { page, context, dialogs } = await openPage();
  const src = fs.readFileSync(path.join(path.dirname(new URL(import.meta.url).pathname), 'fixtures/hostile.py'), 'utf8');
  await page.evaluate((s) => window.taskscope.editor.setText(s), src);
  await runAndWait(page);
  assert.equal(await page.evaluate(() => window.taskscope.session.console.text('stdout')), fixtureStdout('hostile'));
  assert.equal(await page.locator('#console img, #timeline img').count(), 0);
  assert.deepEqual(dialogs, []);
  await context.close();
});

test('the embed demo runs three examples on one page with one engine', { skip: ENGINE_SKIP }, async () => {
  const { page, context, errors } = await newPage(browser, { viewport: { width: 900, height: 1000 } });
  await page.goto(`${server.url}/embed-demo.html`);
  await page.waitForFunction(() => [...document.querySelectorAll('taskscope-example')].every((e) => e.shadowRoot?.querySelector('.cm-editor')));
  const want = ['hello\nworld\n', 'hello\nworld\n', 'tick 0\nmain done blocking\ntick 1\ntick 2\n'];
  for (let i = 0; i < 3; i++) {
    const ex = page.locator('taskscope-example').nth(i);
    await ex.locator('.tsx-clock button:has-text("Instant")').click();
    await ex.locator('button:has-text("Run")').click();
    await page.waitForFunction((n) => document.querySelectorAll('taskscope-example')[n].dataset.state === 'done', i, { timeout: 30000 });
    assert.equal(await page.evaluate((n) => document.querySelectorAll('taskscope-example')[n].taskscope.session.console.text('stdout'), i), want[i]);
  }
  await page.screenshot({ path: shot('engine-embed-demo.png'), fullPage: true });
  assert.deepEqual(errors, []);
  await context.close();
});
