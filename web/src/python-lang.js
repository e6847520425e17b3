// The last stage of the editor's Python language (editor.js loads the stages before it
// first): the language itself (CodeMirror's Python support on the grammar) and the
// highlighting colours. A chunk of its own, loaded once the editor is up (the editor
// shows the program and takes input before it is in).
import { syntaxHighlighting, HighlightStyle, bracketMatching } from '@codemirror/language';
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

/** The Python language: the parse, no change yet to what the editor shows. */
export function pythonLanguage() {
  return python();
}

/** What shows the parse: the highlighting colours and bracket matching. */
export function pythonColours() {
  return [syntaxHighlighting(highlight), bracketMatching()];
}
