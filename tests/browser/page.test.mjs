// The playground page in Chromium, without the engine: loading, the gallery, the
// timeline and console on CPython-made trace fixtures, share links, exports, replay,
// keyboard use, narrow screens, and program data shown as text only.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import zlib from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { startServer, launch, newPage, openPlayground, fixture, fixtureStdout, shot, root, resultsDir, engineBuilt } from './harness.mjs';

let server; let browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });

function gzipSize(file) {
  return zlib.gzipSync(fs.readFileSync(path.join(root, file)), { level: 9 }).length;
}

/** The files a fresh page fetches until its engine is prepared and its editor has its language, with their gzip sizes. */
async function pageFiles() {
  // Every request of the context: the page's and its workers' (a worker's fetches, such
  // as the library bundle's, are not in the page's resource entries).
  const p = await newPage(browser);
  const requested = new Set();
  p.context.on('request', (r) => requested.add(r.url()));
  await p.page.goto(`${server.url}/`);
  await p.page.waitForSelector('body[data-ready="true"]');
  const { page, context } = p;
  if (engineBuilt) await page.evaluate(() => window.taskscope.engineReady());
  // The editor's language comes in stages, in idle moments: all of it counts.
  await page.evaluate(() => window.taskscope.editor.languageReady);
  const urls = await page.evaluate(() => [location.href, ...performance.getEntriesByType('resource').map((e) => e.name)]);
  await context.close();
  for (const url of requested) if (!urls.includes(url)) urls.push(url);
  // No CDN: everything the page and its workers fetch comes from the page's own server.
  const foreign = urls.filter((u) => /^https?:/.test(u) && new URL(u).origin !== new URL(server.url).origin);
  assert.deepEqual(foreign, [], 'requests to other hosts');
  // The worker's own script is fetched by the worker (not in the page's entries).
  if (engineBuilt) urls.push(new URL('dist/taskscope-worker.mjs', urls[0]).href);
  const sizes = {};
  for (const url of urls) {
    let f = new URL(url).pathname;
    if (f.endsWith('/')) f += 'index.html';
    f = f.slice(1);
    // The server puts web/dist and wasm/dist together at /dist/ (scripts/serve.mjs).
    const file = f.startsWith('dist/') && fs.existsSync(path.join(root, 'wasm', f)) ? path.join('wasm', f) : path.join('web', f);
    if (fs.existsSync(path.join(root, file))) sizes[f] = gzipSize(file);
  }
  return sizes;
}

const openPage = (opts = {}, query = '') => openPlayground(browser, server, query, opts);

/** What the fixture says the timeline must show: tasks in tree order with outcomes. */
function expectedTasks(doc) {
  const tasks = new Map();
  for (const ev of doc.events) {
    if (ev.kind === 'task_created') tasks.set(ev.task, { id: ev.task, name: ev.name, coro: ev.coro, parent: ev.parent, children: [], outcome: 'running', waits: new Set() });
    if (ev.kind === 'task_renamed') tasks.get(ev.task).name = ev.name;
    if (ev.kind === 'task_done') tasks.get(ev.task).outcome = ev.outcome;
    if (ev.kind === 'step_end' && ev.wait && ev.wait.kind !== 'yield') tasks.get(ev.task).waits.add(ev.wait.label);
    if (ev.kind === 'blocking' && ev.task != null) tasks.get(ev.task).waits.add(ev.label);
  }
  for (const t of tasks.values()) if (t.parent != null) tasks.get(t.parent).children.push(t.id);
  const order = [];
  const visit = (t) => { order.push(t); t.children.forEach((c) => visit(tasks.get(c))); };
  for (const t of tasks.values()) if (t.parent == null) visit(t);
  return order;
}

async function lanes(page) {
  return page.$$eval('#timeline .ts-tl-item', (items) => items.map((li) => ({
    id: Number(li.dataset.task), outcome: li.dataset.outcome, depth: Number(li.dataset.depth),
    name: li.dataset.name, text: li.textContent,
  })));
}

test('the page loads with no console errors, the editor is ready and the gallery lists every idea', async () => {
  const { page, errors, context } = await openPage();
  assert.equal(await page.locator('.cm-editor .cm-content').count(), 1);
  assert.match(await page.locator('.cm-content').innerText(), /create_task/);
  // The Python grammar comes in its own chunk after the editor: then keywords are
  // highlighted (a span of their own, coloured by the theme).
  await page.evaluate(() => window.taskscope.editor.languageReady);
  const keyword = await page.$$eval('.cm-line span', (spans) => {
    const s = spans.find((x) => x.textContent === 'import');
    return s ? getComputedStyle(s).fontWeight : null;
  });
  assert.equal(keyword, '600', 'import is highlighted as a keyword');
  await page.click('#examples-btn');
  const groups = await page.$$eval('.ts-gallery-group h3', (hs) => hs.map((x) => x.textContent));
  for (const g of ['Awaiting coroutines vs creating tasks', 'gather', 'wait and as_completed', 'Cancellation', 'Timeouts', 'TaskGroup', 'Semaphore', 'Queues', 'The blocking time.sleep mistake']) {
    assert.ok(groups.includes(g), `gallery group ${g}`);
  }
  const cards = await page.locator('.ts-card').count();
  assert.ok(cards >= 18, `${cards} examples`);
  await page.screenshot({ path: shot('page-gallery.png') });
  await page.click('.ts-card[data-example="shield"]');
  assert.match(await page.locator('.cm-content').innerText(), /asyncio\.shield/);
  assert.equal(await page.locator('#example-title').textContent(), 'shield');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the timeline shows every fixture with the lanes, outcomes and labels CPython produced', async () => {
  const { page, errors, context } = await openPage();
  const names = fs.readdirSync(path.join(root, 'tests/browser/fixtures')).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5));
  assert.ok(names.length >= 18);
  for (const name of names) {
    const doc = fixture(name);
    await page.evaluate((d) => window.taskscope.showTrace(d), doc);
    const got = await lanes(page);
    const want = expectedTasks(doc);
    assert.deepEqual(got.map((l) => l.id), want.map((t) => t.id), `${name}: lanes in tree order`);
    assert.deepEqual(got.map((l) => l.name), want.map((t) => t.name), `${name}: lane names`);
    assert.deepEqual(got.map((l) => l.outcome), want.map((t) => t.outcome), `${name}: outcomes`);
    for (let i = 0; i < want.length; i++) {
      for (const label of want[i].waits) assert.ok(got[i].text.includes(label), `${name}: ${want[i].name} waited on ${label}`);
    }
    // The console holds exactly what the program wrote to stdout, in order.
    const stdout = await page.evaluate(() => window.taskscope.session.console.text('stdout'));
    assert.equal(stdout, fixtureStdout(name), `${name}: console stdout`);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('specific pictures: two tasks take 2 s, awaiting coroutines takes 3 s on one lane, time.sleep blocks the loop', async () => {
  const { page, context } = await openPage({}, '?example=tasks');
  await page.evaluate((d) => window.taskscope.showTrace(d), fixture('tasks'));
  let got = await lanes(page);
  assert.deepEqual(got.map((l) => `${l.name}:${l.depth}:${l.outcome}`), ['Task-1:0:returned', 'Task-2:1:returned', 'Task-3:1:returned']);
  assert.match(await page.locator('.ts-tl-summary').textContent(), /3 tasks · 2 s/);
  await page.screenshot({ path: shot('page-tasks.png'), fullPage: true });

  await page.evaluate((d) => window.taskscope.showTrace(d), fixture('sequential'));
  got = await lanes(page);
  assert.equal(got.length, 1);
  assert.match(await page.locator('.ts-tl-summary').textContent(), /1 task · 3 s/);

  await page.evaluate(() => window.taskscope.loadExample('blocking'));
  await page.evaluate((d) => window.taskscope.showTrace(d), fixture('blocking'));
  assert.match(await page.locator('.ts-tl-summary').textContent(), /loop blocked 1×/);
  assert.match((await lanes(page))[0].text, /time\.sleep\(3\)/);
  // The ticker's sleep(1) was due at 1.5 s but resumed at 3.5 s: drawn and told as late.
  const pt = await page.evaluate(() => {
    const tl = window.taskscope.timeline; const r = tl.canvas.getBoundingClientRect();
    return { x: r.left + tl.xOf(tl.L, 2.5, 0), y: r.top + 44 + 26 + 13 };
  });
  await page.mouse.move(pt.x, pt.y);
  await page.locator('#timeline .ts-tl-tip').waitFor({ state: 'visible' });
  assert.match(await page.locator('#timeline .ts-tl-tip').innerText(), /waiting on sleep\(1\)[\s\S]*woke 2\.5 s late/);
  await page.screenshot({ path: shot('page-blocking.png'), fullPage: true });

  await page.evaluate((d) => window.taskscope.showTrace(d), fixture('taskgroup'));
  const outcomes = (await lanes(page)).map((l) => l.outcome).sort();
  assert.deepEqual(outcomes, ['cancelled', 'raised', 'returned', 'returned', 'returned']);
  await context.close();
});

test('the canvas draws what the model says: a red blocking segment, a green end marker, a cancelled ring', async () => {
  const { page, context } = await openPage();
  const pixel = (t, lane, dx = 0, dy = 0) => page.evaluate(([tt, ln, ddx, ddy]) => {
    const tl = window.taskscope.timeline; tl.draw();
    const dpr = window.devicePixelRatio || 1;
    const x = Math.round((tl.xOf(tl.L, tt, 0) + ddx) * dpr); const y = Math.round((44 + ln * 26 + 13 + ddy) * dpr);
    const [r, g, b] = tl.ctx.getImageData(x, y, 1, 1).data;
    return { r, g, b };
  }, [t, lane, dx, dy]);
  await page.evaluate((d) => window.taskscope.showTrace(d), fixture('blocking'));
  let p = await pixel(2, 0);
  assert.ok(p.r > 180 && p.g < 120 && p.b < 120, `blocking segment is red: ${JSON.stringify(p)}`);
  p = await pixel(6.5, 1, 0, 4.5);
  assert.ok(p.g > 110 && p.r < 100, `returned marker is green: ${JSON.stringify(p)}`);
  await page.evaluate((d) => window.taskscope.showTrace(d), fixture('cancel'));
  p = await pixel(0.5, 1, -6);
  assert.ok(p.r > 180 && p.g > 100 && p.b < 90, `cancelled ring is orange: ${JSON.stringify(p)}`);
  await context.close();
});

test('hovering a segment explains it; clicking it shows its source line; the steps axis switches', async () => {
  const { page, context } = await openPage({}, '?example=tasks');
  await page.evaluate((d) => window.taskscope.showTrace(d), fixture('tasks'));
  const box = await page.locator('#timeline canvas').boundingBox();
  // Task-3 (third lane) waits on sleep(2) across the middle of the run.
  const y = box.y + 44 + 2 * 26 + 13;
  const x = box.x + box.width * 0.6;
  await page.mouse.move(x, y);
  const tip = page.locator('#timeline .ts-tl-tip');
  await tip.waitFor({ state: 'visible' });
  const text = await tip.innerText();
  assert.match(text, /Task-3 — coroutine_2\(\)/);
  assert.match(text, /waiting on sleep\(2\)/);
  assert.match(text, /created at line 21 by Task-1/);
  await page.mouse.click(x, y);
  await page.waitForSelector('.cm-ts-focus-line');
  assert.match(await page.locator('.cm-ts-focus-line').innerText(), /asyncio\.sleep\(2\)/);
  // Zoom in twice around the middle, pan by dragging, then show the whole run again.
  await page.click('#timeline button[aria-label="Zoom in"]');
  await page.click('#timeline button[aria-label="Zoom in"]');
  let view = await page.evaluate(() => window.taskscope.timeline.view);
  assert.ok(view && Math.abs((view.v1 - view.v0) - 0.5) < 1e-9, 'a quarter of the 2 s run');
  await page.mouse.move(box.x + box.width * 0.7, box.y + 60);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.5, box.y + 60, { steps: 4 });
  await page.mouse.up();
  const panned = await page.evaluate(() => window.taskscope.timeline.view);
  assert.ok(panned.v0 > view.v0, 'dragging left moves later in time');
  await page.locator('#timeline canvas').focus();
  await page.keyboard.press('0');
  view = await page.evaluate(() => window.taskscope.timeline.view);
  assert.equal(view, null);
  await page.click('#timeline button:has-text("Steps")');
  assert.equal(await page.getAttribute('#timeline button:has-text("Steps")', 'aria-pressed'), 'true');
  await context.close();
});

test('console lines name their task; hovering one highlights it; a traceback line number shows the line', async () => {
  const { page, context } = await openPage();
  await page.evaluate((d) => window.taskscope.showTrace(d), fixture('tasks'));
  const title = await page.locator('.ts-out[data-task="2"]').first().getAttribute('title');
  assert.match(title, /written by Task-2 at 0 s/);
  await page.locator('.ts-out[data-task="2"]').first().hover();
  assert.equal(await page.evaluate(() => window.taskscope.timeline.highlighted), 2);

  await page.evaluate((d) => window.taskscope.showTrace(d), fixture('error'));
  const links = await page.locator('.ts-line-link').allTextContents();
  assert.deepEqual(links, ['line 14', 'line 10', 'line 6']);
  assert.equal(await page.locator('.ts-stderr').count() > 0, true);
  assert.match(await page.locator('.ts-console-status').textContent(), /status 1/);
  await page.evaluate(() => window.taskscope.loadExample('gather'));
  await page.evaluate((d) => window.taskscope.showTrace(d), fixture('error'));
  await page.click('.ts-line-link:has-text("line 10")');
  await page.waitForSelector('.cm-ts-focus-line');
  // The last line of the program named in the traceback is underlined as the error.
  assert.equal(await page.locator('.cm-ts-error-line').count(), 1);
  await context.close();
});

test('replay: the scrubber shows the run as it was at a given loop step', async () => {
  const { page, context } = await openPage();
  await page.evaluate((d) => window.taskscope.showTrace(d), fixture('queue'));
  assert.equal(await page.isVisible('#replay'), true);
  const full = await page.evaluate(() => window.taskscope.session.console.text('stdout'));
  await page.locator('#scrub').fill('8');
  const part = await page.evaluate(() => window.taskscope.session.console.text('stdout'));
  assert.ok(part.length > 0 && part.length < full.length && full.startsWith(part), 'a prefix of the output');
  assert.match(await page.locator('#scrub-pos').textContent(), /step 8 of 27/);
  await page.locator('#scrub').fill('27');
  assert.equal(await page.evaluate(() => window.taskscope.session.console.text('stdout')), full);
  await context.close();
});

test('a share link restores the program and the clock mode', async () => {
  const { page, context } = await openPage();
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const program = 'import asyncio\n\n# ünïcode ✓ and <b>tags</b>\nasync def main():\n    print("shared")\n\nasyncio.run(main())\n';
  await page.evaluate((src) => window.taskscope.editor.setText(src), program);
  await page.check('input[name="clock"][value="virtual"]');
  await page.click('#share');
  await page.waitForFunction(() => document.getElementById('share-url').value.includes('#code='));
  const url = await page.inputValue('#share-url');
  assert.match(url, /#code=[A-Za-z0-9_-]+&clock=instant$/);
  const second = await newPage(browser);
  await second.page.goto(url);
  await second.page.waitForSelector('body[data-ready="true"]');
  assert.equal(await second.page.evaluate(() => window.taskscope.editor.getText()), program);
  assert.equal(await second.page.isChecked('input[name="clock"][value="virtual"]'), true);
  assert.equal(await second.page.locator('#example-title').textContent(), 'Shared program');
  assert.deepEqual(second.errors, []);
  await second.context.close();
  await context.close();
});

test('program output, task names, labels and share links are shown as text, never as HTML', async () => {
  const { page, context, dialogs, errors } = await openPage();
  await page.evaluate((d) => window.taskscope.showTrace(d), fixture('hostile'));
  await page.waitForTimeout(100);
  assert.equal(await page.locator('#console img, #timeline img, #console script').count(), 0);
  assert.match(await page.locator('#console').innerText(), /<img src=x onerror=alert\(1\)>/);
  assert.match(await page.locator('#console').innerText(), /caught <script>alert\(2\)<\/script>/);
  const names = (await lanes(page)).map((l) => l.name);
  assert.ok(names.includes('<img src=x onerror=alert(3)>'));
  assert.match(await page.locator('#timeline .ts-tl-list').textContent(), /raised at 1 s \(ValueError: <script>alert\(2\)<\/script>\)/);
  // The tooltip of the hostile task's lane.
  const box = await page.locator('#timeline canvas').boundingBox();
  await page.mouse.move(box.x + box.width * 0.5, box.y + 44 + 26 + 13);
  await page.locator('#timeline .ts-tl-tip').waitFor({ state: 'visible' });
  assert.match(await page.locator('#timeline .ts-tl-tip').innerText(), /<img src=x onerror=alert\(3\)>/);
  assert.equal(await page.locator('.ts-tl-tip img').count(), 0);

  // A hostile program through a share link.
  const evil = 'print("<img src=x onerror=alert(4)>")\n</script><script>alert(5)</script>\n';
  await page.evaluate((src) => window.taskscope.editor.setText(src), evil);
  await page.click('#share');
  await page.waitForFunction(() => document.getElementById('share-url').value.includes('#code='));
  const other = await newPage(browser);
  await other.page.goto(await page.inputValue('#share-url'));
  await other.page.waitForSelector('body[data-ready="true"]');
  assert.equal(await other.page.evaluate(() => window.taskscope.editor.getText()), evil);
  assert.equal(await other.page.locator('.cm-content img, .cm-content script').count(), 0);
  await other.page.waitForTimeout(100);
  assert.deepEqual([...dialogs, ...other.dialogs], []);
  assert.deepEqual([...errors, ...other.errors], []);
  await other.context.close();
  await context.close();
});

test('exports: trace JSON and Chrome Trace Event Format', async () => {
  const { page, context } = await openPage();
  await page.evaluate((d) => window.taskscope.showTrace(d), fixture('gather'));
  await page.click('.ts-menu summary');
  const [dl] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
  const json = JSON.parse(fs.readFileSync(await dl.path(), 'utf8'));
  assert.equal(json.version, 1);
  assert.deepEqual(json.events, fixture('gather').events);
  assert.equal(await page.isVisible('#export-chrome'), false, 'the menu closes after an export');
  await page.click('.ts-menu summary');
  const [dl2] = await Promise.all([page.waitForEvent('download'), page.click('#export-chrome')]);
  const chrome = JSON.parse(fs.readFileSync(await dl2.path(), 'utf8'));
  const threads = chrome.traceEvents.filter((e) => e.ph === 'M' && e.name === 'thread_name').map((e) => e.args.name);
  assert.deepEqual(threads, ['event loop', 'Task-1 (main)', 'Task-2 (task1)', 'Task-3 (task2)']);
  const begins = chrome.traceEvents.filter((e) => e.ph === 'B' && e.name === 'step').length;
  const ends = chrome.traceEvents.filter((e) => e.ph === 'E' && e.tid !== 0).length;
  assert.equal(begins, ends);
  assert.ok(chrome.traceEvents.some((e) => e.ph === 'X' && e.name === 'wait sleep(2)' && e.dur === 2e6));
  await context.close();
});

test('keyboard: Ctrl+Enter runs from the editor, the timeline is navigable with arrow keys', async () => {
  const { page, context } = await openPage();
  await page.evaluate((d) => window.taskscope.showTrace(d), fixture('tasks'));
  await page.locator('#timeline canvas').focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowRight');
  const said = await page.locator('#timeline [aria-live="polite"].ts-sr-only').textContent();
  assert.match(said, /Task-2 — coroutine_1\(\)/);
  // Ctrl+Enter in the editor starts a run (without the engine it ends as "missing").
  await page.locator('.cm-content').click();
  await page.keyboard.press('Control+Enter');
  await page.waitForFunction(() => ['loading', 'running', 'done', 'missing'].includes(document.body.dataset.runState));
  // Every control of the toolbar is reachable and labelled.
  for (const sel of ['#examples-btn', '#run', '#share']) assert.ok((await page.locator(sel).innerText()).trim().length > 0);
  assert.equal(await page.getAttribute('#scrub', 'aria-label'), 'Replay position (loop step)');
  assert.ok(await page.locator('.cm-content[aria-label]').count());
  await context.close();
});

test('usable at 360 px wide, and in the dark theme', async () => {
  const { page, context, errors } = await openPage({ viewport: { width: 360, height: 740 } }, '?example=queue');
  await page.evaluate((d) => window.taskscope.showTrace(d), fixture('queue'));
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(overflow <= 360, `page is ${overflow} px wide`);
  await page.screenshot({ path: shot('page-360.png'), fullPage: true });
  assert.deepEqual(errors, []);
  await context.close();
  const dark = await openPage({ colorScheme: 'dark' }, '?example=semaphore');
  await dark.page.evaluate((d) => window.taskscope.showTrace(d), fixture('semaphore'));
  const bg = await dark.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  assert.equal(bg, 'rgb(13, 16, 23)');
  await dark.page.screenshot({ path: shot('page-dark.png'), fullPage: true });
  await dark.context.close();
});

test('Run without the engine says plainly that it is not built and shows no output', { skip: engineBuilt ? 'the engine is built: engine.test.mjs runs programs instead' : false }, async () => {
  const { page, context, errors } = await openPage();
  await page.click('#run');
  await page.waitForSelector('.ts-status-error');
  assert.match(await page.locator('.ts-console-status').textContent(), /Engine not built/);
  assert.equal(await page.evaluate(() => window.taskscope.session.console.text()), '');
  assert.equal(await page.isVisible('#engine-note'), true);
  // The only errors are the browser's own reports of the missing engine file.
  assert.ok(errors.every((e) => /404|Failed to fetch|taskscope\.mjs|Failed to load/.test(e)), errors.join('\n'));
  await context.close();
});

test('figures: page ready time, bundle size (gzip), render time of 1,000 tasks / 10,000+ events', async () => {
  // The big trace is made by the CPython oracle at test time (a 1 MB file is not kept).
  const big = path.join(resultsDir, 'many_tasks.json');
  fs.mkdirSync(resultsDir, { recursive: true });
  execFileSync('python3', [path.join(root, 'scripts/trace_oracle.py'), '--quiet', '--no-rt', path.join(root, 'tests/browser/fixtures/many_tasks.py'), '-o', big]);
  const doc = JSON.parse(fs.readFileSync(big, 'utf8'));
  const tasks = doc.events.filter((e) => e.kind === 'task_created').length;
  assert.ok(tasks >= 1000 && doc.events.length >= 10000, `${tasks} tasks, ${doc.events.length} events`);

  // Ready = navigation start → editor interactive (the page marks `taskscope-ready` once
  // the editor takes input); loaded = the rest of the page (console, timeline, toolbar)
  // is wired too. Five fresh loads; the machine's load average is recorded beside.
  const readies = [];
  const loadeds = [];
  const loadBefore = os.loadavg()[0];
  for (let i = 0; i < 5; i++) {
    const { page, context } = await openPage();
    const marks = await page.evaluate(() => Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime])));
    readies.push(marks['taskscope-ready']);
    loadeds.push(marks['taskscope-loaded']);
    await context.close();
  }
  const { page, context } = await openPage();
  const renders = [];
  for (let i = 0; i < 5; i++) renders.push(await page.evaluate((d) => window.taskscope.showTrace(d), doc));
  const lanesShown = await page.locator('#timeline .ts-tl-item').count();
  assert.equal(lanesShown, tasks);
  await page.screenshot({ path: shot('page-1000-tasks.png') });
  await context.close();

  // What the page transfers: every file it fetched until the engine was prepared (the
  // page, its chunks, the engine's module, .wasm and worker), each gzip -9 as a static
  // host would send it.
  const transferred = await pageFiles();
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const sum = (pred) => Object.entries(transferred).filter(([f]) => pred(f)).reduce((n, [, b]) => n + b, 0);
  const engineFile = (f) => /^dist\/taskscope/.test(f);
  const figures = {
    load_average_1min: [Math.round(loadBefore * 100) / 100, Math.round(os.loadavg()[0] * 100) / 100],
    page_ready_ms_median: Math.round(median(readies)),
    page_ready_ms_runs: readies.map(Math.round),
    page_loaded_ms_median: Math.round(median(loadeds)),
    page_loaded_ms_runs: loadeds.map(Math.round),
    page_gzip_bytes_without_engine: sum((f) => !engineFile(f)),
    page_gzip_bytes_with_engine: sum(() => true),
    gzip_bytes: { ...transferred, 'dist/embed-widget.js': gzipSize('web/dist/embed-widget.js') },
    render_1000_tasks: { tasks, events: doc.events.length, ms_best: Math.round(Math.min(...renders)), ms_median: Math.round(median(renders)), ms_runs: renders.map((x) => Math.round(x)) },
  };
  fs.writeFileSync(path.join(resultsDir, 'web-figures.json'), JSON.stringify(figures, null, 2));
  console.log(`# web figures: ${JSON.stringify(figures)}`);
  // The best of five is what the code costs; the median also carries the load of a
  // shared machine (both are recorded).
  assert.ok(Math.min(...renders) <= 200, `render took at best ${Math.min(...renders)} ms (target 200)`);
  // Issue 6: the page with its engine, as transferred, within 800 KB of gzip.
  if (engineBuilt) assert.ok(figures.page_gzip_bytes_with_engine <= 800000, `${figures.page_gzip_bytes_with_engine} B`);
  // The library bundle (1 MB) is for programs that import more than asyncio: a page that
  // only prepares and warms the engine never asks for it (a traced run once did).
  assert.deepEqual(Object.keys(transferred).filter((f) => /taskscope-lib/.test(f)), []);
  // The editor is up before the rest of the page (the bundle is split).
  assert.ok(readies.every((r, i) => r <= loadeds[i]));
});
