// A static server for the demo site (www/), on loopback only. Paths under /csp/ serve the same
// files with a strict Content-Security-Policy (no inline script or style, no wasm-unsafe-eval).
// Usage: node tests/e2e/server.mjs [port]   (prints "listening PORT")
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../www');
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css',
  '.svg': 'image/svg+xml', '.wasm': 'application/wasm', '.json': 'application/json', '.png': 'image/png' };
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; object-src 'none'; base-uri 'none'";

// Extra roots for corpus pages: /corpus/<name>/<id> serves a .html.gz page decompressed.
export function startServer(port = 0, corpusRoots = {}) {
  const server = http.createServer((req, res) => {
    let url = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const headers = {};
    if (url.startsWith('/corpus/')) {
      const [, , name, id] = url.split('/');
      const file = corpusRoots[name] && path.join(corpusRoots[name], 'html', `${id}.html.gz`);
      if (!file || !fs.existsSync(file)) { res.writeHead(404); res.end('not found'); return; }
      // Page scripts are blocked (they would reach for the network and rewrite the page); the
      // extension's own scripts are not subject to the page's policy.
      const body = zlib.gunzipSync(fs.readFileSync(file));
      // Say UTF-8 when the bytes are UTF-8 (as the page's own server would); otherwise let the
      // page's declaration decide.
      let type = 'text/html';
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(body);
        type = 'text/html; charset=utf-8';
      } catch (_) { /* not UTF-8 */ }
      res.writeHead(200, { 'content-type': type, 'content-security-policy': "script-src 'none'; connect-src 'none'; frame-src 'none'" });
      res.end(body);
      return;
    }
    if (url.startsWith('/csp/')) {
      url = url.slice(4);
      headers['content-security-policy'] = STRICT_CSP;
    }
    if (url.endsWith('/')) url += 'index.html';
    const file = path.join(ROOT, path.normalize(url));
    if (!file.startsWith(ROOT) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    headers['content-type'] = TYPES[path.extname(file)] || 'application/octet-stream';
    res.writeHead(200, headers);
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

// The corpora beside the project (../shared/corpora, or CLEANREAD_CORPORA), when present.
export function corpusRoots() {
  const root = process.env.CLEANREAD_CORPORA || path.resolve(ROOT, '../../shared/corpora');
  const roots = {};
  for (const name of ['scrapinghub', 'wcxb-dev']) {
    if (fs.existsSync(path.join(root, name, 'html'))) roots[name] = path.join(root, name);
  }
  return roots;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const server = await startServer(Number(process.argv[2] || 0), corpusRoots());
  console.log(`listening ${server.address().port}`);
}
