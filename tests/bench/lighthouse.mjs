// Lighthouse (npm, run against the Debian Chromium) on the sample, and on a `?doc=` link to a law
// of 96 KB (tests/versions/law_公司法_2023.md): docview against a static HTML page of the same
// text, mobile preset (a mid-range phone on slow 4G, simulated), BENCH_RUNS (5) runs each,
// medians. `make bench` installs Lighthouse into the tool cache.
import { execFileSync, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DIST, SPEECH } from '../browser/support/site.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const LIGHTHOUSE = join(process.env.DOCVIEW_TOOLS ?? join(process.env.HOME, '.cache/docview/tools'), 'node_modules/.bin/lighthouse');
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor((s.length - 1) / 2)]; };
const escape = (s) => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');

const site = mkdtempSync(join(tmpdir(), 'docview-lighthouse-'));
cpSync(DIST, site, { recursive: true });
const staticPage = (title, text) => `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(title)}</title></head>
<body><h1>${escape(title)}</h1>\n${text.split('\n').filter((l) => l.trim()).map((l) => `<p>${escape(l)}</p>`).join('\n')}</body></html>`;
writeFileSync(join(site, 'static.html'), staticPage('在州十三届人大常委会第三次会议上的讲话', readFileSync(SPEECH, 'utf8')));
const LAW = 'law_公司法_2023.md';
const law = readFileSync(new URL(`../versions/${LAW}`, import.meta.url), 'utf8');
writeFileSync(join(site, 'law.md'), law);
writeFileSync(join(site, 'static-law.html'), staticPage('中华人民共和国公司法', law));
// Served by Python, gzip-compressed and kept alive as a real host serves them (static_server.py;
// BENCH_GZIP=0: `python3 -m http.server`, uncompressed, a connection per file): behind the tests'
// Node server Lighthouse stops with "Protocol error (Page.navigate): ViewInput closed" (not
// understood; the same files from Python load).
const port = await new Promise((ok) => {
  const probe = createServer().listen(0, '127.0.0.1', () => { const { port: free } = probe.address(); probe.close(() => ok(free)); });
});
const gzip = process.env.BENCH_GZIP !== '0';
const python = spawn('python3', gzip
  ? [fileURLToPath(new URL('./static_server.py', import.meta.url)), String(port), site]
  : ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', site], { stdio: 'ignore' });
const server = { url: `http://127.0.0.1:${port}/`, close: async () => python.kill() };
for (let tries = 0; ; tries++) {
  try { await fetch(server.url); break; } catch (e) { if (tries > 50) throw e; await new Promise((ok) => setTimeout(ok, 100)); }
}

function lighthouse(url) {
  const out = join(site, 'report.json');
  execFileSync(LIGHTHOUSE, [url, '--quiet', '--only-categories=performance', '--output=json', `--output-path=${out}`,
    '--chrome-flags=--headless=new --no-sandbox'],
  { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM ?? '/usr/bin/chromium' }, stdio: 'inherit' });
  const report = JSON.parse(readFileSync(out, 'utf8'));
  const ms = (id) => report.audits[id].numericValue;
  return { score: report.categories.performance.score, fcp: ms('first-contentful-paint'), lcp: ms('largest-contentful-paint'), tbt: ms('total-blocking-time'), cls: ms('cumulative-layout-shift') };
}

console.log(`== Lighthouse ${execFileSync(LIGHTHOUSE, ['--version']).toString().trim()}, mobile preset, medians of ${RUNS}, ${gzip ? 'served gzip-compressed over HTTP/1.1' : 'served uncompressed by python3 -m http.server'}`);
console.log(`page        score    FCP ms    LCP ms    TBT ms    CLS     (${LAW}: ${Buffer.byteLength(law)} bytes)`);
const pages = [['docview', server.url], ['static', `${server.url}static.html`], ['?doc=law', `${server.url}?doc=law.md`], ['static law', `${server.url}static-law.html`]];
// BENCH_PAGES=law (or sample) runs one pair only, while iterating.
const only = { sample: ['docview', 'static'], law: ['?doc=law', 'static law'] }[process.env.BENCH_PAGES];
for (const [name, url] of pages.filter(([name]) => !only || only.includes(name))) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(lighthouse(url));
  const m = (k) => median(runs.map((r) => r[k]));
  console.log(`${name.padEnd(10)} ${m('score').toFixed(2).padStart(6)} ${m('fcp').toFixed(0).padStart(9)} ${m('lcp').toFixed(0).padStart(9)} ${m('tbt').toFixed(0).padStart(9)} ${m('cls').toFixed(3).padStart(7)}   (scores ${runs.map((r) => r.score.toFixed(2)).join(', ')})`);
}
await server.close();
