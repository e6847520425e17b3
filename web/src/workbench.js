// The playground's workbench: the console, timeline, session, toolbar, gallery, share
// links, exports and replay around the editor app.js made. It is a chunk of its own,
// loaded as soon as the editor is up (app.js). Program data only ever reaches the DOM
// as text.
import { h } from './dom.js';
import { Console } from './console.js';
import { Timeline } from './timeline.js';
import { Session } from './session.js';
import { loadEngine } from './engine.js';
import { GALLERY, EXAMPLES } from './examples.js';
import { encodeShare } from './share.js';
import { traceJson, chromeTrace, download } from './export.js';

const $ = (id) => document.getElementById(id);

/**
 * Wires the page around its editor.
 * @param {{editor: any, getClock: () => 'real'|'virtual',
 *   showLesson: (example: any) => void, warm: () => void, held?: any}} page
 *   held: a run app.js started before the workbench was there (engine.js,
 *   startHeldRun); shown from where it is
 * @returns {{run: () => void}}
 */
export function mountWorkbench({ editor, getClock, showLesson, warm, held }) {
  const runBtn = $('run');
  const stopBtn = $('stop');
  const exportJson = $('export-json');
  const exportChrome = $('export-chrome');
  const title = $('example-title');
  const lesson = $('example-lesson');
  const replay = $('replay');
  const scrub = $('scrub');
  const scrubPos = $('scrub-pos');
  const playBtn = $('play');
  const toast = $('toast');

  const showLine = (n) => editor.showLine(n);
  let timeline;
  const cons = new Console($('console'), { onLine: showLine, onTask: (id) => timeline.highlightTask(id) });
  timeline = new Timeline($('timeline'), { onLine: showLine, onTask: (id) => cons.highlightTask(id), maxHeight: 460 });
  const session = new Session({
    editor, console: cons, timeline,
    onState(state) {
      const busy = state === 'running' || state === 'loading';
      runBtn.disabled = busy;
      stopBtn.disabled = !busy;
      document.body.dataset.runState = state;
      const hasTrace = session.events.length > 0 && !busy;
      exportJson.disabled = !hasTrace;
      exportChrome.disabled = !hasTrace;
      if (state === 'done' && session.clock === 'virtual' && session.events.length) {
        replay.hidden = false;
        scrub.max = String(session.model.sEnd);
        scrub.value = scrub.max;
        showScrub(session.model.sEnd);
      } else if (busy) {
        replay.hidden = true;
      }
      if (state === 'missing') $('engine-note').hidden = false;
    },
  });

  const run = () => session.start(getClock());
  runBtn.addEventListener('click', run);
  runBtn.addEventListener('pointerenter', warm, { once: true });
  runBtn.addEventListener('focus', warm, { once: true });
  stopBtn.addEventListener('click', () => session.stop());
  window.addEventListener('keydown', (e) => {
    // Escape stops a run, unless it is closing the examples dialog.
    if (e.key === 'Escape' && session.run && !document.getElementById('gallery').open) session.stop();
  });

  // ---- examples --------------------------------------------------------------------------
  const dialog = $('gallery');
  const list = $('gallery-list');
  for (const group of GALLERY) {
    list.append(h('section', { class: 'ts-gallery-group' },
      h('h3', { text: group.group }),
      h('ul', {}, ...group.items.map((ex) => h('li', {},
        h('button', { type: 'button', class: 'ts-card', dataset: { example: ex.id }, onclick: () => { loadExample(ex.id); dialog.close(); } },
          h('span', { class: 'ts-card-title', text: ex.title }),
          h('span', { class: 'ts-card-lesson', text: ex.lesson })))))));
  }
  $('examples-btn').addEventListener('click', () => dialog.showModal());
  $('gallery-close').addEventListener('click', () => dialog.close());
  dialog.addEventListener('click', (e) => { if (e.target === dialog) dialog.close(); });

  function loadExample(id) {
    const ex = EXAMPLES.find((e) => e.id === id) ?? EXAMPLES[0];
    editor.setText(ex.source);
    showLesson(ex);
    resetOutput();
  }

  function resetOutput() {
    cons.clear();
    session.events = [];
    timeline.setModel(null);
    replay.hidden = true;
    exportJson.disabled = true;
    exportChrome.disabled = true;
  }

  // ---- replay ----------------------------------------------------------------------------
  function showScrub(step) {
    const ev = session.events.find((e) => (e.step ?? 0) >= step) ?? session.events[session.events.length - 1];
    scrubPos.textContent = `step ${step} of ${session.model.sEnd} · ${Math.round((ev?.t ?? 0) * 1000) / 1000} s`;
  }
  scrub.addEventListener('input', () => {
    const step = Number(scrub.value);
    session.replayTo(step);
    showScrub(step);
  });
  let playing = null;
  playBtn.addEventListener('click', () => {
    if (playing) { cancelAnimationFrame(playing); playing = null; playBtn.textContent = '▶ Replay'; return; }
    const max = Number(scrub.max);
    const start = performance.now();
    const duration = Math.min(8000, Math.max(2000, max * 60));
    playBtn.textContent = '❚❚ Pause';
    const frame = () => {
      const step = Math.min(max, Math.round(((performance.now() - start) / duration) * max));
      scrub.value = String(step);
      scrub.dispatchEvent(new Event('input'));
      if (step < max) playing = requestAnimationFrame(frame);
      else { playing = null; playBtn.textContent = '▶ Replay'; }
    };
    playing = requestAnimationFrame(frame);
  });

  // ---- share and export ------------------------------------------------------------------
  $('share').addEventListener('click', async () => {
    const hash = await encodeShare(editor.getText(), getClock());
    history.replaceState(null, '', hash);
    const url = location.href;
    $('share-url').value = url;
    try { await navigator.clipboard.writeText(url); flash('Link copied to the clipboard.'); } catch { flash('Link ready in the address bar.'); }
  });
  const menu = document.querySelector('.ts-menu');
  exportJson.addEventListener('click', () => { download('taskscope-trace.json', traceJson(session.events, session.clock)); menu.open = false; });
  exportChrome.addEventListener('click', () => { download('taskscope-trace.chrome.json', chromeTrace(session.events)); menu.open = false; });
  $('open-trace').addEventListener('change', async (e) => {
    const file = e.target.files && e.target.files[0];
    if (!file) return;
    try {
      session.showTrace(JSON.parse(await file.text()));
      title.textContent = file.name;
      lesson.textContent = 'A trace opened from a file: its timeline and output, without its program.';
      $('example-group').textContent = 'Trace';
    } catch (err) {
      cons.setStatus(`Could not open that trace: ${err.message}`, 'error');
    }
    e.target.value = '';
    menu.open = false;
  });

  function flash(text) {
    toast.textContent = text;
    toast.hidden = false;
    clearTimeout(flash.timer);
    flash.timer = setTimeout(() => { toast.hidden = true; }, 2500);
  }

  // A small handle for tests and for measuring (no program data passes through it).
  window.taskscope = {
    showTrace: (doc) => session.showTrace(doc),
    loadExample, session, timeline, editor,
    // Resolves once the engine is prepared: the first run's instance made and, on the
    // playground page, the run worker's own warm-up over (index.html).
    engineReady: () => loadEngine().then((ts) => ts.ready?.()).then(() => globalThis.taskscopeWarm),
  };
  if (held) session.start(held.clock, held);
  document.body.dataset.ready = 'true';
  window.dispatchEvent(new Event('taskscope-loaded'));
  return { run };
}
