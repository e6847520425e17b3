// One program's runs, shared by the page and the embed widget: starts a run on the
// engine, streams its output to the console and its trace to the timeline, stops it,
// and replays a finished trace step by step.
import { startRun, EngineMissingError } from './engine.js';
import { TraceModel } from './trace-model.js';

export class Session {
  /**
   * @param {{editor: any, console: import('./console.js').Console,
   *   timeline: import('./timeline.js').Timeline|null, onState?: (state: string, info?: any) => void}} parts
   */
  constructor(parts) {
    Object.assign(this, parts);
    this.events = [];
    this.clock = 'virtual';
    this.model = new TraceModel();
    this.run = null;
    this.state = 'idle';
    this.console.opts.taskName = (id) => this.model.tasks.get(id)?.name;
  }

  setState(state, info) {
    this.state = state;
    if (this.onState) this.onState(state, info);
  }

  /**
   * Runs the editor's program, or shows a run already started (held: engine.js,
   * startHeldRun) from where it is.
   */
  async start(clock, held = null) {
    if (this.run) this.stop();
    const source = held ? held.source : this.editor.getText();
    if (held) clock = held.clock;
    this.clock = clock;
    this.events = [];
    this.model = new TraceModel();
    this.console.clear();
    this.editor.setErrorLine(null);
    if (this.timeline) { this.timeline.setModel(this.model); this.timeline.setNow(null); }
    this.setState('loading');
    const myRun = {};
    this.run = myRun;
    // Figures (docs/performance.md, "Web"): Run → first output on screen, measured with
    // performance marks (a held run was marked when Run was pressed).
    this.figures = { runAt: held ? held.pressedAt : performance.now(), firstOutputMs: null };
    if (held?.firstOutputAt != null) this.figures.firstOutputMs = held.firstOutputAt - held.pressedAt;
    if (!held) performance.mark('taskscope-run');
    let handle;
    try {
      const callbacks = {
        onOutput: (stream, text, meta) => {
          if (this.run !== myRun) return;
          if (this.figures.firstOutputMs == null) {
            this.figures.firstOutputMs = performance.now() - this.figures.runAt;
            performance.mark('taskscope-first-output');
            held?.markShown();
          }
          this.console.write(stream, text, meta);
        },
        // at: when a held event arrived.
        onTrace: (ev, at = performance.now()) => {
          if (this.run !== myRun) return;
          // The run's clock starts with run_begin: the wall-clock cursor is set from it.
          if (ev && ev.kind === 'run_begin') myRun.t0 = at - (ev.t || 0) * 1000;
          this.addEvent(ev);
        },
      };
      handle = await (held ? held.attach(callbacks) : startRun(source, { clock, ...callbacks }));
    } catch (err) {
      held?.markShown();
      // A newer Run may have replaced this one while the engine loaded.
      if (this.run !== myRun) return;
      this.run = null;
      if (err instanceof EngineMissingError) {
        this.console.setStatus('Engine not built — this page cannot run programs until `make wasm` has produced wasm/dist/taskscope.mjs. No output is shown rather than a fake one.', 'error');
        this.setState('missing', err.message);
      } else {
        this.console.setStatus(`The engine failed to load: ${err && err.message ? err.message : err}`, 'error');
        this.setState('error', String(err));
      }
      return;
    }
    if (this.run !== myRun) { handle.stop(); return; }
    myRun.handle = handle;
    myRun.t0 = myRun.t0 ?? performance.now();
    this.setState('running');
    // Real clock: open segments grow with the wall clock between events.
    if (clock === 'real' && this.timeline) {
      // Nothing to grow before the first event: no frame is drawn then, so that the
      // main thread is free when the run's first output arrives.
      const tick = () => {
        if (this.run !== myRun) return;
        if (this.events.length) this.timeline.setNow((performance.now() - myRun.t0) / 1000);
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    }
    let result;
    try {
      result = await handle.done;
    } catch (err) {
      result = { exitCode: -1, error: err };
    }
    held?.markShown();
    if (this.run !== myRun) return;
    this.run = null;
    // An engine that does not stream events hands the whole trace at the end.
    const trace = result && result.trace;
    if (trace && this.events.length === 0) for (const ev of (Array.isArray(trace) ? trace : trace.events || [])) this.addEvent(ev);
    this.finish(result ? result.exitCode : null, myRun.stopped ? 'stopped' : null);
  }

  addEvent(ev) {
    this.events.push(ev);
    this.model.add(ev);
    if (this.timeline) this.timeline.refresh();
  }

  finish(exitCode, why) {
    if (this.timeline) this.timeline.setNow(null);
    if (this.console.errorLine != null) this.editor.setErrorLine(this.console.errorLine);
    if (why === 'stopped') this.console.setStatus('Stopped.', 'warn');
    else if (exitCode === 0 || exitCode == null) this.console.setStatus(`Finished in ${fmt(this.model.tEnd)} of ${this.clock === 'real' ? 'real' : 'virtual'} time, ${this.model.sEnd} loop steps.`, 'ok');
    else this.console.setStatus(`Exited with status ${exitCode}.`, 'error');
    this.setState('done', { exitCode, why });
  }

  /** Ends the current run; the engine stays usable. */
  stop() {
    const r = this.run;
    if (!r) return;
    r.stopped = true;
    if (r.handle) {
      r.handle.stop();
      // Whatever the engine does with `done`, the page is idle again at once.
      this.run = null;
      this.finish(null, 'stopped');
    } else {
      this.run = null;
      this.setState('idle');
    }
  }

  /** Shows a whole trace (an exported or oracle-made JSON document) as if just run. */
  showTrace(doc) {
    if (this.run) this.stop();
    const events = Array.isArray(doc) ? doc : doc.events;
    if (!Array.isArray(events)) throw new Error('not a trace: no "events" list');
    this.clock = doc.clock === 'real' ? 'real' : 'virtual';
    this.events = events.slice();
    this.console.clear();
    this.editor.setErrorLine(null);
    const t0 = performance.now();
    this.model = TraceModel.from(this.events);
    for (const o of this.model.outputs) this.console.write(o.stream, o.text, { task: o.task, t: o.t });
    if (this.timeline) { this.timeline.setNow(null); this.timeline.setModel(this.model); this.timeline.buildList(); this.timeline.draw(); }
    const ms = performance.now() - t0;
    const end = this.events.find((e) => e.kind === 'run_end');
    this.finish(end ? end.exit_code : 0, null);
    return ms;
  }

  /** Replay: shows the run as it was at the end of loop step `step`. */
  replayTo(step) {
    let n = this.events.length;
    for (let i = 0; i < this.events.length; i++) if ((this.events[i].step ?? 0) > step) { n = i; break; }
    const model = TraceModel.from(this.events.slice(0, n));
    this.console.clear();
    for (const o of model.outputs) this.console.write(o.stream, o.text, { task: o.task, t: o.t });
    if (this.timeline) {
      // Keep the full run's scale so the picture does not jump while scrubbing.
      model.tEnd = this.model.tEnd; model.sEnd = this.model.sEnd;
      this.timeline.setModel(model, true);
      const last = this.events[n - 1];
      if (step >= this.model.sEnd) this.timeline.setNow(null);
      else this.timeline.setNow(last ? last.t : 0, step + 1);
    }
    return model;
  }
}

function fmt(t) {
  return `${Math.round(t * 1000) / 1000} s`;
}
