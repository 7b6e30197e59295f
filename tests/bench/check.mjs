// The drafters' check in the page (`make bench`): the corpus repeated to 1 MB, opened by a link,
// all of it on the page; then a real click on 检查 (trusted input from the DevTools protocol, as
// Playwright clicks). BENCH_RUNS (5) cold loads, each with the second wasm (which runs the check
// in a Web Worker) over loopback, over a throttled slow 4G, and from the browser's cache: the
// click's Event Timing duration, from the input to the next paint (the panel saying it is
// checking; 8 ms granularity, 16 when under the API's floor), and the click to the problems
// listed. Medians and the worst run. No static page does this, so the figures stand alone.
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../browser/support/app.mjs';
import { DIST, serve } from '../browser/support/site.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const CORPUS = fileURLToPath(new URL('../corpus/', import.meta.url));
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor((s.length - 1) / 2)]; };
const corpus = readdirSync(CORPUS).filter((f) => /\.(txt|md)$/u.test(f)).sort().map((f) => `${readFileSync(join(CORPUS, f), 'utf8')}\n`).join('');
const text = corpus.repeat(Math.floor(1_000_000 / Buffer.byteLength(corpus)) + 1);
const site = mkdtempSync(join(tmpdir(), 'docview-bench-check-'));
cpSync(DIST, site, { recursive: true });
writeFileSync(join(site, 'corpus-1mb.txt'), text);

const server = await serve(site);
const browser = await launchChromium();
// Lighthouse's mobile network (slow 4G): 150 ms round trips, 1.6 Mbit/s down, 750 kbit/s up.
const SLOW_4G = { offline: false, latency: 150, downloadThroughput: 1638.4 * 1024 / 8, uploadThroughput: 750 * 1024 / 8 };

/** A click on 检查 in `page` (the document on the page): the click to its next paint (Event Timing), to the problems listed, the problems. */
async function check(page) {
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=section]').length > 1000 && !document.querySelector('.settling'), null, { timeout: 60000 });
  await page.waitForTimeout(500);
  await page.evaluate(() => {
    window.eventEntries = [];
    new PerformanceObserver((l) => window.eventEntries.push(...l.getEntries())).observe({ type: 'event', buffered: false, durationThreshold: 16 });
    document.querySelector('[data-testid=check]').addEventListener('click', (e) => { window.clickedAt = e.timeStamp; }, { capture: true });
  });
  await page.getByTestId('check').click();
  const listedAt = await (await page.waitForFunction(() => document.querySelector('[data-testid=check-problem]') && performance.now(), null, { polling: 'raf', timeout: 60000 })).jsonValue();
  await page.waitForTimeout(500);
  return page.evaluate((listedAt) => ({
    latency: Math.max(16, ...window.eventEntries.filter((e) => ['pointerdown', 'pointerup', 'mousedown', 'mouseup', 'click'].includes(e.name)).map((e) => e.duration)),
    listed: listedAt - window.clickedAt,
    problems: document.querySelectorAll('[data-testid=check-problem]').length,
  }), listedAt);
}

const runs = { loopback: [], slow4g: [], cached: [] };
for (let i = 0; i < RUNS; i++) {
  // A fresh context each run: nothing cached, and the service worker blocked (it would fetch the second wasm ahead).
  for (const network of ['loopback', 'slow4g']) {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(`${server.url}?doc=corpus-1mb.txt`);
    if (network === 'slow4g') {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
    }
    runs[network].push(await check(page));
    if (network === 'loopback') {
      // The same document again: the second wasm from the browser's cache.
      await page.reload();
      runs.cached.push(await check(page));
    }
    await context.close();
  }
}
await browser.close();
await server.close();
const ms = (xs) => `${median(xs).toFixed(1)} ms (worst ${Math.max(...xs).toFixed(1)})`;
console.log(`check, ${Buffer.byteLength(text)} bytes, ${runs.loopback[0].problems} problems, ${RUNS} runs each; the second wasm (tools) loaded at the first check:`);
for (const [name, label] of [['loopback', 'first check, the second wasm over loopback'], ['slow4g', 'first check, the second wasm over slow 4G (150 ms, 1.6 Mbit/s)'], ['cached', 'after a reload, the second wasm from the browser\'s cache']]) {
  console.log(`  ${label}: click to the next paint (Event Timing; the panel, "正在检查……") ${ms(runs[name].map((r) => r.latency))}; click to the problems listed ${ms(runs[name].map((r) => r.listed))}`);
}
