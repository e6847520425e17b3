// The program editor: CodeMirror 6 with Python highlighting, line numbers,
// Ctrl/Cmd+Enter to run, an underline on the line an error names, and a brief
// highlight of the line a timeline segment or traceback points at.
//
// What the editor needs to show the program and take input is here; the Python
// language with the editing that follows it (its grammar, colours, indentation, the
// keymaps and undo history: a third of the editor's code) comes after the editor is
// up, in stages (lang-base.js, lang-editing.js, lang-lr.js, lang-grammar.js,
// python-lang.js), each evaluated and applied in an idle moment of its own: evaluated
// at once it held the page's main thread for 100–300 ms under load, and a click on Run
// in that time waited (docs/performance.md, "Web").
import { EditorView, keymap, lineNumbers, highlightActiveLine, highlightActiveLineGutter,
  drawSelection, Decoration } from '@codemirror/view';
import { EditorState, StateEffect, StateField, Prec, Compartment } from '@codemirror/state';

/** Resolves in an idle moment of the main thread (soon, on a busy one). */
function idle() {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 300 });
    else setTimeout(resolve, 1);
  });
}

let languageLoading = null;
/**
 * Loads the language's stages once, one module evaluation per idle moment; resolves
 * with the module of the last (python-lang.js) and that of the editing (lang-editing.js).
 */
function loadLanguage(onEditing) {
  if (!languageLoading) {
    languageLoading = (async () => {
      await idle();
      await import('./lang-base.js');
      await idle();
      const editing = await import('./lang-editing.js');
      await idle();
      onEditing?.(editing);
      await idle();
      await import('./lang-lr.js');
      await idle();
      await import('./lang-grammar.js');
      await idle();
      return { editing, lang: await import('./python-lang.js') };
    })();
  }
  return languageLoading;
}

const setErrorLine = StateEffect.define();
const setFocusLine = StateEffect.define();

function lineField(effect, cls) {
  return StateField.define({
    create: () => Decoration.none,
    update(deco, tr) {
      deco = deco.map(tr.changes);
      for (const e of tr.effects) {
        if (e.is(effect)) {
          const n = e.value;
          if (n == null || n < 1 || n > tr.state.doc.lines) deco = Decoration.none;
          else deco = Decoration.set([Decoration.line({ class: cls }).range(tr.state.doc.line(n).from)]);
        }
      }
      // An edit makes an error underline stale.
      if (tr.docChanged && effect === setErrorLine) deco = Decoration.none;
      return deco;
    },
    provide: (f) => EditorView.decorations.from(f),
  });
}

const theme = EditorView.theme({
  '&': { color: 'var(--ts-fg)', backgroundColor: 'var(--ts-editor-bg)', height: '100%', fontSize: '14px' },
  '.cm-content': { fontFamily: 'var(--ts-mono)', caretColor: 'var(--ts-fg)', padding: '8px 0' },
  '.cm-scroller': { fontFamily: 'var(--ts-mono)', lineHeight: '1.55' },
  '.cm-gutters': { backgroundColor: 'var(--ts-editor-bg)', color: 'var(--ts-muted)', border: 'none' },
  '.cm-activeLine': { backgroundColor: 'var(--ts-active-line)' },
  '.cm-activeLineGutter': { backgroundColor: 'var(--ts-active-line)' },
  '&.cm-focused .cm-selectionBackground, .cm-selectionBackground, ::selection': { backgroundColor: 'var(--ts-selection) !important' },
  '&.cm-focused': { outline: '2px solid var(--ts-focus)', outlineOffset: '-2px' },
  '.cm-ts-error-line': { textDecoration: 'underline wavy var(--ts-err)', textDecorationSkipInk: 'none', textUnderlineOffset: '4px', backgroundColor: 'var(--ts-err-bg)' },
  '.cm-ts-focus-line': { backgroundColor: 'var(--ts-focus-line)', transition: 'background-color 0.6s' },
});

/**
 * Creates the editor.
 * @param {HTMLElement} parent
 * @param {{doc: string, onRun: () => void, label?: string, root?: ShadowRoot,
 *   languageAfter?: Promise<any>}} opts
 *   languageAfter: the Python language is loaded once it settles (the page lets a
 *   run's first output come first)
 */
export function createEditor(parent, opts) {
  const errorField = lineField(setErrorLine, 'cm-ts-error-line');
  const focusField = lineField(setFocusLine, 'cm-ts-focus-line');
  const language = new Compartment();
  const runKeys = Prec.highest(keymap.of([{ key: 'Mod-Enter', run: () => { opts.onRun(); return true; } }]));
  const view = new EditorView({
    parent,
    root: opts.root,
    state: EditorState.create({
      doc: opts.doc,
      extensions: [
        runKeys, lineNumbers(), highlightActiveLineGutter(), highlightActiveLine(),
        drawSelection(), language.of([]), theme, errorField, focusField,
        EditorView.contentAttributes.of({ 'aria-label': opts.label ?? 'Python program (Ctrl+Enter runs it; Escape then Tab leaves the editor)' }),
      ],
    }),
  });
  let focusTimer = null;
  // Resolves once the Python grammar highlights the program and the keymaps are in.
  // Each step is a transaction of its own in an idle moment: the editing (no change to
  // what shows), the language (its first parse, 20 ms at most, the rest in idle time),
  // the colours (the lines redrawn).
  let editingExt = null;
  const applyEditing = (m) => {
    if (editingExt) return;
    editingExt = m.editing();
    view.dispatch({ effects: language.reconfigure(editingExt) });
  };
  const languageReady = Promise.resolve(opts.languageAfter).catch(() => {})
    .then(() => loadLanguage(applyEditing))
    .then(async ({ editing, lang }) => {
      applyEditing(editing);
      const parse = lang.pythonLanguage();
      view.dispatch({ effects: language.reconfigure([editingExt, parse]) });
      await idle();
      view.dispatch({ effects: language.reconfigure([editingExt, parse, lang.pythonColours()]) });
    });
  return {
    view,
    languageReady,
    getText: () => view.state.doc.toString(),
    setText(text) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text }, effects: [setErrorLine.of(null), setFocusLine.of(null)] });
    },
    /**
     * Underlines the line an error names (null clears). Clearing when nothing is
     * underlined does nothing: a transaction makes CodeMirror read the DOM selection,
     * which forces a style recalculation and layout in the Run press that calls this
     * (8-60 ms under load; docs/performance.md, "Web (session 6)").
     */
    setErrorLine(n) {
      if (n == null && view.state.field(errorField).size === 0) return;
      view.dispatch({ effects: setErrorLine.of(n) });
    },
    /** Highlights a line for a moment and scrolls it into view. */
    showLine(n) {
      if (n < 1 || n > view.state.doc.lines) return;
      const pos = view.state.doc.line(n).from;
      view.dispatch({ effects: [setFocusLine.of(n), EditorView.scrollIntoView(pos, { y: 'center' })], selection: { anchor: pos } });
      clearTimeout(focusTimer);
      focusTimer = setTimeout(() => view.dispatch({ effects: setFocusLine.of(null) }), 1800);
    },
    focus: () => view.focus(),
  };
}
