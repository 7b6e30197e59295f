// The app's start as a phone feels it: the sample and a `?doc=` link to a 96 KB law, in headless
// Chromium with the CPU slowed 4x (Lighthouse's mobile preset), BENCH_RUNS (5) cold loads each:
// every long task (`longtask` entries, over 50 ms) from the navigation until the app is ready
// (the filter answers), their sum over 50 ms each (as total blocking time counts them), and the
// longest. Where a start's time goes, one task at a time.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../browser/support/app.mjs';
import { serve, siteCopy } from '../browser/support/site.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor((s.length - 1) / 2)]; };
const site = siteCopy('bench-start');
writeFileSync(join(site, 'law.md'), readFileSync(new URL('../versions/law_公司法_2023.md', import.meta.url)));
const server = await serve(site);
const browser = await launchChromium();
for (const [name, path, query] of [['sample', '', '监督'], ['?doc= law', '?doc=law.md', '公司']]) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.addInitScript(() => {
      window.longTasks = [];
      new PerformanceObserver((list) => window.longTasks.push(...list.getEntries().map((e) => [Math.round(e.startTime), Math.round(e.duration)]))).observe({ type: 'longtask', buffered: true });
    });
    await page.goto(server.url + path);
    await page.getByTestId('filter').fill(query);
    await page.waitForFunction(() => /处/u.test(document.querySelector('[data-testid=match-count]')?.textContent ?? ''), null, { timeout: 60000 });
    await page.waitForTimeout(1000);
    runs.push(await page.evaluate(() => window.longTasks));
    if (process.env.BENCH_MARKS) console.log(JSON.stringify(await page.evaluate(() => [...performance.getEntriesByType('mark'), ...performance.getEntriesByType('resource').filter((r) => /wasm|\.js|law/u.test(r.name))].map((m) => [m.name.replace(/.*\//u, ''), Math.round(m.startTime), Math.round(m.duration)]))));
    await context.close();
  }
  const blocking = runs.map((tasks) => tasks.reduce((sum, [, d]) => sum + Math.max(0, d - 50), 0));
  const longest = runs.map((tasks) => Math.max(0, ...tasks.map(([, d]) => d)));
  console.log(`${name}: blocking (sum over 50 ms) median ${median(blocking)} ms, longest task median ${median(longest)} ms; tasks [start, ms] of the median run: ${JSON.stringify(runs[blocking.indexOf(median(blocking))])}`);
}
await browser.close();
await server.close();
