// The embed widget on web/embed-demo.html: blocks are upgraded into editable examples
// with console and timeline, program text stays text, and the timeline draws traces.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, newPage, fixture, shot, engineBuilt } from './harness.mjs';

let server; let browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });

async function openDemo(opts) {
  const p = await newPage(browser, opts);
  await p.page.goto(`${server.url}/embed-demo.html`);
  await p.page.waitForFunction(() => document.querySelectorAll('taskscope-example').length === 4
    && [...document.querySelectorAll('taskscope-example')].every((e) => e.shadowRoot && e.shadowRoot.querySelector('.cm-editor')));
  return p;
}

test('the embed demo upgrades every block into an editable example, with no console errors', async () => {
  const { page, errors, context } = await openDemo({ viewport: { width: 900, height: 1000 } });
  assert.equal(await page.locator('pre.taskscope').count(), 0, 'the <pre class="taskscope"> was replaced');
  const sources = await page.$$eval('taskscope-example', (els) => els.map((e) => e.taskscope.editor.getText()));
  assert.ok(sources[0].startsWith('import asyncio\n\nasync def say_after'), 'dedented program text');
  assert.match(sources[1], /create_task\(say_after\(1, 'hello'\)\)/);
  assert.match(sources[2], /time\.sleep\(2\)/, 'the <script type="text/python"> form');
  const clocks = await page.$$eval('taskscope-example', (els) => els.map((e) => e.shadowRoot.querySelector('.tsx-clock button[aria-pressed="true"]').textContent));
  assert.deepEqual(clocks, ['Instant', 'Real time', 'Instant', 'Instant']);
  // Editing works: type into the first example.
  await page.locator('taskscope-example').first().locator('.cm-content').click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('\n# edited');
  assert.match(await page.evaluate(() => document.querySelector('taskscope-example').taskscope.editor.getText()), /# edited$/);
  // "Open in Taskscope" carries the edited program to the playground page.
  const first = page.locator('taskscope-example').first();
  await first.locator('a.tsx-brand').hover();
  await page.waitForFunction(() => document.querySelector('taskscope-example').shadowRoot.querySelector('a.tsx-brand').href.includes('#code='));
  const href = await first.locator('a.tsx-brand').getAttribute('href');
  const pg = await newPage(browser);
  await pg.page.goto(href);
  await pg.page.waitForSelector('body[data-ready="true"]');
  assert.match(await pg.page.evaluate(() => window.taskscope.editor.getText()), /await say_after\(2, 'world'\)\n\nasyncio.run\(main\(\)\)\n# edited$/);
  assert.equal(await pg.page.isChecked('input[name="clock"][value="virtual"]'), true);
  await pg.context.close();
  // One example shows a trace so the screenshot shows what a reader sees after Run.
  await page.evaluate((d) => document.querySelectorAll('taskscope-example')[2].taskscope.session.showTrace(d), fixture('blocking'));
  assert.equal(await page.locator('taskscope-example').nth(2).locator('.ts-tl-item').count(), 2);
  await page.screenshot({ path: shot('embed-demo.png'), fullPage: true });
  assert.deepEqual(errors, []);
  await context.close();
});

test('timeline="off" hides the timeline; the others draw their trace with lanes and outcomes', async () => {
  const { page, context } = await openDemo();
  await page.evaluate((d) => { for (const e of document.querySelectorAll('taskscope-example')) e.taskscope.session.showTrace(d); }, fixture('tasks'));
  const visible = await page.$$eval('taskscope-example', (els) => els.map((e) => !e.shadowRoot.querySelector('.tsx-timeline').hidden));
  assert.deepEqual(visible, [true, true, true, false]);
  const outcomes = await page.locator('taskscope-example').first().locator('.ts-tl-item').evaluateAll((lis) => lis.map((li) => `${li.dataset.name}:${li.dataset.outcome}`));
  assert.deepEqual(outcomes, ['Task-1:returned', 'Task-2:returned', 'Task-3:returned']);
  await context.close();
});

test('the engine loads lazily, once for all examples, when an example scrolls into view; height sets the editor', async () => {
  // A window so short that no example is in view at first.
  const { page, context, errors } = await newPage(browser, { viewport: { width: 900, height: 120 } });
  const engineFiles = [];
  context.on('request', (r) => { if (/\/taskscope(-worker)?\.(mjs|wasm)$/.test(new URL(r.url()).pathname)) engineFiles.push(new URL(r.url()).pathname); });
  await page.goto(`${server.url}/embed-demo.html`);
  await page.waitForFunction(() => [...document.querySelectorAll('taskscope-example')].every((e) => e.shadowRoot?.querySelector('.cm-editor')));
  await page.waitForTimeout(500);
  assert.deepEqual(engineFiles, [], 'no engine file before an example is in view');
  for (let i = 0; i < 4; i++) {
    await page.evaluate((n) => document.querySelectorAll('taskscope-example')[n].scrollIntoView(), i);
    await page.waitForTimeout(100);
  }
  // The page asks for the engine once an example is in view (a 404 when it is not built).
  const want = engineBuilt ? '/taskscope.wasm' : '/taskscope.mjs';
  for (let t = 0; t < 100 && !engineFiles.some((f) => f.endsWith(want)); t++) await page.waitForTimeout(100);
  await page.waitForTimeout(300);
  assert.ok(engineFiles.some((f) => f.endsWith('/taskscope.mjs')), `the engine was asked for: ${engineFiles}`);
  // One .wasm, compiled once, whose module every example's runs share.
  if (engineBuilt) assert.equal(engineFiles.filter((f) => f.endsWith('/taskscope.wasm')).length, 1, `one .wasm for the page: ${engineFiles}`);
  // height="300" on the second example; the others fit their program.
  const heights = await page.$$eval('taskscope-example', (els) => els.map((e) => Math.round(e.shadowRoot.querySelector('.tsx-editor').getBoundingClientRect().height)));
  assert.equal(heights[1], 300);
  assert.deepEqual(errors.filter((e) => !/Failed to load resource/.test(e)), []);
  await context.close();
});

test('hostile text in an embedded block and in its trace is shown as text', async () => {
  const { page, context, dialogs, errors } = await openDemo();
  await page.evaluate(() => {
    const el = document.createElement('taskscope-example');
    el.id = 'evil';
    el.textContent = 'print("<img src=x onerror=alert(1)>")\n';
    document.body.append(el);
  });
  await page.waitForFunction(() => document.getElementById('evil').shadowRoot?.querySelector('.cm-editor'));
  assert.equal(await page.evaluate(() => document.getElementById('evil').taskscope.editor.getText()), 'print("<img src=x onerror=alert(1)>")');
  await page.evaluate((d) => document.getElementById('evil').taskscope.session.showTrace(d), fixture('hostile'));
  await page.waitForTimeout(100);
  assert.equal(await page.locator('#evil img').count(), 0);
  assert.match(await page.locator('#evil .ts-console-body').innerText(), /<img src=x onerror=alert\(1\)>/);
  assert.deepEqual(dialogs, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('Run in an embedded example without the engine says it is not built', { skip: engineBuilt ? 'the engine is built: engine.test.mjs runs the demo instead' : false }, async () => {
  const { page, context } = await openDemo();
  await page.locator('taskscope-example').first().locator('button:has-text("Run")').click();
  await page.locator('taskscope-example').first().locator('.ts-status-error').waitFor();
  assert.match(await page.locator('taskscope-example').first().locator('.ts-console-status').innerText(), /Engine not built/);
  await context.close();
});
