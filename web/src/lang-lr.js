// The third stage of the editor's Python language (editor.js): the LR parser runtime
// the Python grammar is made for.
export { LRParser } from '@lezer/lr';
