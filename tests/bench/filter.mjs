// Filter keystroke benchmark (`make bench`): headless Chromium, the release build, a ~1 MB
// document made by concatenating the corpus files. For each step of typing each query:
// - "DOM updated": from the input event (the app's mark `filter-input`, src/ui/timing.rs) to the
//   last change the keystroke made to the page: the later of the app's mark `filter-views`
//   (matches fanned out, highlights painted) and the last DOM mutation seen by a
//   MutationObserver over the whole page;
// - "next frame": to the first task after the change (the app's measure `filter`), which in
//   Chromium comes after the browser's style, layout and paint of the change.
// Prints medians, p95, maxima.
import { readFileSync, readdirSync } from 'node:fs';
import { openApp } from '../browser/support/app.mjs';

const CORPUS = new URL('../../../shared/corpus/', import.meta.url);
const TARGET = Number(process.env.BENCH_BYTES ?? 1_000_000);
const QUERIES = ['监督', '代表建议', '预算联网审查', '的', '人民', '发展', '改革开放', '法律', '行政复议', '经济',
  '创新', '安全', '民生', '教育', '就业', '生态环境', '营商环境', '市场主体', '科技', '乡村振兴', '工资', '制度',
  'Congress', 'President', '申请人', '国务院'];

function document() {
  const texts = readdirSync(CORPUS).filter((f) => /\.(txt|md)$/u.test(f)).sort()
    .map((f) => readFileSync(new URL(f, CORPUS), 'utf8'));
  let out = '';
  while (Buffer.byteLength(out) < TARGET) out += texts.join('\n');
  return out;
}

const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};

const app = await openApp();
const { page } = app;
const text = document();
const opened = Date.now();
await page.getByTestId('open-file').setInputFiles({ name: 'corpus.txt', mimeType: 'text/plain', buffer: Buffer.from(text) });
await page.getByTestId('title').filter({ hasText: 'corpus' }).waitFor({ timeout: 120000 });
const openMs = Date.now() - opened;
const paragraphs = await page.locator('[data-testid=document] p').count();

const box = page.getByTestId('filter');
await page.evaluate(() => {
  window.lastMutation = 0;
  new MutationObserver(() => { window.lastMutation = performance.now(); })
    .observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
});
const steps = [];
for (const query of QUERIES) {
  for (let n = 1; n <= query.length + 1; n++) {
    const value = n <= query.length ? query.slice(0, n) : ''; // the last step clears the box
    await page.evaluate(() => performance.clearMeasures('filter'));
    await box.fill(value);
    const step = await page.waitForFunction(() => {
      const frame = performance.getEntriesByName('filter', 'measure')[0]?.duration;
      if (frame === undefined) return undefined;
      const start = performance.getEntriesByName('filter-input', 'mark')[0].startTime;
      const views = performance.getEntriesByName('filter-views', 'mark')[0]?.startTime ?? start;
      return { ms: Math.max(views, window.lastMutation) - start, frame };
    }).then((h) => h.jsonValue());
    steps.push({ query, value, ...step });
    await page.waitForTimeout(50); // let the URL update after typing pauses
  }
}
await app.close();

const all = steps.map((s) => s.ms);
const single = steps.filter((s) => [...s.value].length === 1);
const worstSingle = single.reduce((a, b) => (b.ms > a.ms ? b : a));
const clears = steps.filter((s) => s.value === '').map((s) => s.ms);
const round = (x) => Math.round(x * 10) / 10;
console.log(`document: ${(Buffer.byteLength(text) / 1e6).toFixed(2)} MB, ${paragraphs} paragraphs; opened and rendered in ${openMs} ms`);
console.log(`keystrokes: ${steps.length} over ${QUERIES.length} queries`);
console.log(`input → DOM updated: median ${round(percentile(all, 50))} ms, p95 ${round(percentile(all, 95))} ms, max ${round(Math.max(...all))} ms`);
const frames = steps.map((s) => s.frame);
console.log(`input → next frame: median ${round(percentile(frames, 50))} ms, p95 ${round(percentile(frames, 95))} ms, max ${round(Math.max(...frames))} ms`);
console.log(`worst single-character query: ${worstSingle.value} ${round(worstSingle.ms)} ms (next frame ${round(worstSingle.frame)} ms)`);
console.log(`clearing the box: median ${round(percentile(clears, 50))} ms, max ${round(Math.max(...clears))} ms`);
const slowest = [...steps].sort((a, b) => b.ms - a.ms).slice(0, 5).map((s) => `${s.value || '(clear)'} ${round(s.ms)}`);
console.log(`slowest steps: ${slowest.join(', ')}`);
