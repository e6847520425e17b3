// Share links: the program compressed in the URL hash (deflate-raw, base64url), with the
// clock mode, so a link restores both. Nothing is sent to any server.

/** @param {Uint8Array} bytes */
function toBase64url(bytes) {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64url(text) {
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/') + '==='.slice((text.length + 3) % 4);
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

async function pipe(bytes, stream) {
  const out = new Response(new Blob([bytes]).stream().pipeThrough(stream));
  return new Uint8Array(await out.arrayBuffer());
}

/**
 * The hash for a program: `#code=...&clock=instant|real`.
 * @param {string} source @param {'virtual'|'real'} clock
 */
export async function encodeShare(source, clock) {
  const packed = await pipe(new TextEncoder().encode(source), new CompressionStream('deflate-raw'));
  return `#code=${toBase64url(packed)}&clock=${clock === 'real' ? 'real' : 'instant'}`;
}

/**
 * Reads a hash made by encodeShare; null when it holds no program (or a broken one).
 * @returns {Promise<{source: string, clock: 'virtual'|'real'} | null>}
 */
export async function decodeShare(hash) {
  const params = new URLSearchParams(String(hash || '').replace(/^#/, ''));
  const code = params.get('code');
  if (!code) return null;
  try {
    const bytes = await pipe(fromBase64url(code), new DecompressionStream('deflate-raw'));
    const source = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { source, clock: params.get('clock') === 'real' ? 'real' : 'virtual' };
  } catch {
    return null;
  }
}
