// A small static file server for the playground: `node scripts/serve.mjs --port 8000`.
// Serves web/ at / and wasm/dist/ at /dist/, with the MIME types wasm needs. A URL under
// /dist/ that wasm/dist does not have is looked up in web/dist (the page's bundles), as
// if both had been copied into one dist/ folder of a static host.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
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

function resolve(urlPath) {
  for (const [prefix, dir] of mounts) {
    if (!urlPath.startsWith(prefix)) continue;
    const file = path.join(dir, urlPath.slice(prefix.length));
    // Never serve outside the mounted folder, whatever the URL says.
    if (file !== dir && !file.startsWith(dir + path.sep)) return null;
    if (fs.existsSync(file)) return file;
  }
  return null;
}

const portArg = process.argv.indexOf('--port');
const port = Number(portArg > 0 ? process.argv[portArg + 1] : process.env.PORT || 8000);

http.createServer((req, res) => {
  let urlPath = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  if (urlPath.endsWith('/')) urlPath += 'index.html';
  const file = resolve(urlPath);
  fs.readFile(file ?? '', (err, body) => {
    if (err) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found\n');
      return;
    }
    res.writeHead(200, {
      'content-type': types[path.extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
    });
    res.end(body);
  });
}).listen(port, () => console.log(`Taskscope playground on http://localhost:${port}/`));
