// The trace model on CPython-made fixtures, without a browser: the segments, ends,
// arrows and late wake-ups the timeline draws, and share links' encoding.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TraceModel } from '../../web/src/trace-model.js';
import { encodeShare, decodeShare } from '../../web/src/share.js';
import { fixture } from './harness.mjs';

const states = (task) => task.segs.filter((s) => s.t1 > s.t0 || s.s1 > s.s0 || s.state === 'running')
  .map((s) => `${s.state}${s.state === 'waiting' ? `(${s.label})` : ''}@${s.t0}-${s.t1}`);

test('two tasks: each is ready, runs, waits on its sleep, runs again and returns', () => {
  const m = TraceModel.from(fixture('tasks').events);
  assert.deepEqual(m.order().map((t) => t.name), ['Task-1', 'Task-2', 'Task-3']);
  const t2 = m.tasks.get(2);
  // The sleep's timer fires in the first step after the idle jump and the task runs in
  // the next one: one step, drawn as the end of the wait (no separate ready cell).
  assert.deepEqual(states(t2), ['ready@0-0', 'running@0-0', 'waiting(sleep(1))@0-1', 'running@1-1']);
  // main waited on Task-2 across several steps, so its last step of waiting is "ready".
  assert.ok(m.tasks.get(1).segs.some((sg) => sg.state === 'ready' && sg.label === 'woken, ready to run' && sg.s1 - sg.s0 === 1));
  assert.deepEqual(t2.end, { outcome: 'returned', error: null, t: 1, s: t2.end.s });
  assert.equal(m.tEnd, 2);
  // main waits on Task-2, then on Task-3: two arrows.
  assert.deepEqual(m.arrows.map((a) => `${a.from}->${a.to}`), ['1->2', '1->3']);
  assert.equal(m.tasks.get(1).segs.find((s) => s.state === 'waiting').label, 'Task-2');
});

test('time.sleep: the blocking part of the step is its own segment, and the ticker wakes late', () => {
  const m = TraceModel.from(fixture('blocking').events);
  assert.equal(m.blocking.length, 1);
  assert.deepEqual({ t0: m.blocking[0].t0, t1: m.blocking[0].t1, label: m.blocking[0].label }, { t0: 0.5, t1: 3.5, label: 'time.sleep(3)' });
  const main = m.tasks.get(1);
  const b = main.segs.find((s) => s.state === 'blocking');
  assert.deepEqual([b.t0, b.t1], [0.5, 3.5]);
  const late = m.tasks.get(2).segs.find((s) => s.state === 'waiting' && s.due != null && s.t1 > s.due);
  assert.deepEqual([late.label, late.due, late.t1], ['sleep(1)', 1, 3.5]);
});

test('cancellation, failures and their spellings', () => {
  const m = TraceModel.from(fixture('cancel').events);
  const t = m.tasks.get(2);
  assert.equal(t.end.outcome, 'cancelled');
  assert.deepEqual(t.cancelRequests.map((c) => [c.by, c.t]), [[1, 0.5]]);
  const tg = TraceModel.from(fixture('taskgroup').events);
  assert.deepEqual([...tg.tasks.values()].map((x) => x.end.outcome), ['returned', 'returned', 'returned', 'raised', 'cancelled']);
  assert.equal(tg.tasks.get(4).end.error, 'ValueError: Task 3 failed');
  const alias = new TraceModel();
  alias.add({ kind: 'task_created', t: 0, step: 0, task: 1, name: 'Task-1', coro: 'main', parent: null, line: 1 });
  alias.add({ kind: 'task_failed', t: 0, step: 1, task: 1, error: 'ValueError: x' });
  assert.equal(alias.tasks.get(1).end.outcome, 'raised');
});

test('sleep(0) hand-offs: a step of running in every loop step, all at one instant', () => {
  const m = TraceModel.from(fixture('cooperative').events);
  assert.equal(m.tEnd, 0);
  const t2 = m.tasks.get(2);
  const yields = t2.segs.filter((s) => s.state === 'ready' && s.wait && s.wait.kind === 'yield');
  assert.equal(yields.length, 5, 'prime_filter(2, 50) yields at 10, 20, 30, 40, 50');
  const runs = t2.segs.filter((s) => s.state === 'running');
  assert.deepEqual(runs.map((r) => r.s1 - r.s0), [1, 1, 1, 1, 1, 1]);
  assert.ok(runs.every((r, i) => i === 0 || r.s0 === runs[i - 1].s1), 'back to back, one loop step each');
});

test('share links round-trip text, unicode and markup', async () => {
  const src = 'print("<b>ünïcode ✓</b>")\n' + 'x = 1\n'.repeat(500);
  const hash = await encodeShare(src, 'real');
  assert.match(hash, /^#code=[A-Za-z0-9_-]+&clock=real$/);
  assert.ok(hash.length < src.length / 4, 'compressed');
  assert.deepEqual(await decodeShare(hash), { source: src, clock: 'real' });
  assert.equal(await decodeShare('#code=not*base64'), null);
  assert.equal(await decodeShare(''), null);
});
