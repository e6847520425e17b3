// The embeddable example: <taskscope-example> (or <pre class="taskscope">) becomes an
// editable, runnable program with console and timeline. The engine loads when an example
// scrolls into view (or on the first Run) and is shared by every example of the page
// (engine.js keeps one instance).
//
// Attributes: clock="instant|real" (default instant), height="240" (editor height in
// px; default fits the program up to 360), timeline="off" (hide the timeline).
import themeCss from './theme.css';
import embedCss from './embed.css';
import { h } from './dom.js';
import { createEditor } from './editor.js';
import { Console } from './console.js';
import { Timeline } from './timeline.js';
import { Session } from './session.js';
import { encodeShare } from './share.js';
import { loadEngine } from './engine.js';

/** Removes the indentation common to every line, and blank lines around the code. */
export function dedent(text) {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  while (lines.length && !lines[0].trim()) lines.shift();
  while (lines.length && !lines[lines.length - 1].trim()) lines.pop();
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => l.match(/^[ \t]*/)[0].length));
  return lines.map((l) => l.slice(Number.isFinite(indent) ? indent : 0)).join('\n');
}

class TaskscopeExample extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    // The program is the element's text (a <script type="text/python"> or <pre> child
    // may carry it, so that `<` needs no escaping); it is never parsed as HTML again.
    const holder = this.querySelector('script[type="text/python"], pre, code');
    const source = dedent((holder ?? this).textContent ?? '');
    const root = this.attachShadow({ mode: 'open' });
    const style = h('style');
    style.textContent = `${themeCss}\n${embedCss}`;
    root.append(style);

    let clock = this.getAttribute('clock') === 'real' ? 'real' : 'virtual';
    const showTimeline = this.getAttribute('timeline') !== 'off';
    const runBtn = h('button', { type: 'button', class: 'ts-btn ts-primary', 'aria-label': 'Run this example' }, '▶ Run');
    const stopBtn = h('button', { type: 'button', class: 'ts-btn', disabled: true, 'aria-label': 'Stop' }, '■ Stop');
    const resetBtn = h('button', { type: 'button', class: 'ts-btn', 'aria-label': 'Restore the original program' }, 'Reset');
    const realBtn = h('button', { type: 'button', 'aria-pressed': String(clock === 'real') }, 'Real time');
    const instantBtn = h('button', { type: 'button', 'aria-pressed': String(clock === 'virtual') }, 'Instant');
    const editorBox = h('div', { class: 'tsx-editor' });
    const consoleBox = h('div', { class: 'tsx-console' });
    // The timeline appears with the first run; before that the card stays compact.
    const timelineBox = h('div', { class: 'tsx-timeline', hidden: true });
    const scrub = h('input', { type: 'range', min: '0', max: '0', value: '0', 'aria-label': 'Replay position (loop step)' });
    const scrubPos = h('output');
    const replay = h('div', { class: 'tsx-replay', hidden: true }, 'Replay', scrub, scrubPos);
    // "Open in Taskscope": the playground page beside this script, with the example's
    // current program in a share link (made when the pointer or focus reaches it).
    const openLink = h('a', { class: 'tsx-brand', href: new URL('../index.html', import.meta.url).href, target: '_blank', rel: 'noopener' }, 'Open in Taskscope ↗');
    const refreshLink = async () => { openLink.href = new URL(`../index.html${await encodeShare(editor.getText(), clock)}`, import.meta.url).href; };
    openLink.addEventListener('pointerenter', refreshLink);
    openLink.addEventListener('focus', refreshLink);
    const placeholder = h('p', { class: 'tsx-placeholder', text: 'Press Run (or Ctrl+Enter in the code) to run this example.' });
    const card = h('div', { class: 'tsx', role: 'group', 'aria-label': 'Runnable asyncio example' },
      h('div', { class: 'tsx-bar' }, runBtn, stopBtn,
        h('span', { class: 'tsx-clock', role: 'group', 'aria-label': 'Clock' }, realBtn, instantBtn), resetBtn,
        openLink),
      editorBox, placeholder, consoleBox, timelineBox, replay);
    root.append(card);

    const lines = source.split('\n').length;
    const height = Number(this.getAttribute('height')) || Math.min(360, lines * 21.7 + 18);
    editorBox.style.height = `${height}px`;

    const editor = createEditor(editorBox, { doc: source, root, onRun: () => run(), label: 'Example program (Ctrl+Enter runs it)' });
    let timeline = null;
    const cons = new Console(consoleBox, { onLine: (n) => editor.showLine(n), onTask: (id) => timeline && timeline.highlightTask(id) });
    if (showTimeline) timeline = new Timeline(timelineBox, { onLine: (n) => editor.showLine(n), onTask: (id) => cons.highlightTask(id), maxHeight: 300 });
    const session = new Session({
      editor, console: cons, timeline,
      onState: (state) => {
        const busy = state === 'running' || state === 'loading';
        runBtn.disabled = busy; stopBtn.disabled = !busy;
        this.dataset.state = state;
        placeholder.hidden = true;
        if (showTimeline && (state === 'running' || state === 'done')) timelineBox.hidden = false;
        if (state === 'done' && session.clock === 'virtual' && session.events.length && timeline) {
          replay.hidden = false; scrub.max = String(session.model.sEnd); scrub.value = scrub.max;
          scrubPos.textContent = `step ${scrub.max}`;
        } else if (busy) replay.hidden = true;
      },
    });
    const run = () => session.start(clock);
    runBtn.addEventListener('click', run);
    // The engine (shared by every example of the page) starts loading when a Run is near.
    runBtn.addEventListener('pointerenter', () => { loadEngine().catch(() => {}); }, { once: true });
    stopBtn.addEventListener('click', () => session.stop());
    resetBtn.addEventListener('click', () => editor.setText(source));
    const setClock = (c) => { clock = c; realBtn.setAttribute('aria-pressed', String(c === 'real')); instantBtn.setAttribute('aria-pressed', String(c === 'virtual')); };
    realBtn.addEventListener('click', () => setClock('real'));
    instantBtn.addEventListener('click', () => setClock('virtual'));
    scrub.addEventListener('input', () => { session.replayTo(Number(scrub.value)); scrubPos.textContent = `step ${scrub.value}`; });
    // An editor created below the fold measures its lines again when it comes into view.
    new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        editor.view.requestMeasure();
        if (timeline) timeline.render();
        // An example in view may be run soon: the shared engine starts loading.
        loadEngine().catch(() => {});
      }
    }).observe(this);
    this.taskscope = { session, editor, timeline };
  }
}

if (!customElements.get('taskscope-example')) customElements.define('taskscope-example', TaskscopeExample);

/** Turns every <pre class="taskscope"> into a <taskscope-example> (data-* attributes carry over). */
export function upgradeBlocks(doc = document) {
  for (const pre of doc.querySelectorAll('pre.taskscope')) {
    const el = document.createElement('taskscope-example');
    for (const name of ['clock', 'height', 'timeline']) {
      const v = pre.getAttribute(`data-${name}`) ?? pre.getAttribute(name);
      if (v != null) el.setAttribute(name, v);
    }
    el.textContent = pre.textContent;
    pre.replaceWith(el);
  }
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => upgradeBlocks());
else upgradeBlocks();
