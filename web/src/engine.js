// The one place that talks to the WebAssembly engine (issue 5's API). The engine module
// is loaded lazily, once, and shared by everything on the page; it lives beside this
// bundle (dist/taskscope.mjs), so the page works from any static host and path.

export class EngineMissingError extends Error {}

let enginePromise = null;

/** Where the engine module is expected. */
export function engineUrl() {
  return new URL('./taskscope.mjs', import.meta.url).href;
}

/**
 * Loads the engine (once). Rejects with EngineMissingError when wasm/dist has not been
 * built; the page then says so and shows no output at all.
 * @returns {Promise<any>} the object createTaskscope() returns
 */
export function loadEngine() {
  if (!enginePromise) {
    // The playground page starts its engine from its first script (index.html), once.
    const started = globalThis.taskscopeEngine;
    globalThis.taskscopeEngine = null;
    enginePromise = (async () => {
      const url = engineUrl();
      let ts;
      try {
        if (started) {
          ts = await started;
        } else {
          const mod = await import(/* @vite-ignore */ url);
          performance.mark('taskscope-engine-imported');
          ts = await mod.createTaskscope();
          performance.mark('taskscope-engine-compiled');
        }
      } catch (err) {
        let missing = true;
        try { missing = !(await fetch(url, { method: 'HEAD', cache: 'no-store' })).ok; } catch { missing = true; }
        if (missing) throw new EngineMissingError('engine not built: wasm/dist/taskscope.mjs is missing (run `make wasm`)');
        throw err;
      }
      return ts;
    })();
    // A failed load is tried again on the next Run (the engine may have been built since).
    enginePromise.catch(() => { enginePromise = null; });
  }
  return enginePromise;
}

/** Whether the engine module is present, without importing it. */
export async function engineAvailable() {
  try { return (await fetch(engineUrl(), { method: 'HEAD', cache: 'no-store' })).ok; } catch { return false; }
}

/**
 * Runs a program; callbacks as in issue 5. Output shown to the user is taken from the
 * `output` trace events (they name the task that wrote). Each such event arrives just
 * before its text on onStdout/onStderr; text no event covers (what the engine itself
 * writes, such as `stopped: time limit`) is shown from onStdout/onStderr.
 * @param {string} source
 * @param {{clock: 'virtual'|'real', onOutput: (stream: string, text: string, meta: any) => void,
 *   onTrace: (ev: any) => void, limits?: any}} opts
 * @returns {Promise<{stop: () => void, done: Promise<{exitCode: number, trace?: any}>}>}
 */
export async function startRun(source, opts) {
  const ts = await loadEngine();
  // Characters of each stream already shown from output events, not yet seen as text.
  const covered = { stdout: 0, stderr: 0 };
  const text = (stream, t) => {
    const skip = Math.min(covered[stream], t.length);
    covered[stream] -= skip;
    if (skip < t.length) opts.onOutput(stream, t.slice(skip), {});
  };
  const run = ts.run(source, {
    clock: opts.clock,
    limits: opts.limits ?? { seconds: 60 },
    onStdout(t) { text('stdout', t); },
    onStderr(t) { text('stderr', t); },
    onTrace(ev) {
      // An engine that batches may hand several events at once.
      if (Array.isArray(ev)) { for (const one of ev) this.onTrace(one); return; }
      if (ev && ev.kind === 'output') {
        const stream = ev.stream === 'stderr' ? 'stderr' : 'stdout';
        const t = String(ev.text ?? '');
        covered[stream] += t.length;
        opts.onOutput(stream, t, { task: ev.task ?? null, t: ev.t });
      }
      opts.onTrace(ev);
    },
  });
  return { stop: () => run.stop(), done: Promise.resolve(run.done) };
}

/**
 * Starts a run before anything can show it (the page's Run pressed while its console
 * and timeline are still loading): what the run writes is held, with the time it
 * arrived, until attach() hands it, and everything after it, to the callbacks.
 * Meanwhile preview(stream, text) shows the output as it comes (plain text); the first
 * time it does is the run's first output on screen (`firstOutputAt`, marked).
 * @param {string} source
 * @param {'virtual'|'real'} clock
 * @param {(stream: string, text: string) => void} [preview]
 * @returns {{source: string, clock: string, pressedAt: number, firstOutputAt: number|null,
 *   attach: (callbacks: {onOutput: Function, onTrace: Function}) => ReturnType<typeof startRun>}}
 */
export function startHeldRun(source, clock, preview) {
  const pressedAt = performance.now();
  const held = [];   // [at, 'output', stream, text, meta] or [at, 'trace', event]
  let sink = null;
  let markShown;
  const heldOutput = (stream, text, meta) => {
    held.push([performance.now(), 'output', stream, text, meta]);
    if (!preview) return;
    preview(stream, text);
    if (run.firstOutputAt == null) {
      run.firstOutputAt = performance.now();
      performance.mark('taskscope-first-output');
      markShown();
    }
  };
  const started = startRun(source, {
    clock,
    onOutput: (stream, text, meta) => (sink ? sink.onOutput(stream, text, meta) : heldOutput(stream, text, meta)),
    onTrace: (ev) => (sink ? sink.onTrace(ev) : held.push([performance.now(), 'trace', ev])),
  });
  // Whoever attaches sees a failure (engine missing); until then it is not unhandled.
  // A run that ends (or fails) without output counts as shown: nothing more will come.
  started.then((r) => r.done).then(() => markShown(), () => markShown());
  const run = {
    source,
    clock,
    pressedAt,
    firstOutputAt: null,
    // Settles once the run's first output is on screen or the run is over (the page
    // loads its editor's grammar after that: app.js).
    shown: new Promise((resolve) => { markShown = resolve; }),
    markShown: () => markShown(),
    attach(callbacks) {
      for (const [at, kind, a, b, c] of held) {
        if (kind === 'output') callbacks.onOutput(a, b, c);
        else callbacks.onTrace(a, at);
      }
      held.length = 0;
      sink = callbacks;
      return started;
    },
  };
  return run;
}
