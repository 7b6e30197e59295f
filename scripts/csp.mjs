// Trunk post-build hook: a Content-Security-Policy for the built page, as strict as the app
// allows. The only inline script is Trunk's loader, allowed by its hash (its file names change
// with every build, so the hash is computed here); wasm needs 'wasm-unsafe-eval'; styles come
// from the page's own files and from style sheets built by the app through the CSSOM (see
// src/ui/generated_style.rs), which need no 'unsafe-inline'; nothing is loaded from elsewhere
// but a `?doc=` document the reader names.
//
// Usage (Trunk sets TRUNK_STAGING_DIR): node scripts/csp.mjs [index.html]
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function policy({ scripts = [], styles = [], images = "'self'" } = {}) {
  const hash = (text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
  return [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${scripts.map(hash).join(' ')}`.trim(),
    `style-src 'self' ${styles.map(hash).join(' ')}`.trim(),
    `img-src ${images}`,
    // `?doc=` may name a document on any host that allows it (CORS): the only request the
    // app makes beyond its own files, and only to the address the reader gave.
    "connect-src 'self' https: http:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** The inline scripts of `html` (between the tags, exactly as the browser hashes them). */
export const inlineScripts = (html) => [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gu)].map((m) => m[1]);

export const withPolicy = (html, content) =>
  html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\n?/u, '')
    .replace('<meta charset="utf-8" />', `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${content}" />`);

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = process.argv[2] ?? join(process.env.TRUNK_STAGING_DIR ?? 'dist', 'index.html');
  const html = readFileSync(file, 'utf8');
  writeFileSync(file, withPolicy(html, policy({ scripts: inlineScripts(html) })));
}
