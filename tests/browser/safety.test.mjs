// Page safety with the engine (issue 8): a program whose output, uncaught traceback
// (message and quoted source line) and task name are HTML runs in the playground and in
// an embedded example; everything shows as text, nothing executes. page.test.mjs and
// embed.test.mjs check the same on CPython-made trace fixtures without the engine.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, newPage, openPlayground, ENGINE_SKIP } from './harness.mjs';

let server; let browser;
before(async () => { if (ENGINE_SKIP) return; server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });

const EVIL = [
  'import asyncio',
  '',
  'async def evil():',
  '    await asyncio.sleep(0.5)',
  "    raise ValueError('<img src=x onerror=alert(1)>')",
  '',
  'async def main():',
  "    t = asyncio.create_task(evil(), name='<img src=x onerror=alert(2)>')",
  "    print('<b>bold</b><script>alert(3)</script>')",
  '    await t  # <img src=x onerror=alert(4)>',
  '',
  'asyncio.run(main())',
  '',
].join('\n');

test('hostile output, traceback and task name from a real run are text in the playground', { skip: ENGINE_SKIP }, async () => {
  const { page, context, dialogs, errors } = await openPlayground(browser, server);
  await page.evaluate((s) => window.taskscope.editor.setText(s), EVIL);
  await page.check('input[name="clock"][value="virtual"]');
  await page.click('#run');
  await page.waitForSelector('body[data-run-state="done"]', { timeout: 30000 });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const stdout = await page.evaluate(() => window.taskscope.session.console.text('stdout'));
  assert.equal(stdout, '<b>bold</b><script>alert(3)</script>\n');
  const stderr = await page.evaluate(() => window.taskscope.session.console.text('stderr'));
  assert.match(stderr, /await t {2}# <img src=x onerror=alert\(4\)>/);
  assert.match(stderr, /ValueError: <img src=x onerror=alert\(1\)>\n/);
  assert.match(await page.locator('#console').innerText(), /ValueError: <img src=x onerror=alert\(1\)>/);
  // The traceback's line numbers are links, made next to the hostile text.
  assert.ok((await page.locator('.ts-line-link').allTextContents()).includes('line 10'));
  const names = await page.$$eval('#timeline .ts-tl-item', (lis) => lis.map((li) => li.dataset.name));
  assert.ok(names.includes('<img src=x onerror=alert(2)>'), `lanes: ${names}`);
  assert.equal(await page.locator('#console img, #console script, #console b, #timeline img, #timeline script').count(), 0);
  await page.waitForTimeout(100);
  assert.deepEqual(dialogs, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the same program in an embedded example shows text only', { skip: ENGINE_SKIP }, async () => {
  const { page, context, dialogs, errors } = await newPage(browser, { viewport: { width: 900, height: 1000 } });
  await page.goto(`${server.url}/embed-demo.html`);
  await page.evaluate((src) => {
    const el = document.createElement('taskscope-example');
    el.id = 'evil';
    el.textContent = src;
    document.body.append(el);
  }, EVIL);
  await page.waitForFunction(() => document.getElementById('evil').shadowRoot?.querySelector('.cm-editor'));
  const ex = page.locator('#evil');
  await ex.locator('.tsx-clock button:has-text("Instant")').click();
  await ex.locator('button:has-text("Run")').click();
  await page.waitForFunction(() => document.getElementById('evil').dataset.state === 'done', null, { timeout: 30000 });
  const session = await page.evaluate(() => {
    const s = document.getElementById('evil').taskscope.session;
    return { out: s.console.text('stdout'), err: s.console.text('stderr') };
  });
  assert.equal(session.out, '<b>bold</b><script>alert(3)</script>\n');
  assert.match(session.err, /ValueError: <img src=x onerror=alert\(1\)>\n/);
  assert.match(await page.locator('#evil .ts-console-body').innerText(), /<img src=x onerror=alert\(1\)>/);
  assert.equal(await page.locator('#evil img, #evil script, #evil .ts-console-body b').count(), 0);
  await page.waitForTimeout(100);
  assert.deepEqual(dialogs, []);
  assert.deepEqual(errors, []);
  await context.close();
});
