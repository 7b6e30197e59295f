// Trunk post-build hook: a Content-Security-Policy for the built page, as strict as the app
// allows. The inline scripts (Trunk's loader, the prerendered page's head script) and style
// sheets are allowed by their hashes (the loader's file names change with every build, so the
// hashes are computed here); wasm needs 'wasm-unsafe-eval'; style sheets built by the app
// through the CSSOM (see src/ui/browser/generated_style.rs) need no 'unsafe-inline'; nothing is loaded from elsewhere
// but a `?doc=` document from one of the hosts the site lists (`document-hosts` in Cargo.toml,
// or DOCVIEW_DOCUMENT_HOSTS), which are also written into the page for the app to check links
// against before it fetches.
//
// Usage (Trunk sets TRUNK_STAGING_DIR): node scripts/csp.mjs [index.html]
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterCharset } from './html-head.mjs';

/** The origins `?doc=` may open documents from besides the page's own: the environment's, else Cargo.toml's. */
export function documentHosts(env = process.env, manifest = new URL('../Cargo.toml', import.meta.url)) {
  let hosts;
  if (env.DOCVIEW_DOCUMENT_HOSTS !== undefined) {
    hosts = env.DOCVIEW_DOCUMENT_HOSTS.split(/\s+/u).filter(Boolean);
  } else {
    const list = readFileSync(manifest, 'utf8').match(/^document-hosts\s*=\s*\[([^\]]*)\]/mu);
    if (!list) throw new Error('Cargo.toml: [package.metadata.docview] document-hosts = [...] is missing');
    hosts = [...list[1].matchAll(/"([^"]*)"/gu)].map((m) => m[1]);
  }
  for (const host of hosts) {
    let origin = null;
    try { origin = new URL(host).origin; } catch { /* said below */ }
    if (origin !== host || !/^https?:$/u.test(new URL(host).protocol)) {
      throw new Error(`document host "${host}" is not an http(s) origin such as "https://files.example.org" (no path, no trailing slash)`);
    }
  }
  return hosts;
}

export function policy({ scripts = [], styles = [], images = "'self'", documentHosts = [] } = {}) {
  const hash = (text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
  return [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${scripts.map(hash).join(' ')}`.trim(),
    `style-src 'self' ${styles.map(hash).join(' ')}`.trim(),
    `img-src ${images}`,
    // `?doc=` may name a document on a host the site lists (and that allows it, CORS): the only
    // request the app makes beyond its own files.
    `connect-src 'self' ${documentHosts.join(' ')}`.trim(),
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** The inline scripts of `html` (between the tags, exactly as the browser hashes them). */
export const inlineScripts = (html) => [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gu)].map((m) => m[1]);
/** The inline style sheets of `html`, likewise. */
export const inlineStyles = (html) => [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gu)].map((m) => m[1]);

const HOSTS_META = 'docview-document-hosts';

export const withPolicy = (html, content, hosts = [], page = 'the page') => afterCharset(
  html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\n?/u, '')
    .replace(new RegExp(`<meta name="${HOSTS_META}"[^>]*>\\n?`, 'u'), ''),
  [`<meta http-equiv="Content-Security-Policy" content="${content}" />`, `<meta name="${HOSTS_META}" content="${hosts.join(' ')}" />`],
  page,
);

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = process.argv[2] ?? join(process.env.TRUNK_STAGING_DIR ?? 'dist', 'index.html');
  const html = readFileSync(file, 'utf8');
  const hosts = documentHosts();
  writeFileSync(file, withPolicy(html, policy({ scripts: inlineScripts(html), styles: inlineStyles(html), documentHosts: hosts }), hosts, file));
}
