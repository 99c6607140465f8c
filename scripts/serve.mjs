// A small static server for the page on 127.0.0.1: the page itself, the wasm package and the
// vendored chart library, each from its own folder, with the right MIME types (browsers stream-
// compile wasm only when it is served as application/wasm) and the same CSP as the page.
import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { root } from './build.mjs';

const MOUNTS = [
  ['/sample/', join(root, 'www', 'public', 'sample')],
  ['/pkg/', join(root, 'pkg')],
  ['/vendor/uplot/', join(root, 'node_modules', 'uplot', 'dist')],
  ['/', join(root, 'www')],
];

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

// Workers take their CSP from their own response, not from the page's <meta>, so it is sent here too.
export const CSP = [
  "default-src 'none'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data: blob:",
  "style-src 'self'",
  "font-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Maps a URL path to `{ file, mount }` inside one of the mounts, or null if it would escape
 * them.
 */
function resolve(pathname, mounts = MOUNTS) {
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const mount = mounts.find(([p]) => decoded.startsWith(p));
  const [prefix, dir] = mount;
  const file = normalize(join(dir, decoded.slice(prefix.length)));
  if (file !== dir && !file.startsWith(dir + sep)) return null;
  return { file, mount };
}

async function handle(req, res, mounts) {
  const url = new URL(req.url, 'http://localhost');
  const send = (status, body) => {
    res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end(body);
  };
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'method not allowed');
  const found = resolve(url.pathname, mounts);
  if (!found) return send(404, 'not found');
  let { file } = found;
  // A mount may stand for someone else's site (a page embedding the widget): no Marsad CSP there.
  const csp = found.mount[2]?.csp === false ? {} : { 'Content-Security-Policy': CSP };
  try {
    let info = await stat(file);
    if (info.isDirectory()) {
      file = join(file, 'index.html');
      info = await stat(file);
    }
    res.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Content-Length': info.size,
      ...csp,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-cache',
    });
    if (req.method === 'HEAD') return res.end();
    createReadStream(file).pipe(res);
  } catch {
    send(404, 'not found');
  }
}

/**
 * Starts the server; port 0 picks a free one. `extraMounts` ([url prefix, folder, options?])
 * serve more folders, e.g. a benchmark's data; `{ csp: false }` serves one without Marsad's
 * Content-Security-Policy. Resolves to { server, url }.
 */
export function serve({ port = 8080, host = '127.0.0.1', extraMounts = [] } = {}) {
  const mounts = [...extraMounts, ...MOUNTS];
  return new Promise((resolvePromise, reject) => {
    const server = createServer((req, res) => handle(req, res, mounts).catch(() => res.destroy()));
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      resolvePromise({ server, url: `http://${host}:${address.port}/` });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const wanted = Number(process.env.PORT ?? 8080);
  serve({ port: wanted })
    .catch((e) => {
      if (e.code !== 'EADDRINUSE') throw e;
      console.error(`port ${wanted} is busy; using a free one`);
      return serve({ port: 0 });
    })
    .then(({ url }) => console.log(`Marsad is running at ${url}  (Ctrl+C to stop)`))
    .catch((e) => {
      console.error(`serve: ${e.message}`);
      process.exit(1);
    });
}
