// The fourth stage of the editor's Python language (editor.js): the Python grammar
// (decoding its parse tables is most of this stage's evaluation).
export { parser } from '@lezer/python';
