// The Python language for the editor (grammar, indentation, highlighting tags), a chunk
// of its own that editor.js loads once the editor is up.
export { python } from '@codemirror/lang-python';
