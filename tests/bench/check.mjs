// The drafters' check in the page (`make bench`): the corpus repeated to 1 MB, opened by a link,
// all of it on the page; then a real click on 检查 (trusted input from the DevTools protocol, as
// Playwright clicks). BENCH_RUNS (5) cold loads: the click's Event Timing duration, from the
// input to the next paint with the panel (the check in wasm, the problems placed, the panel
// built; 8 ms granularity, 16 when under the API's floor). Medians and the worst run. No static
// page does this, so the figure stands alone.
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
const runs = [];
for (let i = 0; i < RUNS; i++) {
  const page = await browser.newPage();
  await page.goto(`${server.url}?doc=corpus-1mb.txt`);
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=section]').length > 1000 && !document.querySelector('.settling'), null, { timeout: 60000 });
  await page.waitForTimeout(500);
  await page.evaluate(() => {
    window.eventEntries = [];
    new PerformanceObserver((l) => window.eventEntries.push(...l.getEntries())).observe({ type: 'event', buffered: false, durationThreshold: 16 });
  });
  await page.getByTestId('check').click();
  await page.getByTestId('check-problem').first().waitFor();
  await page.waitForTimeout(500);
  runs.push(await page.evaluate(() => ({
    latency: Math.max(16, ...window.eventEntries.filter((e) => ['pointerdown', 'pointerup', 'mousedown', 'mouseup', 'click'].includes(e.name)).map((e) => e.duration)),
    problems: document.querySelectorAll('[data-testid=check-problem]').length,
  })));
  await page.close();
}
await browser.close();
await server.close();
const ms = (xs) => `${median(xs).toFixed(1)} ms (worst ${Math.max(...xs).toFixed(1)})`;
console.log(`check, ${Buffer.byteLength(text)} bytes, ${runs[0].problems} problems: click to the next paint (Event Timing) ${ms(runs.map((r) => r.latency))}`);
