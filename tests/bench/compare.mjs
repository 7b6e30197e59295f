// Comparing two versions in the page (`make bench`): the 公司法 pair (2018 and 2023, 218 and 266
// articles, largely rewritten) and the same pair each repeated to 1 MB, opened by a link
// (`?doc=NEW&base=OLD`) in headless Chromium. For each, BENCH_RUNS (5) cold loads: the pairing
// (marks `compare` → `compared`: in the Web Worker, as the page waits for it), every row built
// (→ `compare-table`; the rows are built a slice a task), the frame that shows them painted, and the
// longest main-thread task from `compare` on (`longtask` entries). Medians, and the worst run's task.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../browser/support/app.mjs';
import { DIST, serve } from '../browser/support/site.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const VERSIONS = fileURLToPath(new URL('../versions/', import.meta.url));
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor((s.length - 1) / 2)]; };
const site = mkdtempSync(join(tmpdir(), 'docview-bench-compare-'));
cpSync(DIST, site, { recursive: true });
mkdirSync(join(site, 'laws'));
const repeated = (text, bytes) => { let out = text; while (Buffer.byteLength(out) < bytes) out += `\n${text}`; return out; };
for (const year of ['2018', '2023']) {
  const text = readFileSync(join(VERSIONS, `law_公司法_${year}.md`), 'utf8');
  writeFileSync(join(site, 'laws', `${year}.md`), text);
  writeFileSync(join(site, 'laws', `${year}-1mb.md`), repeated(text, 1024 * 1024));
}

const server = await serve(site);
const browser = await launchChromium();
try {
  for (const [name, suffix] of [['公司法 (76 + 96 KB)', ''], ['公司法 repeated to 1 MB each', '-1mb']]) {
    const runs = [];
    for (let run = 0; run < RUNS; run++) {
      const page = await browser.newPage();
      await page.addInitScript(() => {
        globalThis.longTasks = [];
        new PerformanceObserver((list) => globalThis.longTasks.push(...list.getEntries().map((e) => [e.startTime, e.duration]))).observe({ type: 'longtask', buffered: true });
        // The frame that shows the last rows: a task queued from its animation frame runs after it is painted.
        new PerformanceObserver((list) => {
          if (list.getEntries().some((e) => e.name === 'compare-table')) requestAnimationFrame(() => setTimeout(() => { globalThis.painted = performance.now(); }));
        }).observe({ type: 'mark' });
      });
      await page.goto(`${server.url}?doc=laws/2023${suffix}.md&base=laws/2018${suffix}.md`);
      await page.getByTestId('compare-summary').waitFor({ timeout: 120000 });
      await page.waitForFunction(() => globalThis.painted, null, { timeout: 120000 });
      runs.push(await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(() => {
        const mark = (n) => performance.getEntriesByName(n)[0]?.startTime;
        const start = mark('compare');
        const tasks = globalThis.longTasks.filter(([at, d]) => at + d >= start).map(([, d]) => d);
        const late = globalThis.longTasks.filter(([at, d]) => at + d >= start).map(([at, d]) => `${Math.round(at - mark('compare-table'))}+${Math.round(d)}`);
        done({ pairing: mark('compared') - start, rows: mark('compare-table') - start, painted: globalThis.painted - start, longest: Math.max(0, ...tasks), late });
      })))));
      await page.close();
    }
    const round = (x) => Math.round(x);
    console.log(`${name}: pairing ${round(median(runs.map((r) => r.pairing)))} ms, every row built ${round(median(runs.map((r) => r.rows)))} ms, painted ${round(median(runs.map((r) => r.painted)))} ms, ` +
      `longest task ${round(median(runs.map((r) => r.longest)))} ms (worst run ${round(Math.max(...runs.map((r) => r.longest)))}), ${RUNS} runs`);
    if (process.env.BENCH_VERBOSE) console.log(runs.map((r) => r.late.join(' ')).join(' | '));
  }
} finally {
  await browser.close();
  await server.close();
}
