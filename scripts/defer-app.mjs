// Trunk post-build step: the app's files are fetched after the page's first paint, not before
// it. On two cores, fetching and compiling the wasm (half a megabyte) while the browser lays out
// the prerendered page held its first paint back by about 80 ms (BENCHMARKS.md): so the preload
// links go, and Trunk's loader waits for a frame to have been drawn before it starts the app.
//
// Usage (Trunk sets TRUNK_STAGING_DIR): node scripts/defer-app.mjs [dir]
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const file = join(process.argv[2] ?? process.env.TRUNK_STAGING_DIR ?? 'dist', 'index.html');
let html = readFileSync(file, 'utf8');
html = html.replace(/<link\b[^>]*\brel="?(modulepreload|preload)"?[^>]*>/gu, '');
const loader = /<script type="?module"?>/u;
if (!loader.test(html)) throw new Error(`${file}: no module loader to defer`);
// A hidden tab draws no frames: there the app starts after a moment all the same.
html = html.replace(loader, (tag) => `${tag}await new Promise((go) => { requestAnimationFrame(() => setTimeout(go)); setTimeout(go, 300); });\n`);
writeFileSync(file, html);
