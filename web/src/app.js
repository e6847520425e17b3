// The playground page, editor first. This entry makes the editor with the program to
// show (a share link's, or an example) and marks the page ready (the figure "page
// ready": navigation start → editor interactive); everything else (console, timeline,
// gallery, share, export, replay) is workbench.js, a chunk loaded right after. A toolbar
// button pressed before the workbench is there is pressed again once it is.
import { createEditor } from './editor.js';
import { EXAMPLES } from './examples.js';
import { decodeShare } from './share.js';
import { loadEngine } from './engine.js';

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
// up) are prepared while the page loads (boot.js), so that Run only runs. Should that
// have failed (a server without the engine yet), Run and hovering it try again.
const warm = () => { loadEngine().catch(() => {}); };

async function main() {
  const shared = await decodeShare(location.hash);
  const wanted = new URLSearchParams(location.search).get('example') ?? 'tasks';
  const example = shared ? null : (EXAMPLES.find((e) => e.id === wanted) ?? EXAMPLES[0]);

  // The workbench first (index.html preloads it; a Run pressed early waits for it),
  // then the editor, which asks for its Python grammar.
  const benchModule = import('./workbench.js');
  let bench = null;
  let benchLoading = null;
  const whenMounted = (fn) => (bench ? fn(bench) : benchLoading.then(fn));
  const editor = createEditor($('editor'), { doc: shared ? shared.source : example.source, onRun: () => whenMounted((b) => b.run()) });
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
    whenMounted(() => btn.click());
  };
  header.addEventListener('click', replayEarlyPress, true);

  // The workbench is evaluated after this task, that is after the editor is marked
  // ready.
  benchLoading = benchModule.then((m) => {
    bench = m.mountWorkbench({ editor, getClock, showLesson, warm });
    header.removeEventListener('click', replayEarlyPress, true);
    performance.mark('taskscope-loaded');
    return bench;
  });
  document.body.dataset.editorReady = 'true';
  performance.mark('taskscope-ready');
  window.dispatchEvent(new Event('taskscope-ready'));
}

main();
