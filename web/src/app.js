// The playground page, editor first. This entry makes the editor with the program to
// show (a share link's, or an example) and marks the page ready (the figure "page
// ready": navigation start → editor interactive); everything else (console, timeline,
// gallery, share, export, replay) is workbench.js, a chunk loaded right after. Run
// pressed before the workbench is there starts the run at once (its output is held
// until the console is there to show it); another toolbar button is pressed again once
// the workbench is there.
import { createEditor } from './editor.js';
import { EXAMPLES } from './examples.js';
import { decodeShare } from './share.js';
import { loadEngine, startHeldRun } from './engine.js';

const $ = (id) => document.getElementById(id);

const clockInputs = [...document.querySelectorAll('input[name="clock"]')];
const getClock = () => (clockInputs.find((i) => i.checked)?.value === 'real' ? 'real' : 'virtual');
const setClock = (c) => { for (const i of clockInputs) i.checked = i.value === c; };

/** Shows an example's title and lesson above the editor. */
function showLesson(ex) {
  $('example-title').textContent = ex.title;
  $('example-lesson').textContent = ex.lesson;
  $('example-group').textContent = ex.group;
  document.body.dataset.example = ex.id;
}

// The engine: its module, the .wasm's compile and the worker (which then warms itself
// up) are prepared while the page loads (index.html's first script), so that Run only
// runs. Should that have failed (a server without the engine yet), Run and hovering it
// try again.
const warm = () => { loadEngine().catch(() => {}); };

// Until the workbench is there, a run's output is shown as plain text where the
// console will be; the console then shows it again, attributed to its tasks.
const PREVIEW_CHARS = 20000;
// A run pressed before the workbench is there: its first output is waited for this long
// at most before the workbench is wired, and before the editor's grammar loads. Wiring
// the workbench holds the main thread for 100-250 ms on a loaded machine: a first
// output that comes later than this bound waits for it (docs/performance.md, "Web
// (session 6)").
const FIRST_OUTPUT_WAIT_MS = 1000;
const LANGUAGE_WAIT_MS = 1000;
const delay = (ms) => new Promise((resolve) => { setTimeout(resolve, ms); });
function previewOutput() {
  const body = document.createElement('pre');
  body.className = 'ts-console-body ts-preview';
  $('console').classList.add('ts-console');
  $('console').append(body);
  let chars = 0;
  return (stream, text) => {
    if (chars >= PREVIEW_CHARS || !body.isConnected) return;
    const span = document.createElement('span');
    span.className = `ts-${stream}`;
    span.textContent = text.slice(0, PREVIEW_CHARS - chars);
    chars += span.textContent.length;
    body.append(span);
  };
}

async function main() {
  const shared = await decodeShare(location.hash);
  const wanted = new URLSearchParams(location.search).get('example') ?? 'tasks';
  const example = shared ? null : (EXAMPLES.find((e) => e.id === wanted) ?? EXAMPLES[0]);

  // The workbench first (index.html preloads it), then the editor.
  const benchModule = import('./workbench.js');
  let bench = null;
  let benchLoading = null;
  const whenMounted = (fn) => (bench ? fn(bench) : benchLoading.then(fn));
  // A Run before the workbench is there: the engine gets the program now, not once the
  // workbench has loaded (docs/performance.md, "Web"); the workbench then shows it.
  let held = null;
  let languageGo;
  const run = () => {
    if (bench) { bench.run(); return; }
    if (held) return;
    held = startHeldRun(editor.getText(), getClock(), previewOutput());
    performance.mark('taskscope-run');
    $('run').disabled = true;
    $('stop').disabled = false;
    document.body.dataset.runState = 'loading';
  };
  // The Python language (python-lang.js: grammar, colours, keymaps; its evaluation
  // holds the main thread for tens of milliseconds) comes after the workbench, and
  // after the first output of a run pressed before it: what was asked for first.
  const languageAfter = new Promise((resolve) => { languageGo = resolve; });
  const editor = createEditor($('editor'), { doc: shared ? shared.source : example.source, onRun: run, languageAfter });
  if (shared) {
    setClock(shared.clock);
    $('example-title').textContent = 'Shared program';
    $('example-lesson').textContent = 'Opened from a share link. Press Run to see its tasks.';
    $('example-group').textContent = 'Shared';
  } else {
    showLesson(example);
  }
  const header = document.querySelector('.ts-header');
  const replayEarlyPress = (e) => {
    const btn = e.target.closest && e.target.closest('button');
    if (bench || !btn || btn.disabled) return;
    e.preventDefault();
    e.stopPropagation();
    if (btn.id === 'run') run();
    else {
      // Another button wants the workbench: it is wired now, not after the first output.
      held?.markShown();
      whenMounted(() => btn.click());
    }
  };
  header.addEventListener('click', replayEarlyPress, true);

  // The workbench is evaluated after this task, that is after the editor is marked
  // ready. Wiring it holds the main thread for a while: with a run pressed at once,
  // that waits until the run's first output has been painted (FIRST_OUTPUT_WAIT_MS at
  // most), which comes first.
  const firstOutput = async () => {
    if (!held) return;
    await Promise.race([held.shown, delay(FIRST_OUTPUT_WAIT_MS)]);
    await new Promise((resolve) => { requestAnimationFrame(() => setTimeout(resolve, 0)); });
  };
  benchLoading = benchModule.then(async (m) => {
    await firstOutput();
    document.querySelector('#console .ts-preview')?.remove();
    bench = m.mountWorkbench({ editor, getClock, showLesson, warm, held });
    header.removeEventListener('click', replayEarlyPress, true);
    performance.mark('taskscope-loaded');
    if (held) Promise.race([held.shown, delay(LANGUAGE_WAIT_MS)]).then(languageGo);
    else languageGo();
    return bench;
  });
  document.body.dataset.editorReady = 'true';
  performance.mark('taskscope-ready');
  window.dispatchEvent(new Event('taskscope-ready'));
}

main();
