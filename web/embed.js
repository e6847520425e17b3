// Taskscope's embed script. On a documentation page:
//   <script type="module" src="https://…/embed.js"></script>
//   <taskscope-example clock="instant"> …python… </taskscope-example>
// or <pre class="taskscope">…</pre>. The widget itself (CodeMirror included) is the
// bundle web/dist/embed-widget.js, built by `make web`; it is loaded relative to this
// file, so the pair works from any static host.
import './dist/embed-widget.js';
