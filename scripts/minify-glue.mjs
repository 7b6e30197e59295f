// Trunk post-build step: the wasm-bindgen JS glue minified with terser (Trunk's own JS minifier
// stops at the glue's `export default` and leaves it whole), and its integrity hash in index.html
// updated to match. CSS and HTML are minified by Trunk (`minify = "on_release"`).
//
// Usage (Trunk sets TRUNK_STAGING_DIR and TRUNK_PROFILE): node scripts/minify-glue.mjs [dir]
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR ?? 'dist';
if (process.env.TRUNK_PROFILE === 'debug') process.exit(0);
const page = join(dir, 'index.html');
let html = readFileSync(page, 'utf8');
const integrity = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
for (const name of readdirSync(dir).filter((f) => f.endsWith('.js') && f !== 'sw.js')) {
  const file = join(dir, name);
  const before = readFileSync(file);
  execFileSync('terser', [file, '--module', '--compress', '--mangle', '--output', file]);
  html = html.replace(integrity(before), integrity(readFileSync(file)));
}
writeFileSync(page, html);
