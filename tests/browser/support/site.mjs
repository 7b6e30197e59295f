// The release build served on loopback, as a static host would serve it.
import { cpSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';

export const DIST = process.env.DOCVIEW_DIST ?? new URL('../../../dist', import.meta.url).pathname;
export const SPEECH = new URL('../../../src/sample/speech.txt', import.meta.url);

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.wasm': 'application/wasm',
  '.css': 'text/css',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.webmanifest': 'application/manifest+json',
};

/**
 * Serves `dir` on loopback under the path `base` (everything else is 404), as a static host would;
 * `requested` lists the paths asked for, in order.
 */
export async function serve(dir = DIST, { base = '/', port = 0 } = {}) {
  const requested = [];
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname));
    requested.push(path);
    if (!path.startsWith(base)) return res.writeHead(404).end('not found');
    const inDir = `/${path.slice(base.length)}`;
    const file = join(dir, inDir.endsWith('/') ? `${inDir}index.html` : inDir);
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((ok) => server.listen(port, '127.0.0.1', ok));
  const url = `http://127.0.0.1:${server.address().port}${base}`;
  return {
    url,
    dir,
    port: server.address().port,
    requested,
    close: () => new Promise((ok) => { server.close(ok); server.closeAllConnections(); }),
  };
}

/** A copy of the release build in a new temporary folder (named after `suite`), for a suite's own files. */
export function siteCopy(suite) {
  const dir = mkdtempSync(join(tmpdir(), `docview-${suite}-`));
  cpSync(DIST, dir, { recursive: true });
  return dir;
}

/** Text with all white space removed, for comparing text across layouts. */
export const squeeze = (s) => s.replace(/\s+/gu, '');
