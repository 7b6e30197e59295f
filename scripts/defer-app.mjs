// Trunk post-build step: the app's files are fetched after the page's first paint, not before
// it: the preload links go, and Trunk's loader waits until the browser has reported the first
// paint. Fetching the wasm during the first layout held that paint back, and an app that replaced
// the prerendered text before the paint was timed moved the largest contentful paint to its own
// (BENCHMARKS.md, "Why the app starts after the first paint").
//
// Usage (Trunk sets TRUNK_STAGING_DIR): node scripts/defer-app.mjs [dir]
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const file = join(process.argv[2] ?? process.env.TRUNK_STAGING_DIR ?? 'dist', 'index.html');
let html = readFileSync(file, 'utf8');
html = html.replace(/<link\b[^>]*\brel="?(modulepreload|preload)"?[^>]*>/gu, '');
const loader = /<script type="?module"?>/u;
if (!loader.test(html)) throw new Error(`${file}: no module loader to defer`);
// A browser that reports no paint, or a hidden tab (which draws nothing), starts it after half a second.
// A page that will show another document than the sample (a `?doc=` link, the last document:
// the head script of src/prerender.rs marks the root `not-sample` and the prerendered text is
// hidden) has no paint to wait for: the app, which draws that document, starts at once.
const wait = `if (!document.documentElement.classList.contains('not-sample')) await new Promise((go) => { setTimeout(go, 500);
  try { new PerformanceObserver(() => setTimeout(go)).observe({ type: 'paint', buffered: true }); } catch { /* the timer */ } });`;
html = html.replace(loader, (tag) => `${tag}${wait}\n`);
writeFileSync(file, html);
