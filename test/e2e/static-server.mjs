// A tiny static file server for the built demo (dist/demo), the end-to-end test, the screenshots, the
// benchmarks and the packaging check.
// 127.0.0.1 only, a random free port, GET/HEAD only, no directory listings, nothing outside the root.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** The file for a URL path, or undefined when it is outside `root` or not a file. */
function fileFor(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  const relative = normalize(decoded).replace(/^([/\\])+/, '');
  if (relative.split(sep).includes('..')) return undefined;
  let path = join(root, relative);
  try {
    if (statSync(path).isDirectory()) path = join(path, 'index.html');
    return statSync(path).isFile() ? path : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Serves `root` on 127.0.0.1. Resolves to `{ url, origin, requests, close }`: `url` ends with "/",
 * `requests` lists every path asked for with its status (for failure reports). `headersFor(pathname)`
 * adds response headers (the packaging check gives its pages a strict Content-Security-Policy).
 */
export function serveStatic(root, headersFor = () => ({})) {
  const requests = [];
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
    const path = request.method === 'GET' || request.method === 'HEAD' ? fileFor(root, pathname) : undefined;
    if (!path) {
      requests.push({ path: pathname, status: 404 });
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      response.end('Not found');
      return;
    }
    requests.push({ path: pathname, status: 200 });
    response.writeHead(200, {
      'content-type': CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
      ...headersFor(pathname),
    });
    if (request.method === 'HEAD') response.end();
    else createReadStream(path).pipe(response);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({
        url: `http://127.0.0.1:${port}/`,
        origin: `http://127.0.0.1:${port}`,
        requests,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
