// Small DOM helpers. Everything that may carry program data (output, task names, trace
// labels) goes through text nodes: this file has no innerHTML, and nothing else may.

/**
 * Creates an element. `attrs` keys: `class`, `text` (textContent), `on<event>`
 * (listeners), `dataset` (object), anything else is set as an attribute (true → empty
 * attribute, false/null → omitted). Children: nodes or strings (made text nodes).
 * @param {string} tag
 * @param {Record<string, any>} [attrs]
 * @param {...(Node|string|null|undefined|false)} children
 * @returns {HTMLElement}
 */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'class') el.className = value;
    else if (key === 'text') el.textContent = String(value);
    else if (key === 'dataset') Object.assign(el.dataset, value);
    else if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value);
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  append(el, ...children);
  return el;
}

/** Appends nodes or strings (as text) to a parent. */
export function append(parent, ...children) {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    parent.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return parent;
}

/** Removes every child of a node. */
export function clear(el) {
  while (el.firstChild) el.firstChild.remove();
}

/** Formats a clock value in seconds for labels: 2 s, 0.5 s, 12.345 s. */
export function fmtSeconds(t) {
  if (!Number.isFinite(t)) return '—';
  const r = Math.round(t * 1000) / 1000;
  return `${r} s`;
}
