// Interleaved first-output figures of two copies of the page (docs/performance.md,
// "Web (session 7)"): `node tests/browser/tools/first-output-ab.mjs --before=DIR` where
// DIR holds a copy of another version's web/, wasm/dist/ and scripts/serve.mjs (the
// "after" side is this repository). Run is pressed from an init script at
// `taskscope-ready` (+0) or N ms after it (--press=0,100,200), on both clocks
// (--clocks=real,virtual), --n loads per cell, alternating which side goes first;
// --ready-only measures page ready without a Run. Not a test: a measuring tool for
// quiet moments (say the load it prints).
import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const arg = (name, dflt) => process.argv.slice(2).find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? dflt;
const N = Number(arg('n', 7));
const presses = arg('press', '0').split(',').map(Number);
const clocks = arg('clocks', 'real,virtual').split(',');
const readyOnly = process.argv.includes('--ready-only');
const here = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const roots = { before: arg('before', null), after: here };
if (!roots.before) throw new Error('--before=DIR: a copy of the other page (web/, wasm/dist/, scripts/serve.mjs)');

const freePort = () => new Promise((res) => { const s = net.createServer(); s.listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => res(p)); }); });
async function serve(root) {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(root, 'scripts/serve.mjs'), '--port', String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((res) => child.stdout.on('data', (d) => { if (String(d).includes('http://')) res(); }));
  return { url: `http://127.0.0.1:${port}`, close: () => child.kill() };
}
// The figures test's program (tests/browser/stream.test.mjs), from a share link.
const src = 'import asyncio\nasync def main():\n    print("hello")\n    await asyncio.sleep(0.1)\n    print("world")\nasyncio.run(main())\n';
const link = (clock) => `#code=${zlib.deflateRawSync(Buffer.from(src)).toString('base64url')}&clock=${clock === 'real' ? 'real' : 'instant'}`;

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
const servers = { before: await serve(roots.before), after: await serve(roots.after) };

async function measure(side, clock, pressAfter) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  const page = await context.newPage();
  const marks = () => page.evaluate(() => Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, Math.round(m.startTime)])));
  if (readyOnly) {
    await page.goto(`${servers[side].url}/${link(clock)}`);
    await page.waitForSelector('body[data-ready="true"]');
    await page.waitForTimeout(1500);
    const m = await marks();
    await context.close();
    return { ready: m['taskscope-ready'], handedOver: m['taskscope-engine-handed-over'] };
  }
  await page.addInitScript((ms) => {
    const press = () => { performance.mark('test-run-pressed'); document.getElementById('run').click(); };
    window.addEventListener('taskscope-ready', () => { if (ms > 0) setTimeout(press, ms); else press(); });
    new MutationObserver(() => { if (document.body.dataset.runState === 'done') console.log('test: run done'); })
      .observe(document, { attributes: true, subtree: true, attributeFilter: ['data-run-state'] });
  }, pressAfter);
  const done = page.waitForEvent('console', { predicate: (m) => m.text() === 'test: run done', timeout: 30000 });
  await page.goto(`${servers[side].url}/${link(clock)}`);
  await done;
  const m = await marks();
  const out = await page.evaluate(() => window.taskscope.session.console.text('stdout'));
  if (out !== 'hello\nworld\n') throw new Error(`${side}: wrong output ${JSON.stringify(out)}`);
  await context.close();
  return { first: m['taskscope-first-output'] - m['test-run-pressed'], ready: m['taskscope-ready'], handedOver: m['taskscope-engine-handed-over'] };
}

const results = {};
const load = [os.loadavg()[0]];
for (let i = 0; i < N; i++) {
  for (const clock of readyOnly ? clocks.slice(0, 1) : clocks) for (const p of readyOnly ? [0] : presses) {
    for (const side of i % 2 ? ['after', 'before'] : ['before', 'after']) {
      (results[`${clock} +${p} ${side}`] ??= []).push(await measure(side, clock, p));
    }
  }
}
load.push(os.loadavg()[0]);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`load average ${load.map((x) => x.toFixed(2)).join(' → ')}, ${new Date().toISOString()}`);
for (const [k, v] of Object.entries(results)) {
  const ready = v.map((x) => x.ready);
  const first = readyOnly ? '' : `first output median ${median(v.map((x) => x.first))} ms (${v.map((x) => x.first).join(', ')}); `;
  console.log(`${readyOnly ? k.replace(/ \+0/, '') : k}: ${first}page ready median ${median(ready)} ms (${ready.join(', ')}); handed over ${v.map((x) => x.handedOver).join(', ')}`);
}
for (const s of Object.values(servers)) s.close();
await browser.close();
