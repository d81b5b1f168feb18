// Serves dist/ under a sub-path, as a static host would, for browser tests, benchmarks and screenshots.
import fs from 'node:fs';
import http from 'node:http';
import http2 from 'node:http2';
import path from 'node:path';
import zlib from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json',
  '.svg': 'image/svg+xml', '.webmanifest': 'application/manifest+json', '.png': 'image/png', '.ttf': 'font/ttf',
  '.woff2': 'font/woff2', '.txt': 'text/plain',
};

// A certificate for 127.0.0.1 made for these tests alone (self-signed, never trusted anywhere else).
const TLS_DIR = path.join(path.dirname(new URL(import.meta.url).pathname), 'tls');

/**
 * Starts a server on 127.0.0.1; returns { url, close, requests }. Unknown paths fall back to index.html.
 * `headers` are sent with every response (as a host configured with the build's `_headers` would). With `tls`, it
 * speaks HTTPS and HTTP/2 as static hosts do (the browser must accept the test certificate: --ignore-certificate-errors).
 */
export async function serveDist(dist = 'dist', base = '/peldano/sub/', headers = {}, { tls = false } = {}) {
  const root = path.resolve(dist);
  const requests = [];
  const handle = (req, res) => {
    const u = new URL(req.url, 'http://x');
    requests.push(u.pathname);
    if (!u.pathname.startsWith(base)) { res.writeHead(404); return res.end(); }
    let file = path.join(root, decodeURIComponent(u.pathname.slice(base.length)));
    if (!file.startsWith(root) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) file = path.join(root, 'index.html');
    const type = TYPES[path.extname(file)] || 'application/octet-stream';
    const body = fs.readFileSync(file);
    const gzip = /gzip/.test(req.headers['accept-encoding'] || '') && /text|javascript|json|svg/.test(type);
    res.writeHead(200, { ...headers, 'content-type': type, 'cache-control': 'no-cache', ...(gzip ? { 'content-encoding': 'gzip' } : {}) });
    res.end(gzip ? zlib.gzipSync(body) : body);
  };
  const server = tls
    ? http2.createSecureServer({ key: fs.readFileSync(path.join(TLS_DIR, 'key.pem')), cert: fs.readFileSync(path.join(TLS_DIR, 'cert.pem')), allowHTTP1: true }, handle)
    : http.createServer(handle);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `${tls ? 'https' : 'http'}://127.0.0.1:${server.address().port}${base}`;
  return { url, requests, close: () => new Promise((resolve) => server.close(resolve)) };
}
