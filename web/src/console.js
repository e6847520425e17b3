// The console: stdout and stderr as text, each chunk attributed to the task that wrote
// it (hover shows which, and the timeline highlights its lane); traceback lines that
// name the program become buttons that show the line in the editor.
import { h, clear, fmtSeconds } from './dom.js';

const TRACE_LINE = /File "([^"]+)", line (\d+)/g;

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
    root.append(this.body, this.status);
    this.chars = 0;
    this.limit = 200000;
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
    this.truncated = false;
    this.errorLine = null;
    this.last = null;
    this.stderrBuf = '';
  }

  /**
   * Appends text written by the program.
   * @param {'stdout'|'stderr'} stream
   * @param {string} text
   * @param {{task?: number|null, t?: number}} [meta]
   */
  write(stream, text, meta = {}) {
    if (this.truncated) return;
    if (this.chars + text.length > this.limit) {
      text = text.slice(0, Math.max(0, this.limit - this.chars));
      this.truncated = true;
    }
    this.chars += text.length;
    const task = meta.task ?? null;
    let span = this.last;
    if (!span || span.dataset.stream !== stream || (span.dataset.task ?? '') !== (task == null ? '' : String(task))) {
      span = h('span', { class: `ts-out ts-${stream}`, dataset: { stream } });
      if (task != null) {
        span.dataset.task = String(task);
        const name = this.opts.taskName ? this.opts.taskName(task) : undefined;
        span.title = `written by ${name ?? `task ${task}`}${meta.t != null ? ` at ${fmtSeconds(meta.t)}` : ''}`;
      }
      this.body.append(span);
      this.last = span;
    }
    if (stream === 'stderr') this.appendStderr(span, text);
    else span.append(document.createTextNode(text));
    if (this.truncated) this.body.append(h('span', { class: 'ts-note', text: '\n… output truncated (more than 200,000 characters)\n' }));
    this.scroll();
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
    requestAnimationFrame(() => { this.scrollPending = false; this.body.scrollTop = this.body.scrollHeight; });
  }

  /** Highlights the chunks written by one task. */
  highlightTask(id) {
    for (const s of this.body.querySelectorAll('.ts-out.ts-hl')) s.classList.remove('ts-hl');
    if (id == null) return;
    for (const s of this.body.querySelectorAll(`.ts-out[data-task="${Number(id)}"]`)) s.classList.add('ts-hl');
  }
}
