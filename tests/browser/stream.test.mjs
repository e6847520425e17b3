// Streaming on the page (issues 5 and 6): the timeline grows live during a real-clock
// run, the scrubber replays an Instant run, a million printed lines keep the page
// responsive behind a truncation notice (page and embed widget), and the first output
// after Run on a fresh page. Needs the engine (wasm/dist/taskscope.mjs).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import zlib from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { startServer, launch, newPage, openPlayground, shot, resultsDir, ENGINE_SKIP } from './harness.mjs';

if (ENGINE_SKIP) console.log(`# ${ENGINE_SKIP}`);

let server; let browser;
before(async () => { if (ENGINE_SKIP) return; server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });

const openPage = (query = '') => openPlayground(browser, server, query);

/** Records the largest gap between animation frames (ms) until stopped: responsiveness. */
async function watchFrames(page) {
  await page.evaluate(() => {
    const w = { max: 0, frames: 0, last: performance.now(), on: true };
    window.__frames = w;
    const tick = () => {
      const now = performance.now();
      w.max = Math.max(w.max, now - w.last);
      w.last = now;
      w.frames++;
      if (w.on) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  return async () => page.evaluate(() => { window.__frames.on = false; return window.__frames; });
}

const GROWING = [
  'import asyncio',
  'async def job(i):',
  '    await asyncio.sleep(0.3)',
  '    print("job", i, "done")',
  'async def main():',
  '    tasks = []',
  '    for i in range(6):',
  '        tasks.append(asyncio.create_task(job(i), name=f"job-{i}"))',
  '        await asyncio.sleep(0.25)',
  '    await asyncio.gather(*tasks)',
  'asyncio.run(main())',
  '',
].join('\n');

test('Real time: the timeline grows while the run goes on, drawn at most once per frame', { skip: ENGINE_SKIP }, async () => {
  const { page, context, errors } = await openPage();
  await page.evaluate((src) => window.taskscope.editor.setText(src), GROWING);
  await page.check('input[name="clock"][value="real"]');
  const frames = await watchFrames(page);
  await page.click('#run');
  const samples = [];
  for (;;) {
    const s = await page.evaluate(() => ({
      state: document.body.dataset.runState,
      tasks: window.taskscope.timeline.model ? window.taskscope.timeline.model.tasks.size : 0,
      lanes: document.querySelectorAll('#timeline .ts-tl-item').length,
      events: window.taskscope.session.events.length,
      draws: window.taskscope.timeline.drawCount || 0,
    }));
    samples.push(s);
    if (s.state === 'done') break;
    if (samples.length === 8) await page.screenshot({ path: shot('stream-live-timeline.png') });
    await page.waitForTimeout(100);
  }
  const f = await frames();
  const running = samples.filter((s) => s.state === 'running');
  const distinct = [...new Set(running.map((s) => s.tasks))];
  assert.ok(distinct.length >= 4, `task counts seen while running: ${distinct.join(', ')}`);
  for (let i = 1; i < running.length; i++) assert.ok(running[i].tasks >= running[i - 1].tasks, 'the timeline only grows');
  assert.ok(running.some((s) => s.lanes >= 3), 'the lanes list grew during the run');
  const last = samples[samples.length - 1];
  assert.equal(last.tasks, 7);
  assert.ok(last.draws <= f.frames + 5, `${last.draws} draws in ${f.frames} frames`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('Instant: the scrubber replays the finished run step by step', { skip: ENGINE_SKIP }, async () => {
  const { page, context } = await openPage('?example=gather');
  await page.check('input[name="clock"][value="virtual"]');
  await page.click('#run');
  await page.waitForSelector('body[data-run-state="done"]', { timeout: 30000 });
  assert.equal(await page.isVisible('#replay'), true);
  const full = await page.evaluate(() => window.taskscope.session.console.text('stdout'));
  const max = Number(await page.getAttribute('#scrub', 'max'));
  assert.ok(max > 3, `${max} steps`);
  const at = async (step) => {
    await page.locator('#scrub').fill(String(step));
    return page.evaluate(() => ({ out: window.taskscope.session.console.text('stdout'), tasks: window.taskscope.timeline.model.tasks.size }));
  };
  const start = await at(0);
  const mid = await at(Math.floor(max / 2));
  const end = await at(max);
  assert.ok(start.out.length <= mid.out.length && mid.out.length < full.length, 'output grows with the step');
  assert.ok(full.startsWith(mid.out));
  assert.ok(start.tasks <= mid.tasks && mid.tasks <= end.tasks);
  assert.equal(end.out, full);
  assert.match(await page.locator('#scrub-pos').textContent(), new RegExp(`step ${max} of ${max}`));
  await context.close();
});

const MILLION = 'for i in range(1000000):\n    print(i)\n';

test('a million printed lines: the page stays responsive, the console truncates with the full count', { skip: ENGINE_SKIP }, async () => {
  const want = execFileSync('python3', ['-c', MILLION], { maxBuffer: 64 << 20 }).toString();
  const lines = want.split('\n').length - 1;
  const { page, context, errors } = await openPage();
  await page.evaluate((src) => window.taskscope.editor.setText(src), MILLION);
  await page.check('input[name="clock"][value="virtual"]');
  const frames = await watchFrames(page);
  const t0 = Date.now();
  await page.click('#run');
  await page.waitForSelector('body[data-run-state="done"]', { timeout: 120000 });
  const took = Date.now() - t0;
  const f = await frames();
  await page.waitForTimeout(100); // the notice updates on the next frame
  const note = await page.locator('#console .ts-truncated').textContent();
  assert.match(note, /output truncated/);
  assert.ok(note.includes(want.length.toLocaleString('en-US')), note);
  assert.ok(note.includes(`${lines.toLocaleString('en-US')} lines`), note);
  const shown = await page.evaluate(() => window.taskscope.session.console.text('stdout'));
  assert.equal(shown, want.slice(0, shown.length));
  assert.ok(shown.length <= 200000);
  await page.screenshot({ path: shot('stream-million-lines.png') });
  // Responsive: no animation frame was held up for long while it ran.
  assert.ok(f.max < 1000, `longest frame gap ${Math.round(f.max)} ms during a ${took} ms run`);
  assert.deepEqual(errors, []);
  fs.mkdirSync(resultsDir, { recursive: true });
  fs.writeFileSync(path.join(resultsDir, 'stream-million.json'), JSON.stringify({ run_ms: took, longest_frame_gap_ms: Math.round(f.max), frames: f.frames }));
  console.log(`# 1,000,000 lines: ${took} ms, longest frame gap ${Math.round(f.max)} ms`);
  await context.close();
});

test('a million printed lines in the embed widget: truncated with the full count', { skip: ENGINE_SKIP }, async () => {
  const { page, context } = await newPage(browser, { viewport: { width: 900, height: 1000 } });
  await page.goto(`${server.url}/embed-demo.html`);
  await page.waitForFunction(() => [...document.querySelectorAll('taskscope-example')].every((e) => e.shadowRoot?.querySelector('.cm-editor')));
  const ex = page.locator('taskscope-example').first();
  await page.evaluate((src) => document.querySelector('taskscope-example').taskscope.editor.setText(src), MILLION);
  await ex.locator('.tsx-clock button:has-text("Instant")').click();
  await ex.locator('button:has-text("Run")').click();
  await page.waitForFunction(() => document.querySelector('taskscope-example').dataset.state === 'done', null, { timeout: 120000 });
  await page.waitForTimeout(100);
  const note = await ex.locator('.ts-truncated').textContent();
  assert.match(note, /output truncated: showing the first 200,000 characters of 6,888,890 written \(1,000,000 lines\)/);
  await context.close();
});

/** A share link (made as the page makes them) that opens `src` in `clock` mode. */
const shareLink = (src, clock) => `#code=${zlib.deflateRawSync(Buffer.from(src)).toString('base64url')}&clock=${clock === 'real' ? 'real' : 'instant'}`;

const EARLY = [
  'import asyncio',
  'async def worker(name, delay):',
  '    print(name, "starts")',
  '    await asyncio.sleep(delay)',
  '    print(name, "ends")',
  '    return name',
  'async def main():',
  '    a = asyncio.create_task(worker("a", 0.2), name="a")',
  '    b = asyncio.create_task(worker("b", 0.1), name="b")',
  '    print(await asyncio.gather(a, b))',
  'asyncio.run(main())',
  '',
].join('\n');

test('Run pressed the instant the editor is up: the run starts before the workbench is there, and its console and timeline get all of it', { skip: ENGINE_SKIP }, async () => {
  const want = execFileSync('python3', ['-c', EARLY]).toString();
  for (const clock of ['real', 'virtual']) {
    const { page, context, errors } = await newPage(browser);
    await page.addInitScript(() => {
      window.addEventListener('taskscope-ready', () => document.getElementById('run').click());
    });
    await page.goto(`${server.url}/${shareLink(EARLY, clock)}`);
    await page.waitForSelector('body[data-run-state="done"]', { timeout: 30000 });
    const r = await page.evaluate(() => ({
      out: window.taskscope.session.console.text('stdout'),
      tasks: [...window.taskscope.timeline.model.tasks.values()].map((t) => t.name),
      kinds: [...new Set(window.taskscope.session.events.map((e) => e.kind))],
      previews: document.querySelectorAll('#console .ts-preview').length,
      marks: Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime])),
      status: document.querySelector('#console .ts-console-status').textContent,
    }));
    assert.equal(r.out, want, clock);
    assert.deepEqual(r.tasks.sort(), ['Task-1', 'a', 'b'], clock);
    for (const k of ['run_begin', 'task_created', 'output', 'run_end']) assert.ok(r.kinds.includes(k), `${clock}: ${k} in ${r.kinds}`);
    // The run was handed to the engine before the workbench had loaded, and the plain
    // preview of its output is gone once the console shows it.
    assert.ok(r.marks['taskscope-run'] <= r.marks['taskscope-loaded'], JSON.stringify(r.marks));
    assert.equal(r.previews, 0);
    assert.match(r.status, /^Finished in/);
    // The editor's grammar still comes (after the run's first output).
    await page.evaluate(() => window.taskscope.editor.languageReady);
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('Stop pressed before the workbench is there stops the run that Run started', { skip: ENGINE_SKIP }, async () => {
  const { page, context, errors } = await newPage(browser);
  await page.addInitScript(() => {
    window.addEventListener('taskscope-ready', () => {
      document.getElementById('run').click();
      document.getElementById('stop').click();
    });
  });
  await page.goto(`${server.url}/${shareLink('while True:\n    pass\n', 'virtual')}`);
  await page.waitForSelector('body[data-ready="true"]');
  await page.waitForFunction(() => !document.getElementById('run').disabled && document.body.dataset.runState !== 'loading', null, { timeout: 15000 });
  assert.ok(['done', 'idle'].includes(await page.evaluate(() => document.body.dataset.runState)));
  assert.equal(await page.evaluate(() => window.taskscope.session.run), null);
  // The engine is usable afterwards.
  await page.evaluate(() => window.taskscope.editor.setText('print("after")\n'));
  await page.click('#run');
  await page.waitForSelector('body[data-run-state="done"]', { timeout: 30000 });
  assert.equal(await page.evaluate(() => window.taskscope.session.console.text('stdout')), 'after\n');
  assert.deepEqual(errors, []);
  await context.close();
});

test('figures: first output after Run on a fresh page (engine prepared while the page idles; Run the instant the editor is up, and 100 and 200 ms after), both clocks', { skip: ENGINE_SKIP }, async () => {
  const src = 'import asyncio\nasync def main():\n    print("hello")\n    await asyncio.sleep(0.1)\n    print("world")\nasyncio.run(main())\n';
  // The program comes in a share link, so that it is in the editor from the start and
  // Run can be pressed the instant the editor is ready.
  const link = (clock) => shareLink(src, clock);
  // pressAfter: null presses Run once the engine is prepared; a number presses it that
  // many ms after the editor is ready (0: in the same task).
  const measure = async (clock, pressAfter) => {
    const { page, context } = await newPage(browser);
    let prepared = null;
    // Long tasks on the page's main thread (a click in one waits for its end).
    await page.addInitScript(() => {
      window.__longTasks = [];
      try {
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) window.__longTasks.push([Math.round(e.startTime), Math.round(e.duration)]);
        }).observe({ type: 'longtask', buffered: true });
      } catch { /* no long task timing */ }
    });
    if (pressAfter != null) {
      // Nothing of the test runs in the page while it loads and runs (Playwright's
      // selector polling would take the page's main thread for tens of milliseconds):
      // the page says when the run is done on its console.
      await page.addInitScript((ms) => {
        const press = () => {
          performance.mark('test-run-pressed');
          document.getElementById('run').click();
        };
        window.addEventListener('taskscope-ready', () => { if (ms > 0) setTimeout(press, ms); else press(); });
        new MutationObserver(() => {
          if (document.body.dataset.runState === 'done') console.log('test: run done');
        }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-run-state'] });
      }, pressAfter);
      const done = page.waitForEvent('console', { predicate: (m) => m.text() === 'test: run done', timeout: 30000 });
      await page.goto(`${server.url}/${link(clock)}`);
      await done;
    } else {
      await page.goto(`${server.url}/${link(clock)}`);
      await page.waitForSelector('body[data-ready="true"]');
      prepared = await page.evaluate(async () => { await window.taskscope.engineReady(); return performance.now(); });
      await page.evaluate(() => { performance.mark('test-run-pressed'); document.getElementById('run').click(); });
    }
    await page.waitForSelector('body[data-run-state="done"]', { timeout: 30000 });
    await page.evaluate(() => window.taskscope.editor.languageReady);
    const r = await page.evaluate(() => {
      const marks = Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, Math.round(m.startTime)]));
      const after = window.__longTasks.filter(([at]) => at >= marks['taskscope-ready']);
      return {
        firstOutput: marks['taskscope-first-output'] - marks['test-run-pressed'],
        longestTaskAfterReady: Math.max(0, ...after.map(([, d]) => d)),
        marks,
        out: window.taskscope.session.console.text('stdout'),
      };
    });
    assert.equal(r.out, 'hello\nworld\n');
    await context.close();
    return { ...r, prepared: prepared && Math.round(prepared) };
  };
  const figures = { load_average_1min: [Math.round(os.loadavg()[0] * 100) / 100] };
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const modes = { engine_prepared: null, run_at_page_ready: 0, run_100ms_after_ready: 100, run_200ms_after_ready: 200 };
  for (const clock of ['real', 'virtual']) {
    figures[clock] = {};
    for (const [name, pressAfter] of Object.entries(modes)) {
      const got = [];
      for (let i = 0; i < 3; i++) got.push(await measure(clock, pressAfter));
      figures[clock][`first_output_ms_${name}`] = got.map((x) => x.firstOutput);
      figures[clock][`median_${name}`] = median(got.map((x) => x.firstOutput));
      figures[clock][`longest_task_after_ready_ms_${name}`] = got.map((x) => x.longestTaskAfterReady);
      if (pressAfter == null) figures[clock].engine_prepared_at_ms = got.map((x) => x.prepared);
      else figures[clock][`marks_${name}`] = got.map((x) => x.marks);
    }
  }
  figures.load_average_1min.push(Math.round(os.loadavg()[0] * 100) / 100);
  fs.mkdirSync(resultsDir, { recursive: true });
  fs.writeFileSync(path.join(resultsDir, 'first-output.json'), JSON.stringify(figures, null, 2));
  const brief = Object.fromEntries(['real', 'virtual'].map((c) => [c, Object.fromEntries(Object.entries(figures[c]).filter(([k]) => !k.startsWith('marks_')))]));
  console.log(`# first output: ${JSON.stringify({ load: figures.load_average_1min, ...brief })}`);
  // The target is 100 ms (issue 6); the bounds here leave room for a loaded shared
  // machine (docs/performance.md, "Web"), and the figures file keeps what was measured.
  for (const clock of ['real', 'virtual']) {
    const f = figures[clock];
    assert.ok(f.median_engine_prepared <= 250, `${clock}: first output ${f.first_output_ms_engine_prepared} ms`);
    for (const name of ['run_at_page_ready', 'run_100ms_after_ready', 'run_200ms_after_ready']) {
      assert.ok(f[`median_${name}`] <= 600, `${clock}: first output, ${name}: ${f[`first_output_ms_${name}`]} ms`);
    }
  }
});
