// The first stage of the editor's Python language (editor.js loads the stages one
// after another in idle time, so that no single module evaluation holds the page's
// main thread for long): CodeMirror's language support and the syntax tree and
// highlighting tags it is built on.
export { indentUnit } from '@codemirror/language';
