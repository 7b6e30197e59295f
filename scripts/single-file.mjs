// One self-contained HTML file from the release build (`make single-file`): the style sheets,
// the wasm-bindgen glue and the wasm (base64) inside the page, the second wasm (tools) too, started with the glue's
// `initSync`. Trunk has no such output. Opened from disk (file://), a page cannot load module
// scripts or fetch the wasm; inline, it needs neither.
//
// Usage: node scripts/single-file.mjs [dist dir] [output file]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { documentHosts, inlineScripts, policy, withPolicy } from './csp.mjs';

const [dist = 'dist', out = 'dist-single/docview.html'] = process.argv.slice(2);
const read = (name, encoding) => readFileSync(join(dist, name), encoding);
const html = read('index.html', 'utf8');
const need = (re, what) => html.match(re)?.[1] ?? (() => { throw new Error(`${dist}/index.html: no ${what}`); })();

// The page as Trunk wrote it, minified or not: attributes in any order, quoted or not.
const tags = (name) => [...html.matchAll(new RegExp(`<${name}\\b([^>]*)>`, 'giu'))].map(([tag, attrs]) => ({ tag, attrs: attributes(attrs) }));
function attributes(text) {
  const found = {};
  for (const [, name, a, b, c] of text.matchAll(/([\w-]+)(?:=(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/gu)) found[name.toLowerCase()] = a ?? b ?? c ?? '';
  return found;
}
const local = (href) => href.replace(/^\.\//u, '');

const glue = read(need(/from\s*['"]\.\/([^'"]+\.js)['"]/u, 'wasm-bindgen glue'), 'utf8');
const initSync = exportedAs(glue, 'initSync');
const wasm = read(need(/module_or_path:\s*['"]\.\/([^'"]+\.wasm)['"]/u, 'wasm'));
// The second wasm, `tools` (src/bin/tools: Word, the pairing, the check, the JSON exports), which
// a page opened from disk cannot start in a worker: carried here and started on the page at its
// first use.
const worker = tags('meta').find((m) => m.attrs.name === 'docview-tools-worker') ?? (() => { throw new Error(`${dist}/index.html: no docview-tools-worker meta`); })();
const toolsGlue = read(worker.attrs['data-glue'], 'utf8');
const toolsWasm = read(worker.attrs['data-wasm']);

/** The glue's exported functions: each name and the glue's own name for it (a minifier renames it and exports it under its name). */
function exportsOf(source) {
  return Object.fromEntries([
    ...[...source.matchAll(/export\s+(?:async\s+)?function\s+([\w$]+)/gu)].map(([, name]) => [name, name]),
    ...[...source.matchAll(/export\s*\{([^}]*)\}/gu)].flatMap(([, list]) =>
      list.split(',').map((e) => e.trim().split(/\s+as\s+/u)).map(([local, as = local]) => [as, local])),
  ]);
}
/** The glue's own name for its export `name`. */
function exportedAs(source, name) {
  return exportsOf(source)[name] ?? (() => { throw new Error(`the wasm-bindgen glue exports no ${name}`); })();
}
const links = tags('link');
const styles = [
  ...[...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/giu)].map(([, css]) => css),
  ...links.filter((l) => l.attrs.rel === 'stylesheet').map((l) => read(local(l.attrs.href), 'utf8')),
];
const iconLink = links.find((l) => l.attrs.rel === 'icon') ?? (() => { throw new Error(`${dist}/index.html: no favicon`); })();
const icon = local(iconLink.attrs.href);

// `</` inside an inline script or style would end it early.
const inline = (text) => text.replace(/<\/(script|style)/giu, '<\\/$1');

// The head up to the icon (charset, policy, viewport, title) but the worker's name, and the body as it is.
const head = html.slice(0, html.indexOf(iconLink.tag)).replace(worker.tag, '');
const styleElements = styles.map((css) => `<style>${inline(css)}</style>`);
const body = html.slice(html.search(/<body\b/iu)).replace(/<\/html>\s*$/iu, '');
const draft = `${head}<link rel="icon" href="data:image/svg+xml;base64,${read(icon).toString('base64')}" />
${styleElements.join('\n')}
<script type="module">
${inline(toolsGlue)}
const toolsBase64 = "${toolsWasm.toString('base64')}";
const tools = { ${Object.entries(exportsOf(toolsGlue)).filter(([task]) => !['default', 'initSync'].includes(task)).map(([task, local]) => `${task}: ${local}`).join(', ')} };
let started = false;
globalThis.docviewToolsOnPage = (task, args) => {
  if (!started) ${exportedAs(toolsGlue, 'initSync')}({ module: Uint8Array.from(atob(toolsBase64), (c) => c.charCodeAt(0)) });
  started = true;
  return tools[task](...args);
};
</script>
<script type="module">
${inline(glue)}
const wasmBase64 = "${wasm.toString('base64')}";
${initSync}({ module: Uint8Array.from(atob(wasmBase64), (c) => c.charCodeAt(0)) });
</script>
</head>
${body}</html>`;

// The page's policy, for this page: its own inline script and styles by hash, the icon as data.
const styleTexts = styleElements.map((e) => e.slice('<style>'.length, -'</style>'.length));
const hosts = documentHosts();
const page = withPolicy(draft, policy({ scripts: inlineScripts(draft), styles: styleTexts, images: 'data:', documentHosts: hosts }), hosts);

mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, page);
console.log(`${out}: ${page.length} bytes`);
