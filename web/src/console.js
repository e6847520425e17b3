// The console: stdout and stderr as text, each chunk attributed to the task that wrote
// it (hover shows which, and the timeline highlights its lane); traceback lines that
// name the program become buttons that show the line in the editor.
import { h, clear, fmtSeconds } from './dom.js';

const TRACE_LINE = /File "([^"]+)", line (\d+)/g;
const BLOCK_CHARS = 4096;  // output block size (see write)
const LONG_CHARS = 20000;  // beyond this, blocks out of view are skipped (theme.css)

export class Console {
  /**
   * @param {HTMLElement} root
   * @param {{onLine?: (n: number) => void, onTask?: (id: number|null) => void,
   *   taskName?: (id: number) => string|undefined, programFile?: string}} [opts]
   */
  constructor(root, opts = {}) {
    this.root = root;
    this.opts = opts;
    root.classList.add('ts-console');
    root.setAttribute('role', 'log');
    root.setAttribute('aria-live', 'polite');
    this.body = h('pre', { class: 'ts-console-body' });
    this.status = h('div', { class: 'ts-console-status' });
    // The truncation notice sits outside the output: updating its count must not lay
    // out 200,000 characters of output again.
    this.note = h('div', { class: 'ts-note ts-truncated', role: 'status', hidden: true });
    root.append(this.body, this.note, this.status);
    this.chars = 0;          // characters shown
    this.limit = 200000;     // shown at most; the rest is counted, not kept
    this.stderrLimit = 50000; // stderr still shown after the limit (a traceback at the end)
    this.totalChars = 0;     // characters the program wrote, shown or not
    this.totalLines = 0;
    this.truncated = false;
    this.errorLine = null;
    this.body.addEventListener('mouseover', (e) => {
      const span = e.target.closest?.('[data-task]');
      if (this.opts.onTask) this.opts.onTask(span ? Number(span.dataset.task) : null);
    });
    this.body.addEventListener('mouseleave', () => this.opts.onTask && this.opts.onTask(null));
  }

  clear() {
    clear(this.body);
    this.status.textContent = '';
    this.status.className = 'ts-console-status';
    this.chars = 0;
    this.totalChars = 0;
    this.totalLines = 0;
    this.truncated = false;
    this.note.hidden = true;
    this.note.textContent = '';
    this.errorLine = null;
    this.last = null;
    this.block = null;
    this.body.classList.remove('ts-long');
    this.stderrBuf = '';
  }

  /**
   * Appends text written by the program.
   * @param {'stdout'|'stderr'} stream
   * @param {string} text
   * @param {{task?: number|null, t?: number}} [meta]
   */
  write(stream, text, meta = {}) {
    this.totalChars += text.length;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.totalLines++;
    if (this.truncated) {
      // Past the limit only the counts grow (a million lines never reach the DOM), but
      // stderr still shows, so an error at the end of a long run is not lost.
      this.updateNote();
      if (stream !== 'stderr' || this.chars >= this.limit + this.stderrLimit) return;
      text = text.slice(0, this.limit + this.stderrLimit - this.chars);
    } else if (this.chars + text.length > this.limit) {
      text = text.slice(0, Math.max(0, this.limit - this.chars));
      this.truncated = true;
    }
    this.chars += text.length;
    if (this.chars > LONG_CHARS) this.body.classList.add('ts-long');
    const task = meta.task ?? null;
    // Output goes into blocks of a few KB, each a new one only after a line ends: when
    // text is added, the browser lays out the last block again, not all the output.
    if (!this.block || (this.blockChars > BLOCK_CHARS && this.endsLine)) {
      this.block = h('div', { class: 'ts-block' });
      this.body.append(this.block);
      this.blockChars = 0;
      this.last = null;
    }
    this.blockChars += text.length;
    if (text) this.endsLine = text.endsWith('\n');
    let span = this.last;
    if (!span || span.dataset.stream !== stream || (span.dataset.task ?? '') !== (task == null ? '' : String(task))) {
      span = h('span', { class: `ts-out ts-${stream}`, dataset: { stream } });
      if (task != null) {
        span.dataset.task = String(task);
        const name = this.opts.taskName ? this.opts.taskName(task) : undefined;
        span.title = `written by ${name ?? `task ${task}`}${meta.t != null ? ` at ${fmtSeconds(meta.t)}` : ''}`;
      }
      this.block.append(span);
      this.last = span;
    }
    if (stream === 'stderr') this.appendStderr(span, text);
    else span.append(document.createTextNode(text));
    if (this.truncated && this.note.hidden) {
      this.note.hidden = false;
      this.updateNote();
    }
    this.scroll();
  }

  // The truncation notice says how much was written in all; it is updated at most once
  // per frame while output pours in.
  updateNote() {
    if (this.note.hidden || this.notePending) return;
    this.notePending = true;
    requestAnimationFrame(() => {
      this.notePending = false;
      if (this.note.hidden) return;
      const n = (x) => x.toLocaleString('en-US');
      this.note.textContent = `… output truncated: showing the first ${n(this.limit)} characters of ${n(this.totalChars)} written (${n(this.totalLines)} lines)`;
    });
  }

  // Tracebacks: `File "main.py", line 7` becomes a button; the last such line of the
  // program is the error line the editor underlines.
  appendStderr(span, text) {
    let at = 0;
    for (const m of text.matchAll(TRACE_LINE)) {
      const file = m[1];
      const line = Number(m[2]);
      const ours = file === (this.opts.programFile ?? 'main.py') || file === '<stdin>' || file === '<string>';
      if (!ours) continue;
      span.append(document.createTextNode(text.slice(at, m.index)));
      span.append(`File "${file}", `);
      span.append(h('button', {
        type: 'button', class: 'ts-line-link', text: `line ${line}`,
        'aria-label': `Show line ${line} in the editor`,
        onclick: () => this.opts.onLine && this.opts.onLine(line),
      }));
      at = m.index + m[0].length;
      this.errorLine = line;
    }
    span.append(document.createTextNode(text.slice(at)));
  }

  /** Shows the run's state under the output (not program output: styled apart). */
  setStatus(text, kind = 'info') {
    this.status.textContent = text;
    this.status.className = `ts-console-status ts-status-${kind}`;
  }

  /** The text shown, as the program wrote it (tests compare it with CPython's). */
  text(stream) {
    const parts = [];
    for (const s of this.body.querySelectorAll('.ts-out')) if (!stream || s.dataset.stream === stream) parts.push(s.textContent);
    return parts.join('');
  }

  scroll() {
    if (this.scrollPending) return;
    this.scrollPending = true;
    requestAnimationFrame(() => {
      this.scrollPending = false;
      this.body.scrollTop = this.body.scrollHeight;
      // Blocks coming into view get their real height (content-visibility): once more.
      requestAnimationFrame(() => { if (!this.scrollPending) this.body.scrollTop = this.body.scrollHeight; });
    });
  }

  /** Highlights the chunks written by one task. */
  highlightTask(id) {
    for (const s of this.body.querySelectorAll('.ts-out.ts-hl')) s.classList.remove('ts-hl');
    if (id == null) return;
    for (const s of this.body.querySelectorAll(`.ts-out[data-task="${Number(id)}"]`)) s.classList.add('ts-hl');
  }
}
