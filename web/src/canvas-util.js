// Small canvas and number helpers for the timeline: tick steps, number labels, text
// that fits a width, rounded rectangles, hatching, colours with alpha.

/** A round step (1, 2, 2.5, 5 × 10^k) giving about `count` ticks over `span`. */
export function niceStep(span, count) {
  const raw = span / count;
  const p = Math.pow(10, Math.floor(Math.log10(raw)));
  for (const f of [1, 2, 2.5, 5, 10]) if (f * p >= raw) return f * p;
  return 10 * p;
}

/** A number for a label: at most three decimals, no trailing zeros. */
export function trimNum(v) {
  return String(Math.round(v * 1000) / 1000);
}

// Fitting text is measured by bisection and remembered: lane names repeat every frame.
const fitCache = new Map();
/** `text`, cut with an ellipsis to fit `maxW` pixels in the context's font. */
export function fitText(ctx, text, maxW) {
  if (maxW <= 8) return '';
  const key = `${ctx.font}|${maxW | 0}|${text}`;
  const hit = fitCache.get(key);
  if (hit !== undefined) return hit;
  let out = text;
  if (ctx.measureText(text).width > maxW) {
    let lo = 0; let hi = text.length;
    while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (ctx.measureText(`${text.slice(0, mid)}…`).width <= maxW) lo = mid; else hi = mid - 1; }
    out = lo > 0 ? `${text.slice(0, lo)}…` : '';
  }
  if (fitCache.size > 5000) fitCache.clear();
  fitCache.set(key, out);
  return out;
}

/** Starts a path: a rectangle with rounded corners. */
export function roundRect(ctx, x, y, w, h2, r) {
  ctx.beginPath();
  const rr = Math.min(r, w / 2, h2 / 2);
  ctx.moveTo(x + rr, y); ctx.lineTo(x + w - rr, y); ctx.quadraticCurveTo(x + w, y, x + w, y + rr);
  ctx.lineTo(x + w, y + h2 - rr); ctx.quadraticCurveTo(x + w, y + h2, x + w - rr, y + h2);
  ctx.lineTo(x + rr, y + h2); ctx.quadraticCurveTo(x, y + h2, x, y + h2 - rr);
  ctx.lineTo(x, y + rr); ctx.quadraticCurveTo(x, y, x + rr, y); ctx.closePath();
}

/** Diagonal stripes over a rectangle (blocking and late wake-ups). */
export function hatch(ctx, x, y, w, h2, color) {
  ctx.save();
  ctx.beginPath(); ctx.rect(x, y, w, h2); ctx.clip();
  ctx.strokeStyle = color; ctx.lineWidth = 2;
  ctx.beginPath();
  for (let i = -h2; i < w; i += 8) { ctx.moveTo(x + i, y + h2); ctx.lineTo(x + i + h2, y); }
  ctx.stroke();
  ctx.restore();
}

/** A #rrggbb colour with alpha; other colour syntaxes are returned unchanged. */
export function withAlpha(color, a) {
  if (color.startsWith('#') && (color.length === 7)) {
    const n = parseInt(color.slice(1), 16);
    return `rgba(${n >> 16},${(n >> 8) & 255},${n & 255},${a})`;
  }
  return color;
}
