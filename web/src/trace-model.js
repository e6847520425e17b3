// Turns the flat docs/trace.md event list into what the timeline and console draw:
// tasks in tree order, each with its segments (running / ready / waiting / blocking),
// its end, the outputs it wrote. Events can be added one at a time (streaming).

/**
 * @typedef {{state: 'running'|'ready'|'waiting'|'blocking', t0: number, t1: number,
 *   s0: number, s1: number, label: string, wait?: any, line?: number|null, open: boolean}} Segment
 * @typedef {{id: number, name: string, coro: string, parent: number|null, line: number|null,
 *   t0: number, s0: number, depth: number, segs: Segment[], end: any, children: number[],
 *   cancelRequests: any[], outputs: number}} Task
 */

export class TraceModel {
  constructor() {
    /** @type {Map<number, Task>} */
    this.tasks = new Map();
    /** @type {any[]} */
    this.events = [];
    this.outputs = [];       // {task, stream, text, t, step}
    this.blocking = [];      // {task, t0, t1, s, label}
    this.arrows = [];        // {from, to, t, s}
    this.idle = [];          // {t0, t1, s}
    this.clock = 'virtual';
    this.tEnd = 0;
    this.sEnd = 0;
    this.ended = false;
    this.exitCode = null;
    this._order = null;      // cached tree order
  }

  /** Builds a model from a whole event list. */
  static from(events) {
    const m = new TraceModel();
    for (const ev of events) m.add(ev);
    return m;
  }

  /** Adds one event (in stream order). */
  add(ev) {
    // The runtime's own hook names endings apart (runtime/aio/trace.h); docs/trace.md
    // folds them into task_done. Accept both spellings.
    if (ev.kind === 'task_cancelled' || ev.kind === 'task_failed') {
      ev = { ...ev, kind: 'task_done', outcome: ev.kind === 'task_cancelled' ? 'cancelled' : 'raised' };
    }
    this.events.push(ev);
    const t = typeof ev.t === 'number' ? ev.t : this.tEnd;
    const s = typeof ev.step === 'number' ? ev.step : this.sEnd;
    if (t > this.tEnd) this.tEnd = t;
    if (s > this.sEnd) this.sEnd = s;
    const task = ev.task != null ? this.tasks.get(ev.task) : undefined;
    switch (ev.kind) {
      case 'run_begin':
        this.clock = ev.clock || 'virtual';
        break;
      case 'task_created': {
        const parent = ev.parent != null && this.tasks.has(ev.parent) ? ev.parent : null;
        const nt = {
          id: ev.task, name: String(ev.name ?? `Task-${ev.task}`), coro: String(ev.coro ?? ''),
          parent, line: ev.line ?? null, t0: t, s0: s, depth: 0, segs: [], end: null,
          children: [], cancelRequests: [], outputs: 0,
        };
        if (parent != null) {
          const p = this.tasks.get(parent);
          nt.depth = p.depth + 1;
          p.children.push(nt.id);
        }
        // A new task waits in the ready queue for its first step.
        nt.segs.push(seg('ready', t, s, 'ready to start', null, nt.line));
        this.tasks.set(nt.id, nt);
        this._order = null;
        break;
      }
      case 'task_renamed':
        if (task) task.name = String(ev.name);
        break;
      case 'step_begin':
        if (!task) break;
        closeOpen(task, t, s, true);
        task.segs.push(seg('running', t, s, 'running', null, null));
        break;
      case 'step_end': {
        if (!task) break;
        const run = lastOpen(task);
        const w = ev.wait;
        if (run) {
          close(run, t, s + 1);
          if (w && w.line != null) run.line = w.line;
        }
        if (w) {
          const state = w.kind === 'yield' ? 'ready' : 'waiting';
          const label = w.kind === 'yield' ? `${w.label || 'sleep(0)'} — ready again` : String(w.label ?? w.kind);
          const sg = seg(state, t, s + 1, label, w, w.line ?? null);
          if (w.kind === 'sleep' && task.sleepDue != null && task.sleepDue >= t) sg.due = task.sleepDue;
          task.sleepDue = null;
          task.segs.push(sg);
          const targets = w.target != null ? [w.target] : Array.isArray(w.targets) ? w.targets : [];
          for (const to of targets) if (this.tasks.has(to)) this.arrows.push({ from: task.id, to, t, s: s + 1 });
        }
        break;
      }
      case 'timer_scheduled':
        // The deadline of a task's own sleep, so the timeline can show a late wake-up.
        if (task && ev.label === 'sleep') task.sleepDue = typeof ev.when === 'number' ? ev.when : null;
        break;
      case 'task_done':
        if (!task) break;
        closeOpen(task, t, s + 1, false);
        task.end = { outcome: ev.outcome, error: ev.error ?? null, t, s };
        break;
      case 'cancel_requested':
        if (task) task.cancelRequests.push({ by: ev.by ?? null, msg: ev.msg ?? null, t, s });
        break;
      case 'blocking': {
        const secs = Number(ev.seconds) || 0;
        this.blocking.push({ task: ev.task ?? null, t0: t, t1: t + secs, s, label: String(ev.label ?? 'blocking call') });
        if (t + secs > this.tEnd) this.tEnd = t + secs;
        if (task) {
          // Split the running step: the part spent inside the blocking call is drawn apart.
          const run = lastOpen(task);
          if (run && run.state === 'running') {
            close(run, t, s);
            task.segs.push(seg('blocking', t, s, String(ev.label ?? 'blocking call'), null, null));
            const b = task.segs[task.segs.length - 1];
            close(b, t + secs, s);
            task.segs.push(seg('running', t + secs, s, 'running', null, null));
          }
        }
        break;
      }
      case 'idle_begin':
        this.idle.push({ t0: t, t1: null, s });
        break;
      case 'idle_end': {
        const last = this.idle[this.idle.length - 1];
        if (last && last.t1 == null) last.t1 = t;
        break;
      }
      case 'output':
        this.outputs.push({ task: ev.task ?? null, stream: ev.stream === 'stderr' ? 'stderr' : 'stdout', text: String(ev.text ?? ''), t, step: s });
        if (task) task.outputs++;
        break;
      case 'run_end':
        this.ended = true;
        this.exitCode = ev.exit_code ?? null;
        for (const tk of this.tasks.values()) closeOpen(tk, t, s, false);
        break;
      default:
        break;
    }
  }

  /** Tasks in tree order: the main task first, children right under their parents. */
  order() {
    if (this._order) return this._order;
    const out = [];
    const visit = (tk) => {
      out.push(tk);
      for (const c of tk.children) visit(this.tasks.get(c));
    };
    for (const tk of this.tasks.values()) if (tk.parent == null) visit(tk);
    this._order = out;
    return out;
  }
}

function seg(state, t, s, label, wait, line) {
  return { state, t0: t, t1: t, s0: s, s1: s, label, wait, line, open: true };
}

function close(sg, t, s) {
  sg.t1 = Math.max(t, sg.t0);
  sg.s1 = Math.max(s, sg.s0);
  sg.open = false;
}

function lastOpen(task) {
  const sg = task.segs[task.segs.length - 1];
  return sg && sg.open ? sg : null;
}

// A waiting task is woken by a callback queued one loop iteration before it runs (the
// future's done-callbacks go through call_soon), so the last iteration of a wait is
// drawn as "ready". At one instant of virtual time that has no width on the time axis,
// only on the steps axis.
function closeOpen(task, t, s, resuming) {
  const sg = lastOpen(task);
  if (!sg) return;
  if (resuming && sg.state === 'waiting' && s - 1 > sg.s0) {
    close(sg, t, s - 1);
    const r = seg('ready', t, s - 1, 'woken, ready to run', null, sg.line);
    close(r, t, s);
    task.segs.push(r);
    return;
  }
  close(sg, t, s);
}
