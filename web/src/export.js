// Exports of a run's trace: our JSON (docs/trace.md) and Chrome Trace Event Format,
// which opens in ui.perfetto.dev and chrome://tracing.
import { TraceModel } from './trace-model.js';

/** @param {any[]} events @param {string} clock */
export function traceJson(events, clock) {
  return JSON.stringify({ version: 1, clock, events }, null, 0).replace(/\},\{/g, '},\n{');
}

/**
 * One thread per task named after it (M events), a B/E pair per step, an X slice per
 * wait labelled with what is awaited, instant events for cancellations and outcomes.
 * Timestamps are microseconds of the run's clock.
 * @param {any[]} events
 */
export function chromeTrace(events) {
  const us = (t) => Math.round((t || 0) * 1e6 * 1000) / 1000;
  const out = [{ ph: 'M', pid: 1, tid: 0, name: 'process_name', args: { name: 'Taskscope run' } },
    { ph: 'M', pid: 1, tid: 0, name: 'thread_name', args: { name: 'event loop' } }];
  const model = new TraceModel();
  for (const ev of events) {
    model.add(ev);
    const tid = ev.task ?? 0;
    switch (ev.kind) {
      case 'task_created':
        out.push({ ph: 'M', pid: 1, tid, name: 'thread_name', args: { name: `${ev.name} (${ev.coro})` } });
        out.push({ ph: 'M', pid: 1, tid, name: 'thread_sort_index', args: { sort_index: tid } });
        break;
      case 'step_begin': out.push({ ph: 'B', pid: 1, tid, ts: us(ev.t), name: 'step', args: { step: ev.step } }); break;
      case 'step_end': out.push({ ph: 'E', pid: 1, tid, ts: us(ev.t), args: ev.wait ? { waits_on: ev.wait.label } : {} }); break;
      case 'cancel_requested': out.push({ ph: 'i', s: 't', pid: 1, tid, ts: us(ev.t), name: 'cancel requested', args: { msg: ev.msg ?? null } }); break;
      case 'task_done': out.push({ ph: 'i', s: 't', pid: 1, tid, ts: us(ev.t), name: ev.outcome, args: { error: ev.error ?? null } }); break;
      case 'blocking': out.push({ ph: 'X', pid: 1, tid, ts: us(ev.t), dur: us(ev.seconds), name: `BLOCKING ${ev.label}`, cname: 'terrible' }); break;
      case 'output': out.push({ ph: 'i', s: 't', pid: 1, tid, ts: us(ev.t), name: ev.stream, args: { text: ev.text } }); break;
      case 'idle_begin': out.push({ ph: 'B', pid: 1, tid: 0, ts: us(ev.t), name: 'idle' }); break;
      case 'idle_end': out.push({ ph: 'E', pid: 1, tid: 0, ts: us(ev.t) }); break;
      default: break;
    }
  }
  for (const task of model.tasks.values()) {
    for (const sg of task.segs) {
      if (sg.state !== 'waiting' || sg.t1 <= sg.t0) continue;
      out.push({ ph: 'X', pid: 1, tid: task.id, ts: us(sg.t0), dur: us(sg.t1 - sg.t0), name: `wait ${sg.label}` });
    }
  }
  return JSON.stringify({ traceEvents: out, displayTimeUnit: 'ms' });
}

/** Offers text as a file download. */
export function download(name, text, type = 'application/json') {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url; a.download = name;
  document.body.append(a); a.click(); a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
