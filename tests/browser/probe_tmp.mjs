import { openApp } from '/work/main/tests/browser/support/app.mjs';
import { corpusDocument } from '/work/main/tests/bench/corpus_document.mjs';
const MB = Number(process.argv[2] ?? 10);
const text = corpusDocument(MB * 1024 * 1024);
const app = await openApp();
const { page } = app;
await page.evaluate(() => {
  window.longTasks = [];
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.longTasks.push([Math.round(e.startTime), Math.round(e.duration)]); }).observe({ type: 'longtask' });
});
await page.evaluate(() => performance.clearMarks());
const t0 = Date.now();
await page.getByTestId('open-file').setInputFiles({ name: 'big.txt', mimeType: 'text/plain', buffer: Buffer.from(text) });
await page.waitForFunction(() => performance.getEntriesByName('open').length > 0 && performance.getEntriesByName('document-ready').length > 0, null, { timeout: 120000 });
console.log('wall', Date.now() - t0);
console.log(await page.evaluate(() => {
  const at = (n) => Math.round(performance.getEntriesByName(n)[0]?.startTime ?? -1);
  const o = at('open');
  const all = performance.getEntriesByType('mark').map((m) => m.name + ':' + Math.round(m.startTime - o)).join(' '); return { all, decoded: at('decoded') - o, parsed: at('parsed') - o, first: at('first-screen') - o, ready: at('document-ready') - o, long: window.longTasks.filter(([s]) => s >= o - 50) };
}));
const cdp = await page.context().newCDPSession(page);
await cdp.send('HeapProfiler.collectGarbage');
console.log(await cdp.send('Runtime.getHeapUsage'));
console.log(app.errors);
await app.close();
