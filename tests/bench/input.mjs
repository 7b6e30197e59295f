// Input latency benchmark (`make bench`): what the reader feels, as the web's INP measures it.
// Headless Chromium, the release build, a document made from the corpus (BENCH_BYTES, 1 MB),
// opened in docview through `?doc=` and, side by side in the same run, as a static HTML page
// whose plain-JavaScript filter hides the `<p>` elements without the query.
//
// Each step is trusted input from the DevTools protocol: a character typed into the filter box
// (`Input.insertText`), clearing the box (select all, Backspace), and in docview folding and
// unfolding everything (`[` and `]`, `Input.dispatchKeyEvent`). Its latency is the Event Timing
// duration of its events (from the input to the next paint, rounded by the browser to 8 ms); a
// step with no entry is under the API's 16 ms threshold and is counted as 16. Medians, p95, max.
// BENCH_FILE: a file of the repository instead of the corpus document (the 刑法: a phone's filter);
// BENCH_CPU: DevTools CPU throttling (4: a phone-class CPU), for both pages.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from '../browser/support/app.mjs';
import { DIST, serve } from '../browser/support/site.mjs';
import { corpusDocument } from './corpus_document.mjs';

const BYTES = Number(process.env.BENCH_BYTES ?? 1024 * 1024);
const CPU = Number(process.env.BENCH_CPU ?? 1);
/** The queries, typed a character at a time, each followed by clearing the box. */
const QUERIES = (process.env.BENCH_QUERIES ?? '监督,人民代表,的,supervision').split(',');
/** A person's pause between keystrokes. */
const GAP_MS = 250;
const FLOOR_MS = 16;

const escape = (s) => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};

/** The static page: the lines as paragraphs, and the naive filter. */
const staticPage = (text) => `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>static</title></head>
<body><input id="filter" type="search">
${text.split('\n').filter((l) => l.trim()).map((l) => `<p>${escape(l)}</p>`).join('\n')}
<script>
const ps = [...document.querySelectorAll('p')];
document.getElementById('filter').addEventListener('input', (e) => {
  const q = e.target.value.toLowerCase();
  for (const p of ps) p.hidden = q !== '' && !p.textContent.toLowerCase().includes(q);
});
</script></body></html>`;

const site = mkdtempSync(join(tmpdir(), 'docview-input-'));
cpSync(DIST, site, { recursive: true });
mkdirSync(join(site, 'docs'));
const text = process.env.BENCH_FILE ? readFileSync(process.env.BENCH_FILE, 'utf8') : corpusDocument(BYTES);
writeFileSync(join(site, 'docs', 'doc.txt'), text);
writeFileSync(join(site, 'docs', 'doc.html'), staticPage(text));
const server = await serve(site);
const browser = await launchChromium();

const key = (cdp, k, extra = {}) => cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', ...k, ...extra })
  .then(() => cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...k, ...extra, text: undefined, commands: undefined }));

/** Runs `act` and returns the longest Event Timing duration of the events it caused. */
async function step(page, act) {
  const from = await page.evaluate(() => performance.now());
  await act();
  await page.waitForTimeout(GAP_MS);
  // Entries arrive after the paint that ends them; two frames more to be sure.
  return page.evaluate((from) => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => {
    const own = window.eventEntries.filter((e) => e.startTime >= from);
    window.eventEntries = window.eventEntries.filter((e) => e.startTime < from);
    done(Math.max(0, ...own.map((e) => e.duration)));
  })))), from).then((ms) => Math.max(ms, FLOOR_MS));
}

async function measure(kind) {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU });
  const url = kind === 'docview' ? `${server.url}?doc=docs/doc.txt` : `${server.url}docs/doc.html`;
  await page.goto(url, { timeout: 120000 });
  const box = kind === 'docview' ? '[data-testid=filter]' : '#filter';
  if (kind === 'docview') {
    await page.waitForFunction(() => performance.getEntriesByName('document-ready').length > 0, null, { timeout: 120000 });
  }
  await page.waitForTimeout(1000);
  await page.evaluate(() => {
    window.eventEntries = [];
    new PerformanceObserver((l) => window.eventEntries.push(...l.getEntries()))
      .observe({ type: 'event', buffered: false, durationThreshold: 16 });
  });
  const steps = [];
  for (const query of QUERIES) {
    await page.focus(box);
    let typed = '';
    for (const ch of query) {
      typed += ch;
      steps.push({ what: typed, ms: await step(page, () => cdp.send('Input.insertText', { text: ch })) });
    }
    steps.push({
      what: `clear ${query}`,
      ms: await step(page, async () => {
        await key(cdp, { key: 'a', code: 'KeyA', windowsVirtualKeyCode: 65, modifiers: 2 }, { commands: ['selectAll'] });
        await key(cdp, { key: 'Backspace', code: 'Backspace', windowsVirtualKeyCode: 8 });
      }),
    });
  }
  const folds = [];
  if (kind === 'docview') {
    await page.evaluate(() => document.activeElement?.blur());
    for (let i = 0; i < 3; i++) {
      folds.push({ what: 'fold all', ms: await step(page, () => key(cdp, { key: '[', code: 'BracketLeft', windowsVirtualKeyCode: 219, text: '[' })) });
      folds.push({ what: 'unfold all', ms: await step(page, () => key(cdp, { key: ']', code: 'BracketRight', windowsVirtualKeyCode: 221, text: ']' })) });
    }
  }
  const check = kind === 'docview'
    ? await page.evaluate(() => document.querySelectorAll('[data-testid=document] details.section[open]').length)
    : await page.evaluate(() => document.querySelectorAll('p:not([hidden])').length);
  await context.close();
  return { steps, folds, check };
}

const summary = (label, xs) => {
  const ms = xs.map((s) => s.ms);
  const worst = xs.reduce((a, b) => (b.ms > a.ms ? b : a));
  const fmt = (v) => (v <= FLOOR_MS ? `≤${FLOOR_MS}` : `${v.toFixed(0)}`);
  console.log(`${label.padEnd(28)} median ${fmt(percentile(ms, 50)).padStart(5)} ms  p95 ${fmt(percentile(ms, 95)).padStart(5)} ms  max ${fmt(worst.ms).padStart(5)} ms (${worst.what})`);
};

console.log(`== input latency, Event Timing of trusted input, ${process.env.BENCH_FILE ?? 'the corpus'}, ${(Buffer.byteLength(text) / 1024 / 1024).toFixed(2)} MB, CPU ${CPU}x, ${QUERIES.join(' ')}`);
const ours = await measure('docview');
const theirs = await measure('static');
summary('docview: filter', ours.steps);
summary('static page + naive filter', theirs.steps);
summary('docview: fold / unfold all', ours.folds);
console.log('docview steps:', ours.steps.map((s) => `${s.what}=${s.ms.toFixed(0)}`).join(' '));
console.log('static steps: ', theirs.steps.map((s) => `${s.what}=${s.ms.toFixed(0)}`).join(' '));
console.log('docview folds:', ours.folds.map((s) => `${s.what}=${s.ms.toFixed(0)}`).join(' '), `(sections open at the end: ${ours.check})`);
await browser.close();
await server.close();
