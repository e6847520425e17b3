// The task timeline: one lane per task (tree order), segments for running / ready /
// waiting / blocking, end markers, arrows to awaited tasks. Drawn on one canvas the size
// of the visible area (lanes outside the view are not drawn), so a trace of 1,000 tasks
// costs what the visible lanes cost. Everything a screen reader or a test needs is also
// in a visually hidden list of the tasks, built with text nodes.
import { h, clear, fmtSeconds } from './dom.js';
import { niceStep, trimNum, fitText, roundRect, hatch, withAlpha } from './canvas-util.js';

const LANE_H = 26;
const AXIS_H = 44;
const MIN_W = 3;

/** What each end outcome is called in words. */
const OUTCOME_WORDS = { returned: 'returned', raised: 'raised', cancelled: 'cancelled' };

export class Timeline {
  /**
   * @param {HTMLElement} root an empty element to fill
   * @param {{onLine?: (line: number) => void, onTask?: (id: number|null) => void,
   *   maxHeight?: number}} [opts]
   */
  constructor(root, opts = {}) {
    this.root = root;
    this.opts = opts;
    this.model = null;
    this.axis = 'time';
    this.axisChosen = false;
    this.highlighted = null;   // task id highlighted from outside (console hover)
    this.selected = null;      // {task, seg} chosen by click or keyboard
    this.hover = null;
    this.now = null;           // streaming: the clock's current value, extends open segments

    root.classList.add('ts-timeline');
    this.timeBtn = h('button', { type: 'button', 'aria-pressed': 'true', onclick: () => this.setAxis('time', true) }, 'Time');
    this.stepBtn = h('button', { type: 'button', 'aria-pressed': 'false', onclick: () => this.setAxis('steps', true) }, 'Steps');
    this.summary = h('span', { class: 'ts-tl-summary', 'aria-live': 'polite' });
    const zoomGroup = h('span', { class: 'ts-seg-group', role: 'group', 'aria-label': 'Zoom' },
      h('button', { type: 'button', 'aria-label': 'Zoom out', title: 'Zoom out (−, or Ctrl+wheel)', onclick: () => this.zoom(2) }, '−'),
      h('button', { type: 'button', 'aria-label': 'Zoom in', title: 'Zoom in (+, or Ctrl+wheel; drag to pan)', onclick: () => this.zoom(0.5) }, '+'),
      h('button', { type: 'button', 'aria-label': 'Show the whole run', title: 'Whole run (0)', onclick: () => this.fit() }, 'Fit'));
    const legend = h('span', { class: 'ts-legend', 'aria-hidden': 'true' },
      legendItem('running', 'running'), legendItem('ready', 'ready'), legendItem('waiting', 'waiting on a timer'),
      legendItem('wait-task', 'on tasks'), legendItem('wait-sync', 'on a lock, event or queue'),
      legendItem('blocking', 'blocking the loop'), legendItem('late', 'woke late'));
    this.head = h('div', { class: 'ts-tl-head' },
      h('span', { class: 'ts-seg-group', role: 'group', 'aria-label': 'Horizontal axis' }, this.timeBtn, this.stepBtn),
      zoomGroup, legend, this.summary);
    this.canvas = h('canvas', {
      class: 'ts-tl-canvas', tabindex: '0', role: 'img',
      'aria-label': 'Task timeline. Arrow keys move between tasks and segments, Enter shows the source line, plus and minus zoom, 0 shows the whole run.',
    });
    this.spacer = h('div', { class: 'ts-tl-spacer' });
    this.scroller = h('div', { class: 'ts-tl-scroll' }, this.canvas, this.spacer);
    this.tip = h('div', { class: 'ts-tl-tip', role: 'tooltip', hidden: true });
    this.live = h('div', { class: 'ts-sr-only', 'aria-live': 'polite' });
    this.list = h('ol', { class: 'ts-tl-list', 'aria-label': 'Tasks of the run' });
    this.empty = h('p', { class: 'ts-tl-empty' }, 'Run a program to see its tasks here.');
    root.append(this.head, this.scroller, this.tip, this.live, this.list, this.empty);

    this.ctx = this.canvas.getContext('2d');
    this.scroller.addEventListener('scroll', () => this.render());
    this.canvas.addEventListener('mousemove', (e) => this.onMove(e));
    this.canvas.addEventListener('mouseleave', () => { this.hover = null; this.tip.hidden = true; this.render(); });
    this.canvas.addEventListener('click', (e) => { if (this.dragged) { this.dragged = false; return; } this.onClick(e); });
    this.canvas.addEventListener('wheel', (e) => {
      if (!this.model || !this.L) return;
      const x = e.clientX - this.canvas.getBoundingClientRect().left;
      if (e.ctrlKey || e.metaKey) { e.preventDefault(); this.zoom(Math.exp(e.deltaY * 0.002), x); } else if (this.view && (e.shiftKey || Math.abs(e.deltaX) > Math.abs(e.deltaY))) {
        e.preventDefault(); this.pan(e.shiftKey ? e.deltaY : e.deltaX);
      }
    }, { passive: false });
    this.canvas.addEventListener('pointerdown', (e) => {
      if (!this.view || e.button !== 0) return;
      this.drag = { x: e.clientX, moved: false };
    });
    window.addEventListener('pointermove', (e) => {
      if (!this.drag) return;
      const dx = e.clientX - this.drag.x;
      if (!this.drag.moved && Math.abs(dx) < 4) return;
      this.drag.moved = true; this.dragged = true;
      this.drag.x = e.clientX;
      this.pan(-dx);
    });
    window.addEventListener('pointerup', () => { this.drag = null; });
    this.canvas.addEventListener('keydown', (e) => this.onKey(e));
    this.resizeObs = new ResizeObserver(() => this.render());
    this.resizeObs.observe(this.scroller);
    this.scheme = matchMedia('(prefers-color-scheme: dark)');
    this.onScheme = () => { this.colors = null; this.render(); };
    this.scheme.addEventListener('change', this.onScheme);
  }

  /**
   * Shows a model (a TraceModel). `keepView` keeps zoom and selection (replay shows
   * successive prefixes of one run).
   */
  setModel(model, keepView = false) {
    const keep = keepView && this.model;
    const selected = this.selected;
    this.model = model;
    if (!keepView) this.view = null;
    this.selected = keep && selected && model.tasks.has(selected.task) ? { task: selected.task, seg: null } : null;
    this.hover = null;
    this.tip.hidden = true;
    this.chooseAxis();
    this.listDirty = true;
    this.render();
  }

  /** Unless the user chose one: the steps axis for a run that took no time at all. */
  chooseAxis() {
    const m = this.model;
    if (!this.axisChosen) this.axis = m && m.tEnd === 0 && m.sEnd > 0 ? 'steps' : 'time';
    this.syncAxisButtons();
  }

  /** Call after events were added to the current model. */
  refresh() {
    this.listDirty = true;
    this.render();
  }

  /**
   * Streaming and replay: the run's clock now (seconds) and loop step, or null once the
   * whole run is shown. Open segments reach the cursor, which is drawn as a line.
   */
  setNow(t, step) {
    this.now = t;
    this.nowStep = step ?? null;
    // A streamed run's model was empty when it was set: its axis is chosen at the end.
    if (t == null && this.axis === 'time') this.chooseAxis();
    this.render();
  }

  cursorStep() {
    return this.nowStep ?? (this.model ? this.model.sEnd + 1 : 0);
  }

  setAxis(axis, byUser = false) {
    if (axis !== this.axis) this.view = null;
    this.axis = axis;
    if (byUser) this.axisChosen = true;
    this.syncAxisButtons();
    this.render();
  }

  syncAxisButtons() {
    this.timeBtn.setAttribute('aria-pressed', String(this.axis === 'time'));
    this.stepBtn.setAttribute('aria-pressed', String(this.axis === 'steps'));
  }

  /** Highlights one task's lane (from the console), or none. */
  highlightTask(id) {
    if (this.highlighted === id) return;
    this.highlighted = id;
    if (id != null && this.model) this.scrollToTask(id);
    this.render();
  }

  destroy() {
    this.resizeObs.disconnect();
    this.scheme.removeEventListener('change', this.onScheme);
  }

  // ---- the accessible list ---------------------------------------------------------------

  buildList() {
    const m = this.model;
    clear(this.list);
    const tasks = m ? m.order() : [];
    this.sizeToModel();
    if (!m) { this.summary.textContent = ''; return; }
    this.updateSummary();
    // A screen reader (and a test) reads the same facts the lanes show: one item per
    // task, one text node each, so a thousand tasks stay cheap to lay out.
    const frag = document.createDocumentFragment();
    for (const t of tasks) {
      const waits = [...new Set(t.segs.filter((s) => s.state === 'waiting' || s.state === 'blocking').map((s) => s.label))];
      const li = document.createElement('li');
      li.className = 'ts-tl-item';
      li.dataset.task = String(t.id);
      li.dataset.name = t.name;
      li.dataset.outcome = t.end ? t.end.outcome : 'running';
      li.dataset.depth = String(t.depth);
      li.textContent = `${t.name} (${t.coro}), created at line ${t.line ?? '?'}; `
        + (waits.length ? `waited on ${waits.join(', ')}; ` : '') + outcomeText(t);
      frag.append(li);
    }
    this.list.append(frag);
  }

  /** Sizes the scroll area to the number of lanes. */
  sizeToModel() {
    const n = this.model ? this.model.tasks.size : 0;
    if (this.sizedFor === n) return;
    this.sizedFor = n;
    this.empty.hidden = n > 0;
    const full = AXIS_H + n * LANE_H + 8;
    this.spacer.style.height = `${full}px`;
    this.scroller.style.height = `${Math.max(AXIS_H + 3 * LANE_H, Math.min(this.opts.maxHeight ?? 440, full))}px`;
  }

  updateSummary() {
    const m = this.model;
    if (!m) return;
    const n = m.tasks.size;
    const text = `${n} task${n === 1 ? '' : 's'} · ${fmtSeconds(Math.max(m.tEnd, this.now ?? 0))} · ${m.sEnd} steps`
      + (m.blocking.length ? ` · loop blocked ${m.blocking.length}×` : '');
    if (this.summary.textContent !== text) this.summary.textContent = text;
  }

  // ---- geometry ------------------------------------------------------------------------

  layout() {
    const width = this.scroller.clientWidth;
    const height = this.scroller.clientHeight;
    const labelW = Math.round(Math.min(190, Math.max(90, width * 0.24)));
    const x0 = labelW + 10;
    const x1 = Math.max(x0 + 40, width - 18);
    const m = this.model;
    const span = this.axis === 'time'
      // While a real-time run streams, at least one second shows, so the picture does
      // not zoom wildly during its first instants.
      ? Math.max(m ? Math.max(m.tEnd, this.now ?? 0) : 1, this.now != null ? 1 : 1e-9)
      : Math.max(m ? m.sEnd + 1 : 1, 1);
    // The visible window of the axis: the whole run, or what zoom and pan chose.
    let v0 = 0; let v1 = span;
    if (this.view) {
      const w = Math.min(span, this.view.v1 - this.view.v0);
      v0 = Math.max(0, Math.min(this.view.v0, span - w));
      v1 = v0 + w;
    }
    return { width, height, labelW, x0, x1, span, v0, v1, scrollTop: this.scroller.scrollTop };
  }

  xOf(L, t, s) {
    const v = this.axis === 'time' ? t : s;
    return L.x0 + ((v - L.v0) / (L.v1 - L.v0)) * (L.x1 - L.x0);
  }

  /** The axis value under a canvas x. */
  vOf(L, x) {
    return L.v0 + ((x - L.x0) / (L.x1 - L.x0)) * (L.v1 - L.v0);
  }

  // ---- zoom and pan ------------------------------------------------------------------------

  /** Zooms by `factor` (<1 in, >1 out) around canvas x `at` (default: the middle). */
  zoom(factor, at) {
    const L = this.L ?? this.layout();
    const x = at ?? (L.x0 + L.x1) / 2;
    const v = this.vOf(L, Math.min(Math.max(x, L.x0), L.x1));
    const minW = this.axis === 'time' ? Math.max(L.span * 1e-5, 1e-6) : 4;
    const w = Math.min(L.span, Math.max(minW, (L.v1 - L.v0) * factor));
    if (w >= L.span) { this.view = null; } else {
      const v0 = v - (v - L.v0) * (w / (L.v1 - L.v0));
      this.view = { v0: Math.max(0, Math.min(v0, L.span - w)), v1: 0 };
      this.view.v1 = this.view.v0 + w;
    }
    this.render();
  }

  /** Moves the window by `dx` canvas pixels. */
  pan(dx) {
    const L = this.L;
    if (!L || !this.view) return;
    const dv = (dx / (L.x1 - L.x0)) * (L.v1 - L.v0);
    const w = L.v1 - L.v0;
    const v0 = Math.max(0, Math.min(L.v0 + dv, L.span - w));
    this.view = { v0, v1: v0 + w };
    this.render();
  }

  fit() {
    this.view = null;
    this.render();
  }

  segX(L, sg) {
    let t1 = sg.t1; let s1 = sg.s1;
    if (sg.open && this.now != null) { t1 = Math.max(t1, this.now); s1 = Math.max(s1, this.cursorStep()); }
    const a = this.xOf(L, sg.t0, sg.s0);
    let b = this.xOf(L, t1, s1);
    if (b - a < MIN_W && (sg.state === 'running' || sg.state === 'blocking')) b = a + MIN_W;
    return [a, b];
  }

  laneY(L, index) {
    return AXIS_H + index * LANE_H - L.scrollTop;
  }

  // ---- drawing ---------------------------------------------------------------------------

  readColors() {
    const cs = getComputedStyle(this.root);
    const v = (n, d) => (cs.getPropertyValue(n).trim() || d);
    this.colors = {
      fg: v('--ts-fg', '#1d2330'), muted: v('--ts-muted', '#6b7385'), grid: v('--ts-grid', '#e3e6ee'),
      bg: v('--ts-panel', '#ffffff'), lane: v('--ts-lane', '#f6f7fb'),
      running: v('--ts-running', '#3b6fe0'), ready: v('--ts-ready', '#9bb5ef'),
      waiting: v('--ts-waiting', '#c9cfdc'), waitText: v('--ts-wait-text', '#4a5263'),
      waitTask: v('--ts-wait-task', '#a99be8'), waitSync: v('--ts-wait-sync', '#e3b65c'),
      blocking: v('--ts-blocking', '#e0393e'), ok: v('--ts-ok', '#1f9d55'),
      err: v('--ts-err', '#d92d3a'), cancel: v('--ts-cancel', '#d98a12'),
      hl: v('--ts-hl', 'rgba(59,111,224,0.12)'), arrow: v('--ts-arrow', '#7d8597'),
      font: v('--ts-font', 'system-ui, sans-serif'), mono: v('--ts-mono', 'ui-monospace, monospace'),
    };
  }

  render() {
    if (this.pending) return;
    this.pending = true;
    // Drawing at most once per frame keeps streaming and scrolling cheap.
    requestAnimationFrame(() => { this.pending = false; this.draw(); });
  }

  /** Draws now (used by tests and the render-time figure). */
  draw() {
    this.drawCount = (this.drawCount || 0) + 1; // tests check the throttling with it
    // While a run streams, the accessible list is rebuilt at most every 300 ms (a big
    // run adds events every frame); the lanes themselves are drawn every frame.
    if (this.listDirty && (!this.model || this.model.ended || performance.now() - (this.listBuiltAt ?? 0) > 300)) {
      this.listDirty = false;
      this.buildList();
      this.listBuiltAt = performance.now();
    } else {
      this.sizeToModel();
      this.updateSummary();
      if (this.listDirty && !this.listTimer) this.listTimer = setTimeout(() => { this.listTimer = null; this.render(); }, 320);
    }
    const L = this.layout();
    const dpr = window.devicePixelRatio || 1;
    const cw = Math.max(1, Math.floor(L.width * dpr));
    const ch = Math.max(1, Math.floor(L.height * dpr));
    if (this.canvas.width !== cw || this.canvas.height !== ch) {
      this.canvas.width = cw; this.canvas.height = ch;
      this.canvas.style.width = `${L.width}px`; this.canvas.style.height = `${L.height}px`;
    }
    const ctx = this.ctx;
    if (!this.colors) this.readColors();
    const C = this.colors;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, L.width, L.height);
    const m = this.model;
    if (!m) return;
    const tasks = m.order();
    this.L = L;
    const first = Math.max(0, Math.floor((L.scrollTop) / LANE_H) - 1);
    const last = Math.min(tasks.length - 1, Math.ceil((L.scrollTop + L.height) / LANE_H));

    // Grid lines under everything.
    const ticks = this.ticks(L);
    ctx.strokeStyle = C.grid; ctx.lineWidth = 1;
    ctx.beginPath();
    for (const tk of ticks) { const x = Math.round(tk.x) + 0.5; ctx.moveTo(x, AXIS_H - 4); ctx.lineTo(x, L.height); }
    ctx.stroke();

    // Lanes.
    ctx.font = `12px ${C.font}`;
    ctx.textBaseline = 'middle';
    for (let i = first; i <= last; i++) {
      const t = tasks[i];
      const y = this.laneY(L, i);
      if (y + LANE_H < AXIS_H) continue;
      const isHl = this.highlighted === t.id || (this.selected && this.selected.task === t.id) || (this.hover && this.hover.task === t.id);
      if (isHl) { ctx.fillStyle = C.hl; ctx.fillRect(0, y, L.width, LANE_H); } else if (i % 2 === 1) { ctx.fillStyle = C.lane; ctx.fillRect(0, y, L.width, LANE_H); }
      this.drawLabel(ctx, L, t, y);
    }
    // Everything placed on the axis is clipped to the plot, so a zoomed view never
    // spills over the task names.
    ctx.save();
    ctx.beginPath(); ctx.rect(L.x0 - 9, AXIS_H, L.x1 - L.x0 + 18, L.height - AXIS_H); ctx.clip();
    for (let i = first; i <= last; i++) {
      const t = tasks[i];
      const y = this.laneY(L, i);
      if (y + LANE_H < AXIS_H) continue;
      this.drawSegments(ctx, L, t, y);
      this.drawEnd(ctx, L, t, y);
    }

    // Blocking calls stall every task: a band across all lanes, impossible to miss.
    for (const b of m.blocking) {
      const a = this.xOf(L, b.t0, b.s);
      const e = Math.max(a + MIN_W, this.xOf(L, b.t1, b.s + (this.axis === 'steps' ? 1 : 0)));
      ctx.fillStyle = withAlpha(C.blocking, 0.1);
      ctx.fillRect(a, AXIS_H, e - a, L.height - AXIS_H);
      ctx.strokeStyle = withAlpha(C.blocking, 0.7);
      ctx.setLineDash([4, 3]);
      ctx.beginPath(); ctx.moveTo(a + 0.5, AXIS_H); ctx.lineTo(a + 0.5, L.height); ctx.moveTo(e - 0.5, AXIS_H); ctx.lineTo(e - 0.5, L.height); ctx.stroke();
      ctx.setLineDash([]);
    }

    this.drawArrows(ctx, L, tasks, first, last);

    // The streaming / replay cursor.
    if (this.now != null) {
      const x = this.xOf(L, this.now, this.cursorStep());
      ctx.strokeStyle = C.running; ctx.lineWidth = 1.5;
      ctx.beginPath(); ctx.moveTo(x, AXIS_H - 6); ctx.lineTo(x, L.height); ctx.stroke();
    }
    ctx.restore();

    this.drawAxis(ctx, L, ticks);
  }

  drawLabel(ctx, L, t, y) {
    const C = this.colors;
    const indent = 10 + Math.min(t.depth, 8) * 12;
    if (t.depth > 0) {
      ctx.strokeStyle = C.grid; ctx.lineWidth = 1;
      ctx.beginPath(); ctx.moveTo(indent - 7, y + 4); ctx.lineTo(indent - 7, y + LANE_H / 2); ctx.lineTo(indent - 2, y + LANE_H / 2); ctx.stroke();
    }
    ctx.fillStyle = C.fg;
    ctx.font = `600 12px ${C.font}`;
    const room = L.labelW - indent - 4;
    const name = fitText(ctx, t.name, room);
    ctx.fillText(name, indent, y + LANE_H / 2);
    // The coroutine's name after the task's, where it fits.
    const used = ctx.measureText(name).width + 6;
    if (t.coro && t.coro !== t.name && room - used > 30) {
      ctx.font = `11px ${C.mono}`;
      ctx.fillStyle = C.muted;
      ctx.fillText(fitText(ctx, t.coro, room - used), indent + used, y + LANE_H / 2 + 0.5);
    }
  }

  drawSegments(ctx, L, t, y) {
    const C = this.colors;
    const mid = y + LANE_H / 2;
    for (const sg of t.segs) {
      const [a, b] = this.segX(L, sg);
      if (b < L.x0 - 2 || a > L.x1 + 2) continue;
      const w = Math.max(b - a, 0);
      const sel = this.selected && this.selected.seg === sg;
      if (sg.state === 'running') {
        ctx.fillStyle = C.running;
        roundRect(ctx, a, y + 5, Math.max(w, MIN_W), LANE_H - 10, 3); ctx.fill();
      } else if (sg.state === 'blocking') {
        ctx.fillStyle = C.blocking;
        roundRect(ctx, a, y + 3, Math.max(w, MIN_W), LANE_H - 6, 3); ctx.fill();
        hatch(ctx, a, y + 3, Math.max(w, MIN_W), LANE_H - 6, 'rgba(255,255,255,0.35)');
        if (w > 60) {
          ctx.fillStyle = '#fff'; ctx.font = `600 11px ${C.font}`;
          ctx.fillText(fitText(ctx, `⚠ ${sg.label} blocks the loop`, w - 8), a + 5, mid);
        }
      } else if (sg.state === 'ready') {
        if (w < 1) continue;
        ctx.fillStyle = C.ready;
        ctx.fillRect(a, mid - 2, w, 4);
      } else {
        if (w < 1) continue;
        // What is awaited picks the colour: a timer, other tasks, or a synchronisation
        // primitive (where contention shows).
        const col = waitColour(C, sg.wait);
        ctx.strokeStyle = col; ctx.fillStyle = withAlpha(col, 0.35); ctx.lineWidth = 1;
        roundRect(ctx, a + 0.5, y + 6.5, Math.max(w - 1, 1), LANE_H - 13, 3); ctx.fill(); ctx.stroke();
        // A sleep that ended after its deadline: the loop was busy (often blocked), and
        // the overdue part is drawn in the blocking colour.
        if (this.axis === 'time' && sg.due != null && !sg.open && sg.t1 - sg.due > 1e-6) {
          const d = this.xOf(L, sg.due, 0);
          if (b - d >= 2) {
            ctx.fillStyle = withAlpha(C.blocking, 0.18);
            ctx.fillRect(d, y + 7, b - d - 1, LANE_H - 14);
            hatch(ctx, d, y + 7, b - d - 1, LANE_H - 14, withAlpha(C.blocking, 0.45));
          }
        }
        if (w > 34) {
          ctx.fillStyle = C.waitText; ctx.font = `11px ${C.mono}`;
          ctx.fillText(fitText(ctx, sg.label, w - 8), a + 5, mid + 0.5);
        }
      }
      if (sel) {
        ctx.strokeStyle = C.fg; ctx.lineWidth = 2;
        roundRect(ctx, a - 1, y + 2, Math.max(w, MIN_W) + 2, LANE_H - 4, 4); ctx.stroke();
      }
    }
  }

  drawEnd(ctx, L, t, y) {
    if (!t.end) return;
    const C = this.colors;
    const x = this.xOf(L, t.end.t, t.end.s + 1);
    const cy = y + LANE_H / 2;
    const r = 6;
    ctx.lineWidth = 2;
    if (t.end.outcome === 'returned') {
      ctx.fillStyle = C.ok; ctx.beginPath(); ctx.arc(x, cy, r, 0, Math.PI * 2); ctx.fill();
      ctx.strokeStyle = '#fff'; ctx.beginPath(); ctx.moveTo(x - 3, cy); ctx.lineTo(x - 1, cy + 2.5); ctx.lineTo(x + 3, cy - 2.5); ctx.stroke();
    } else if (t.end.outcome === 'raised') {
      ctx.fillStyle = C.err; ctx.beginPath(); ctx.moveTo(x, cy - r - 1); ctx.lineTo(x + r + 1, cy); ctx.lineTo(x, cy + r + 1); ctx.lineTo(x - r - 1, cy); ctx.closePath(); ctx.fill();
      ctx.strokeStyle = '#fff'; ctx.beginPath(); ctx.moveTo(x - 2.5, cy - 2.5); ctx.lineTo(x + 2.5, cy + 2.5); ctx.moveTo(x + 2.5, cy - 2.5); ctx.lineTo(x - 2.5, cy + 2.5); ctx.stroke();
    } else {
      ctx.fillStyle = C.bg; ctx.strokeStyle = C.cancel;
      ctx.beginPath(); ctx.arc(x, cy, r, 0, Math.PI * 2); ctx.fill(); ctx.stroke();
      ctx.beginPath(); ctx.moveTo(x - 4, cy + 4); ctx.lineTo(x + 4, cy - 4); ctx.stroke();
    }
    // Cancellation requests are small ticks where cancel() was called.
    for (const c of t.cancelRequests) {
      const cx = this.xOf(L, c.t, c.s);
      ctx.strokeStyle = C.cancel; ctx.lineWidth = 2;
      ctx.beginPath(); ctx.moveTo(cx, y + 3); ctx.lineTo(cx, y + LANE_H - 3); ctx.stroke();
    }
  }

  drawArrows(ctx, L, tasks, first, last) {
    const m = this.model;
    if (!m.arrows.length) return;
    const C = this.colors;
    const index = this.indexOf || (this.indexOf = new Map());
    if (index.size !== tasks.length || this.indexModel !== m || this.indexLen !== tasks.length) {
      index.clear(); tasks.forEach((t, i) => index.set(t.id, i)); this.indexModel = m; this.indexLen = tasks.length;
    }
    const focus = this.hover?.task ?? this.selected?.task ?? this.highlighted;
    const all = m.arrows.length <= 60;
    ctx.lineWidth = 1.2;
    for (const ar of m.arrows) {
      if (!all && ar.from !== focus && ar.to !== focus) continue;
      const i = index.get(ar.from); const j = index.get(ar.to);
      if (i == null || j == null) continue;
      if ((i < first && j < first) || (i > last && j > last)) continue;
      const x = this.xOf(L, ar.t, ar.s);
      const y1 = this.laneY(L, i) + LANE_H / 2;
      const y2 = this.laneY(L, j) + LANE_H / 2 + (j > i ? -7 : 7);
      const strong = focus != null && (ar.from === focus || ar.to === focus);
      ctx.strokeStyle = strong ? C.fg : withAlpha(C.arrow, 0.75);
      ctx.fillStyle = ctx.strokeStyle;
      const bend = Math.min(28, Math.abs(y2 - y1) / 2 + 6);
      ctx.beginPath(); ctx.moveTo(x, y1); ctx.bezierCurveTo(x + bend, y1, x + bend, y2, x + 2, y2); ctx.stroke();
      const dir = j > i ? 1 : -1;
      ctx.beginPath(); ctx.moveTo(x + 2, y2 + 2 * dir); ctx.lineTo(x - 2, y2 - 5 * dir); ctx.lineTo(x + 6, y2 - 4 * dir); ctx.closePath(); ctx.fill();
    }
  }

  ticks(L) {
    const out = [];
    const w = L.v1 - L.v0;
    if (this.axis === 'time') {
      const step = niceStep(w, Math.max(2, Math.floor((L.x1 - L.x0) / 80)));
      for (let k = Math.ceil(L.v0 / step - 1e-9); k * step <= L.v1 + step * 1e-6; k++) out.push({ x: this.xOf(L, k * step, 0), label: `${trimNum(k * step)} s` });
    } else {
      const step = Math.max(1, niceStep(w, Math.max(2, Math.floor((L.x1 - L.x0) / 60))));
      for (let k = Math.ceil(L.v0 / step - 1e-9); k * step <= L.v1; k++) out.push({ x: this.xOf(L, 0, k * step), label: `${Math.round(k * step)}` });
    }
    return out;
  }

  drawAxis(ctx, L, ticks) {
    const C = this.colors;
    ctx.fillStyle = C.bg;
    ctx.fillRect(0, 0, L.width, AXIS_H);
    ctx.strokeStyle = C.grid; ctx.lineWidth = 1;
    ctx.beginPath(); ctx.moveTo(0, AXIS_H - 0.5); ctx.lineTo(L.width, AXIS_H - 0.5); ctx.stroke();
    ctx.font = `11px ${C.font}`;
    ctx.textBaseline = 'middle';
    ctx.fillStyle = C.muted;
    ctx.fillText(this.axis === 'time' ? 'seconds' : 'loop steps', 10, 13);
    ctx.fillText(this.axis === 'time' ? 'steps' : 'seconds', 10, 32);
    ctx.fillStyle = C.fg;
    let lastEnd = -Infinity;
    for (const tk of ticks) {
      const w = ctx.measureText(tk.label).width;
      const x = Math.min(Math.max(tk.x - w / 2, L.x0 - 4), L.width - w - 2);
      if (x < lastEnd + 6) continue;
      ctx.fillText(tk.label, x, 13);
      lastEnd = x + w;
    }
    // The other axis beside it: where each loop step happened in time, or the time of
    // each step — so a burst of steps at one instant stays readable.
    const m = this.model;
    const marks = stepTimes(m);
    ctx.fillStyle = C.muted; ctx.strokeStyle = C.muted;
    lastEnd = -Infinity;
    let lastLabel = null;
    for (const [s, t] of marks) {
      const x = this.xOf(L, t, s);
      if (x < L.x0 - 1 || x > L.x1 + 1) continue;
      ctx.beginPath(); ctx.moveTo(Math.round(x) + 0.5, AXIS_H - 6); ctx.lineTo(Math.round(x) + 0.5, AXIS_H - 1); ctx.stroke();
      const label = this.axis === 'time' ? `${s}` : `${trimNum(t)} s`;
      if (this.axis === 'steps' && label === lastLabel) continue;
      const w = ctx.measureText(label).width;
      if (x - w / 2 < lastEnd + 8 || x - w / 2 < L.x0 - 6) continue;
      ctx.fillText(label, x - w / 2, 32);
      lastEnd = x + w / 2; lastLabel = label;
    }
  }

  // ---- interaction -----------------------------------------------------------------------

  hit(e) {
    if (!this.model || !this.L) return null;
    const r = this.canvas.getBoundingClientRect();
    const x = e.clientX - r.left; const y = e.clientY - r.top;
    if (y < AXIS_H) return null;
    const L = this.L;
    const i = Math.floor((y - AXIS_H + L.scrollTop) / LANE_H);
    const tasks = this.model.order();
    const t = tasks[i];
    if (!t) return null;
    if (x < L.labelW) return { task: t.id, seg: null, x, y, label: true };
    let best = null;
    for (const sg of t.segs) {
      const [a, b] = this.segX(L, sg);
      if (x >= a - 2 && x <= Math.max(b, a + MIN_W) + 2) {
        const rank = sg.state === 'blocking' ? 3 : sg.state === 'running' ? 2 : sg.state === 'waiting' ? 1 : 0;
        if (!best || rank > best.rank) best = { sg, rank };
      }
    }
    return { task: t.id, seg: best ? best.sg : null, x, y };
  }

  onMove(e) {
    const hit = this.hit(e);
    const same = hit && this.hover && hit.task === this.hover.task && hit.seg === this.hover.seg;
    this.hover = hit;
    if (!same) this.render();
    if (!hit) { this.tip.hidden = true; return; }
    this.showTip(hit.task, hit.seg, hit.x, hit.y);
  }

  showTip(taskId, sg, x, y) {
    const t = this.model.tasks.get(taskId);
    clear(this.tip);
    for (const line of describe(this.model, t, sg)) this.tip.append(h('div', { class: line.cls, text: line.text }));
    this.tip.hidden = false;
    const cw = this.scroller.clientWidth;
    const left = Math.min(x + 14, cw - 280);
    this.tip.style.left = `${Math.max(4, left)}px`;
    this.tip.style.top = `${y + this.scroller.offsetTop + 16}px`;
  }

  onClick(e) {
    const hit = this.hit(e);
    if (!hit) return;
    this.select(hit.task, hit.seg);
  }

  select(taskId, sg) {
    this.selected = { task: taskId, seg: sg };
    const t = this.model.tasks.get(taskId);
    const line = sg && sg.line != null ? sg.line : t.line;
    if (line != null && this.opts.onLine) this.opts.onLine(line);
    if (this.opts.onTask) this.opts.onTask(taskId);
    this.live.textContent = describe(this.model, t, sg).map((l) => l.text).join('. ');
    this.render();
  }

  onKey(e) {
    if (!this.model) return;
    const tasks = this.model.order();
    if (!tasks.length) return;
    let ti = this.selected ? tasks.findIndex((t) => t.id === this.selected.task) : -1;
    let t = tasks[Math.max(ti, 0)];
    const visible = (task) => task.segs.filter((s) => s.state !== 'ready' || s.t1 > s.t0 || s.s1 > s.s0);
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      ti = Math.min(tasks.length - 1, Math.max(0, ti + (e.key === 'ArrowDown' ? 1 : -1)));
      t = tasks[ti];
      this.select(t.id, visible(t)[0] ?? null);
      this.scrollToTask(t.id);
    } else if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
      const segs = visible(t);
      const cur = this.selected && this.selected.seg ? segs.indexOf(this.selected.seg) : -1;
      const ni = Math.min(segs.length - 1, Math.max(0, cur + (e.key === 'ArrowRight' ? 1 : -1)));
      this.select(t.id, segs[ni] ?? null);
    } else if (e.key === '+' || e.key === '=') {
      this.zoom(0.5);
    } else if (e.key === '-') {
      this.zoom(2);
    } else if (e.key === '0') {
      this.fit();
    } else if (e.key === 'Enter' && this.selected) {
      this.select(this.selected.task, this.selected.seg);
    } else {
      return;
    }
    e.preventDefault();
  }

  scrollToTask(id) {
    const i = this.model.order().findIndex((t) => t.id === id);
    if (i < 0) return;
    const top = i * LANE_H; const vh = this.scroller.clientHeight - AXIS_H;
    if (top < this.scroller.scrollTop || top + LANE_H > this.scroller.scrollTop + vh) this.scroller.scrollTop = Math.max(0, top - vh / 2);
  }
}

// ---- helpers ---------------------------------------------------------------------------

function outcomeText(t) {
  if (!t.end) return 'not finished';
  const word = OUTCOME_WORDS[t.end.outcome] || String(t.end.outcome);
  return `${word} at ${fmtSeconds(t.end.t)}${t.end.error ? ` (${t.end.error})` : ''}`;
}

/** The lines of a tooltip (or a screen-reader announcement) for a task and segment. */
export function describe(model, t, sg) {
  const lines = [{ cls: 'ts-tip-title', text: `${t.name} — ${t.coro}()` }];
  const parent = t.parent != null ? model.tasks.get(t.parent) : null;
  lines.push({ cls: 'ts-tip-meta', text: `created${t.line != null ? ` at line ${t.line}` : ''}${parent ? ` by ${parent.name}` : ''}` });
  if (sg) {
    const words = { running: 'running', ready: 'ready, waiting for its turn', waiting: `waiting on ${sg.label}`, blocking: `${sg.label} — blocking the event loop: no other task can run` };
    lines.push({ cls: `ts-tip-state ts-tip-${sg.state}`, text: sg.state === 'ready' ? sg.label : words[sg.state] });
    const t1 = sg.open ? '…' : trimNum(sg.t1);
    lines.push({ cls: 'ts-tip-meta', text: `${trimNum(sg.t0)} → ${t1} s · steps ${sg.s0}–${sg.open ? '…' : sg.s1}${sg.line != null ? ` · line ${sg.line}` : ''}` });
    if (sg.due != null && !sg.open && sg.t1 - sg.due > 1e-6) {
      lines.push({ cls: 'ts-tip-state ts-tip-blocking', text: `woke ${trimNum(sg.t1 - sg.due)} s late: the loop was busy when the sleep was due` });
    }
  }
  lines.push({ cls: `ts-tip-end ts-end-${t.end ? t.end.outcome : 'open'}`, text: outcomeText(t) });
  return lines;
}

function stepTimes(m) {
  if (m._stepTimesLen === m.events.length) return m._stepTimes;
  const out = [];
  let last = -1;
  for (const ev of m.events) {
    if (typeof ev.step === 'number' && ev.step > last && ev.step > 0) { out.push([ev.step, ev.t ?? 0]); last = ev.step; }
  }
  m._stepTimes = out; m._stepTimesLen = m.events.length;
  return out;
}

const TASK_WAITS = new Set(['task', 'gather', 'wait', 'as_completed', 'taskgroup', 'shield']);
const SYNC_WAITS = new Set(['lock', 'event', 'condition', 'semaphore', 'barrier', 'queue_get', 'queue_put', 'queue_join']);

function waitColour(C, wait) {
  const kind = wait && wait.kind;
  if (TASK_WAITS.has(kind)) return C.waitTask;
  if (SYNC_WAITS.has(kind)) return C.waitSync;
  return C.waiting;
}

function legendItem(cls, text) {
  return h('span', { class: 'ts-legend-item' }, h('i', { class: `ts-sw ts-sw-${cls}` }), text);
}
