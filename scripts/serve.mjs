// A small static file server for the playground: `node scripts/serve.mjs --port 8000`.
// Serves web/ at / and wasm/dist/ at /dist/, with the MIME types wasm needs. A URL under
// /dist/ that wasm/dist does not have is looked up in web/dist (the page's bundles), as
// if both had been copied into one dist/ folder of a static host.
//
// It answers as a common static host does: validators (ETag, Last-Modified) with
// `no-cache`, so that a browser keeps every file and asks again with a cheap
// conditional request (304 when unchanged; an edited file shows at the next load), and
// gzip for text and for the engine's binaries when the browser accepts it. The
// compressed bytes are made once per file version, off the server's thread; until they
// are there the file goes out as it is, so no request waits for a compression.
// Nothing the page needs depends on these: it works the same from any static host.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const mounts = [
  ['/dist/', path.join(root, 'wasm/dist')],
  ['/', path.join(root, 'web')],
];
const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.css': 'text/css', '.wasm': 'application/wasm', '.json': 'application/json',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.py': 'text/plain; charset=utf-8',
};
// What is worth compressing: text, the .wasm and the library bundle (taskscope-lib.bin).
const compressible = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.py', '.wasm', '.bin']);

function resolve(urlPath) {
  for (const [prefix, dir] of mounts) {
    if (!urlPath.startsWith(prefix)) continue;
    const file = path.join(dir, urlPath.slice(prefix.length));
    // Never serve outside the mounted folder, whatever the URL says.
    if (file !== dir && !file.startsWith(dir + path.sep)) return null;
    try {
      const stat = fs.statSync(file);
      if (stat.isFile()) return { file, stat };
    } catch { /* not in this mount */ }
  }
  return null;
}

// Gzipped bodies by file, for the version (ETag) they were made from; null while one
// is being made.
const gzipped = new Map();
function gzipOf(file, etag, body) {
  const hit = gzipped.get(file);
  if (hit && hit.etag === etag) return hit.body;
  gzipped.set(file, { etag, body: null });
  zlib.gzip(body, { level: 6 }, (err, gz) => {
    if (gzipped.get(file)?.etag === etag) gzipped.set(file, { etag, body: err ? null : gz });
  });
  return null;
}

const portArg = process.argv.indexOf('--port');
const port = Number(portArg > 0 ? process.argv[portArg + 1] : process.env.PORT || 8000);

http.createServer((req, res) => {
  let urlPath;
  try { urlPath = decodeURIComponent(new URL(req.url, 'http://x').pathname); } catch { urlPath = ''; }
  if (urlPath.endsWith('/')) urlPath += 'index.html';
  const found = urlPath && resolve(urlPath);
  const notFound = () => {
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found\n');
  };
  if (!found) { notFound(); return; }
  const { file, stat } = found;
  const etag = `W/"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"`;
  const headers = {
    'content-type': types[path.extname(file)] ?? 'application/octet-stream',
    'cache-control': 'no-cache',
    etag,
    'last-modified': stat.mtime.toUTCString(),
    vary: 'accept-encoding',
  };
  const inm = req.headers['if-none-match'];
  const ims = req.headers['if-modified-since'];
  if (inm ? inm.split(',').some((t) => t.trim() === etag) : (ims && Date.parse(ims) >= Math.floor(stat.mtimeMs / 1000) * 1000)) {
    res.writeHead(304, headers);
    res.end();
    return;
  }
  fs.readFile(file, (err, body) => {
    if (err) { notFound(); return; }
    const gz = compressible.has(path.extname(file)) && /\bgzip\b/.test(req.headers['accept-encoding'] || '')
      ? gzipOf(file, etag, body) : null;
    if (gz) {
      body = gz;
      headers['content-encoding'] = 'gzip';
    }
    headers['content-length'] = body.length;
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  });
}).listen(port, () => console.log(`Taskscope playground on http://localhost:${port}/`));
