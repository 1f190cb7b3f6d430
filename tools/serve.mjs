#!/usr/bin/env node
// serve.mjs — a tiny dependency-free static file server for the demo site and the e2e tests.
//
// Takes: `node tools/serve.mjs [DIR] [PORT]` — DIR defaults to `www`, PORT to 8000 (0 picks a
// free port). Gives: DIR served on http://127.0.0.1:PORT/ (directories → index.html, correct
// MIME types incl. application/wasm, no caching), and prints that URL as its first stdout line.
// Also importable: `startServer(dir, port, { headers })` resolves to { url, port, close() };
// `headers` are added to every file response (bench-inpage sends the two cross-origin
// isolation headers, which give the page a 5 µs performance.now() instead of 100 µs).

import { createServer } from 'node:http';
import { stat, readFile } from 'node:fs/promises';
import { resolve, join, extname, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/** Absolute file path for a request path inside `root`, or null when it escapes `root`. */
function fileFor(root, urlPath) {
  let path;
  try {
    path = decodeURIComponent(urlPath.split('?')[0].split('#')[0]);
  } catch {
    return null;
  }
  const full = resolve(join(root, path));
  return full === root || full.startsWith(root + sep) ? full : null;
}

async function handle(root, req, res, headers) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  let file = fileFor(root, req.url ?? '/');
  if (file === null) {
    res.writeHead(403).end('forbidden');
    return;
  }
  try {
    let info = await stat(file);
    if (info.isDirectory()) {
      if (!(req.url ?? '/').split('?')[0].endsWith('/')) {
        res.writeHead(301, { Location: `${req.url.split('?')[0]}/` }).end();
        return;
      }
      file = join(file, 'index.html');
      info = await stat(file);
    }
    const body = await readFile(file);
    res.writeHead(200, {
      'Content-Type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'Content-Length': body.length,
      'Cache-Control': 'no-store',
      ...headers,
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  } catch {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found');
  }
}

/** Serves `dir` on 127.0.0.1:`port` (0 = any free port), adding `headers` to each file. */
export function startServer(dir = 'www', port = 0, { headers = {} } = {}) {
  const root = resolve(dir);
  const server = createServer((req, res) => {
    handle(root, req, res, headers).catch(() => res.writeHead(500).end());
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => {
      const actual = server.address().port;
      ok({
        url: `http://127.0.0.1:${actual}/`,
        port: actual,
        close: () => new Promise((done) => { server.closeAllConnections?.(); server.close(() => done()); }),
      });
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [dir = 'www', portArg = '8000'] = process.argv.slice(2);
  const port = Number.parseInt(portArg, 10);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`serve.mjs: bad port ${JSON.stringify(portArg)}`);
    process.exit(2);
  }
  try {
    if (!(await stat(dir)).isDirectory()) throw new Error('not a directory');
  } catch {
    console.error(`serve.mjs: ${dir} is not a directory`);
    process.exit(2);
  }
  const { url } = await startServer(dir, port);
  console.log(url);
}
