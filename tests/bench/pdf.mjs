// Opening a PDF (`make bench`, issue 32): the 102-page fixture (tests/fixtures/pdf/report_100_pages.pdf,
// the 2024 work report set twice by reportlab in STSong-Light) and the same text as .txt, opened
// with the file picker in headless Chromium (a click, then the file chosen, as a reader does);
// from the file being read (mark `open`) to the first screen (`first-screen`, target 1.5 s) and
// to the whole document shown (`document-ready`, target 5 s), and the longest main-thread task
// meanwhile (`longtask` entries; target none over 50 ms: pdf.js and the layout run in the tools
// worker), medians of BENCH_RUNS (3) runs; then the same at 4x CPU slowdown (a phone).
import { readFileSync } from 'node:fs';
import { launchChromium } from '../browser/support/app.mjs';
import { serve } from '../browser/support/site.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor((s.length - 1) / 2)]; };
const PDF = readFileSync(new URL('../fixtures/pdf/report_100_pages.pdf', import.meta.url));
const REPORT = readFileSync(new URL('../corpus/report_2024政府工作报告.txt', import.meta.url), 'utf8');
const TXT = Buffer.from(`${REPORT}\n${REPORT}`);

const server = await serve();
const browser = await launchChromium();

async function open(file, slowdown) {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(server.url);
  await page.locator('[data-testid=section]').first().waitFor();
  await page.evaluate(() => {
    performance.clearMarks();
    window.longTasks = [];
    new PerformanceObserver((list) => window.longTasks.push(...list.getEntries().map((e) => [e.startTime, e.duration]))).observe({ type: 'longtask' });
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.locator('label:has(> [data-testid=open-file])').click()]);
  await page.waitForTimeout(Number(process.env.BENCH_CHOOSE_MS ?? 1000));
  await chooser.setFiles(file);
  await page.waitForFunction(() => performance.getEntriesByName('document-ready').length && performance.getEntriesByName('open').length, null, { timeout: 120000 });
  await page.waitForTimeout(300);
  const times = await page.evaluate(() => {
    const at = (name) => performance.getEntriesByName(name).at(-1).startTime;
    const open = at('open');
    const during = window.longTasks.filter(([start]) => start >= open - 50 && start <= at('document-ready') + 300);
    return { first: at('first-screen') - open, all: at('document-ready') - open, longest: Math.max(0, ...during.map(([, d]) => d)) };
  });
  await context.close();
  return times;
}

for (const slowdown of [1, 4]) {
  const runs = { pdf: [], txt: [] };
  for (let run = 0; run < RUNS; run++) {
    runs.pdf.push(await open({ name: 'report.pdf', mimeType: 'application/pdf', buffer: PDF }, slowdown));
    runs.txt.push(await open({ name: 'report.txt', mimeType: 'text/plain', buffer: TXT }, slowdown));
  }
  const summary = (list) => ['first', 'all', 'longest'].map((k) => `${k} ${median(list.map((r) => r[k])).toFixed(0)} ms`).join('   ');
  console.log(`== ${slowdown}x CPU: the 102-page PDF (${(PDF.length / 1024).toFixed(0)} KB) and its text as .txt, from the file read, medians of ${RUNS}`);
  console.log(`pdf  ${summary(runs.pdf)}   (targets: first 1,500 ms, all 5,000 ms, longest task 50 ms)`);
  console.log(`txt  ${summary(runs.txt)}`);
  console.log(`pdf runs: ${runs.pdf.map((r) => `${r.first.toFixed(0)}/${r.all.toFixed(0)}/${r.longest.toFixed(0)}`).join(' ')}`);
}
await browser.close();
await server.close();
