// The Python language for the editor and the editing that follows it: the grammar,
// highlighting colours, indentation, bracket matching, the keymaps and undo history.
// A chunk of its own, which editor.js loads once the editor is up (the editor shows
// the program and takes input before it is in).
import { keymap } from '@codemirror/view';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { indentOnInput, bracketMatching, syntaxHighlighting, HighlightStyle, indentUnit } from '@codemirror/language';
import { tags } from '@lezer/highlight';
import { python } from '@codemirror/lang-python';

// Colours come from CSS variables, so the same style follows the light and dark themes.
const highlight = HighlightStyle.define([
  { tag: [tags.keyword, tags.controlKeyword, tags.definitionKeyword, tags.moduleKeyword, tags.operatorKeyword], color: 'var(--ts-syn-keyword)', fontWeight: '600' },
  { tag: [tags.string, tags.special(tags.string)], color: 'var(--ts-syn-string)' },
  { tag: [tags.number, tags.bool, tags.null], color: 'var(--ts-syn-number)' },
  { tag: [tags.comment, tags.lineComment], color: 'var(--ts-syn-comment)', fontStyle: 'italic' },
  { tag: [tags.function(tags.definition(tags.variableName)), tags.function(tags.variableName)], color: 'var(--ts-syn-function)' },
  { tag: [tags.className, tags.definition(tags.className)], color: 'var(--ts-syn-class)' },
  { tag: [tags.propertyName], color: 'var(--ts-syn-property)' },
  { tag: [tags.self, tags.special(tags.variableName)], color: 'var(--ts-syn-keyword)' },
]);


/** The extensions editor.js puts in its language compartment. */
export function pythonEditing() {
  return [
    history(), indentOnInput(), bracketMatching(), indentUnit.of('    '),
    keymap.of([...defaultKeymap, ...historyKeymap, indentWithTab]),
    python(), syntaxHighlighting(highlight),
  ];
}
