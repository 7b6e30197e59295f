// One self-contained HTML file from the release build (`make single-file`): the style sheets,
// the wasm-bindgen glue and the wasm (base64) inside the page, started with the glue's
// `initSync`. Trunk has no such output. Opened from disk (file://), a page cannot load module
// scripts or fetch the wasm; inline, it needs neither.
//
// Usage: node scripts/single-file.mjs [dist dir] [output file]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { inlineScripts, policy, withPolicy } from './csp.mjs';

const [dist = 'dist', out = 'dist-single/docview.html'] = process.argv.slice(2);
const read = (name, encoding) => readFileSync(join(dist, name), encoding);
const html = read('index.html', 'utf8');
const need = (re, what) => html.match(re)?.[1] ?? (() => { throw new Error(`${dist}/index.html: no ${what}`); })();

const glue = read(need(/from '\.\/([^']+\.js)'/u, 'wasm-bindgen glue'), 'utf8');
const wasm = read(need(/module_or_path: '\.\/([^']+\.wasm)'/u, 'wasm'));
const styles = [...html.matchAll(/<link rel="stylesheet" href="\.\/([^"]+\.css)"[^>]*>/gu)].map(([, f]) => read(f, 'utf8'));
const icon = need(/<link rel="icon" href="\.\/([^"]+\.svg)"/u, 'favicon');

// `</` inside an inline script or style would end it early.
const inline = (text) => text.replace(/<\/(script|style)/giu, '<\\/$1');

const head = html.slice(0, html.indexOf('<link rel="icon"'));
const styleElements = styles.map((css) => `<style>${inline(css)}</style>`);
const body = html.slice(html.indexOf('<body>'));
const draft = `${head}<link rel="icon" href="data:image/svg+xml;base64,${read(icon).toString('base64')}" />
${styleElements.join('\n')}
<script type="module">
${inline(glue)}
const wasmBase64 = "${wasm.toString('base64')}";
initSync({ module: Uint8Array.from(atob(wasmBase64), (c) => c.charCodeAt(0)) });
</script>
</head>
${body}`;

// The page's policy, for this page: its own inline script and styles by hash, the icon as data.
const styleTexts = styleElements.map((e) => e.slice('<style>'.length, -'</style>'.length));
const page = withPolicy(draft, policy({ scripts: inlineScripts(draft), styles: styleTexts, images: 'data:' }));

mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, page);
console.log(`${out}: ${page.length} bytes`);
