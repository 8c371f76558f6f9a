// A tiny static file server for the release build (used by scripts/run.sh and the browser tests).
// It serves one folder, optionally under a sub-path (`--base /some/sub/path/`), with the MIME types
// a real host must use (notably application/wasm), and caches as a well-configured host does
// (server/htaccess): content-hashed files (`-` and 16 hex digits before the extension) are
// immutable for a year, everything else is revalidated (`no-cache`) with an ETag, answered 304
// when unchanged. No dependencies.
//
//   node scripts/serve.mjs [--root dist] [--port 8080] [--host 127.0.0.1] [--base /] [--compress gzip|br]
//
// --compress (default off) answers clients that accept it with a compressed body, like a static host
// that compresses: the precompressed `<file>.gz` / `<file>.br` next to the file when present (see
// scripts/precompress.mjs), otherwise compressed on the fly (gzip level 9 / brotli 11). The
// benchmark uses it so transfer sizes match a gzip-serving host.

import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/** Content-hashed files (scripts/split.mjs names them so): they never change under their name. */
export const HASHED = /-[0-9a-f]{16}(_bg)?\.(js|wasm)$/;

// Already compressed formats are sent as they are, even with `compress`.
const INCOMPRESSIBLE = new Set(['.png', '.ico', '.gz', '.br']);

/** The body to send for `file` with `compress` ('gzip' | 'br' | false), and its encoding. */
async function encoded(file, body, mtimeMs, compress, acceptEncoding) {
  if (!compress || INCOMPRESSIBLE.has(extname(file))) return { body };
  const accepted = acceptEncoding.split(',').map((e) => e.trim().split(';')[0]);
  if (!accepted.includes(compress)) return { body };
  const ext = compress === 'br' ? '.br' : '.gz';
  try {
    // A precompressed copy older than its file (the file was changed after the build) is stale.
    if ((await stat(file + ext)).mtimeMs < mtimeMs) throw new Error('stale');
    return { body: await readFile(file + ext), encoding: compress };
  } catch {
    const out =
      compress === 'br'
        ? brotliCompressSync(body, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11 } })
        : gzipSync(body, { level: 9 });
    return { body: out, encoding: compress };
  }
}

/** Starts the server; resolves to { url, port, close() }. `compress`: false (default), 'gzip' or 'br'. */
export async function startServer({ root = 'dist', port = 8080, host = '127.0.0.1', base = '/', compress = false, log = null } = {}) {
  if (compress && compress !== 'gzip' && compress !== 'br') throw new Error(`compress: 'gzip', 'br' or false, not ${compress}`);
  let rootDir = resolve(root);
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    // `log`: called with { path, status, bytes, sent } for every response (the tests count
    // downloads; the benchmark counts what a visit costs): `bytes` is the body, `sent` everything
    // written to the connection for this response (status line, headers, body and chunk framing).
    // A connection carries one response at a time (HTTP/1.1 without pipelining), so `sent` is
    // the growth of its byte count from the request to the response's end.
    if (log) {
      const socket = req.socket;
      const before = socket.bytesWritten;
      let bytes = 0;
      const end = res.end.bind(res);
      res.end = (body, ...rest) => {
        bytes = body ? Buffer.byteLength(body) : 0;
        return end(body, ...rest);
      };
      // 'close' comes after the response's end, or when its connection ends before that.
      res.once('close', () => log({ path, status: res.statusCode, bytes, sent: socket.bytesWritten - before }));
    }
    if (!path.startsWith(prefix)) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    let rel = path.slice(prefix.length) || 'index.html';
    if (rel.endsWith('/')) rel += 'index.html';
    const file = normalize(join(rootDir, rel));
    if (file !== rootDir && !file.startsWith(rootDir + sep)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const info = await stat(file);
      if (!info.isFile()) throw new Error('not a file');
      const raw = await readFile(file);
      const etag = `"${createHash('sha1').update(raw).digest('base64url')}"`;
      const headers = {
        'cache-control': HASHED.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache',
        etag,
        'x-content-type-options': 'nosniff',
        ...(compress ? { vary: 'accept-encoding' } : {}),
      };
      if ((req.headers['if-none-match'] ?? '').split(/\s*,\s*/).includes(etag)) {
        res.writeHead(304, headers).end();
        return;
      }
      const { body, encoding } = await encoded(file, raw, info.mtimeMs, compress, req.headers['accept-encoding'] ?? '');
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        ...headers,
        ...(encoding ? { 'content-encoding': encoding } : {}),
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
    }
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, ok);
  });
  const actual = server.address().port;
  const sockets = new Set();
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  return {
    /** Serves another folder from now on (a new release "deployed" to the same URL). */
    setRoot: (dir) => {
      rootDir = resolve(dir);
    },
    port: actual,
    url: `http://${host}:${actual}${prefix}`,
    close: () =>
      new Promise((ok) => {
        for (const s of sockets) s.destroy();
        server.close(() => ok());
      }),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = Object.fromEntries(
    process.argv.slice(2).reduce((pairs, arg, i, all) => {
      if (arg.startsWith('--')) pairs.push([arg.slice(2), all[i + 1]]);
      return pairs;
    }, []),
  );
  const { url } = await startServer({
    root: args.root ?? 'dist',
    port: Number(args.port ?? 8080),
    host: args.host ?? '127.0.0.1',
    base: args.base ?? '/',
    compress: args.compress ?? false,
  });
  console.log(`\n  情報セキュリティ自社診断 is running at:  ${url}\n  (Ctrl+C to stop)\n`);
}
