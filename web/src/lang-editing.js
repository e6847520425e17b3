// The second stage of the editor's Python language (editor.js): the editing that does
// not need the grammar — undo history, the keymaps, indentation on input.
import { keymap } from '@codemirror/view';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { indentOnInput, indentUnit } from '@codemirror/language';

/** The editing extensions (no parse, no change to what the editor shows). */
export function editing() {
  return [history(), indentOnInput(), indentUnit.of('    '), keymap.of([...defaultKeymap, ...historyKeymap, indentWithTab])];
}
