// Filter keystroke benchmark (`make bench`): headless Chromium, the release build, a ~1 MB
// document made by concatenating the corpus files. Three sets of steps, each step one input
// event in the filter box:
// - typing: realistic queries as an input method commits them, one to four characters a step
//   (Chinese is typed a word at a time; English letter by letter), then clearing the box;
// - single characters: the most frequent characters, each typed into the empty box, then cleared;
// - letter by letter: the Chinese queries typed one character at a time (stricter than typing).
// For each step:
// - "DOM updated": from the input event (the app's mark `filter-input`, src/ui/browser/timing.rs) to the
//   last change the keystroke made to the page: the later of the app's mark `filter-views`
//   (matches fanned out, highlights painted) and the last DOM mutation seen by a
//   MutationObserver over the whole page;
// - "next frame": to the first task after the change (the app's measure `filter`), which in
//   Chromium comes after the browser's style, layout and paint of the change;
// - "all painted": to the highlights of off-screen sections painted too (the app's mark
//   `filter-painted`; they are painted in slices after the keystroke).
// Prints medians, p95, maxima.
import { openApp } from '../browser/support/app.mjs';
import { corpusDocument } from './corpus_document.mjs';

const TARGET = Number(process.env.BENCH_BYTES ?? 1_000_000);
/** Queries as typed: the text each input event adds. */
const TYPED = [
  ['监督'], ['代表', '建议'], ['预算', '联网', '审查'], ['人民'], ['发展'], ['改革', '开放'], ['法律'], ['行政', '复议'],
  ['经济'], ['创新'], ['安全'], ['民生'], ['教育'], ['就业'], ['生态', '环境'], ['营商', '环境'], ['市场', '主体'],
  ['科技'], ['乡村', '振兴'], ['工资'], ['制度'], ['申请人'], ['国务院'], ['监督', ' ', '代表'], ['立法', '|', '预算'],
  ['"', '人民代表', '大会', '制度', '"'], [...'Congress'], [...'President'],
];
const SINGLE = [...'的一是在人国法行中和'];
const document = () => corpusDocument(TARGET);

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
// All parts on the page, and the filter's index built just after.
await page.waitForFunction(() => performance.getEntriesByName('document-ready').length > 0, null, { timeout: 120000 });
await page.waitForTimeout(500);
const openMs = Date.now() - opened;
const paragraphs = await page.locator('[data-testid=document] p').count();

const box = page.getByTestId('filter');
await page.evaluate(() => {
  window.lastMutation = 0;
  new MutationObserver(() => { window.lastMutation = performance.now(); })
    .observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
});

/** Types `chunks` one input event each, then clears the box; the measured steps. */
async function type(chunks) {
  const steps = [];
  let value = '';
  for (const chunk of [...chunks, null]) {
    value = chunk === null ? '' : value + chunk; // the last step clears the box
    await page.evaluate(() => performance.clearMeasures('filter'));
    await box.fill(value);
    const step = await page.waitForFunction(() => {
      const frame = performance.getEntriesByName('filter', 'measure')[0]?.duration;
      const painted = performance.getEntriesByName('filter-painted', 'mark')[0]?.startTime;
      if (frame === undefined || painted === undefined) return undefined;
      const start = performance.getEntriesByName('filter-input', 'mark')[0].startTime;
      const views = performance.getEntriesByName('filter-views', 'mark')[0]?.startTime ?? start;
      return { ms: Math.max(views, window.lastMutation) - start, frame, painted: painted - start };
    }).then((h) => h.jsonValue());
    steps.push({ value, ...step });
    await page.waitForTimeout(50);
  }
  return steps;
}

// BENCH_QUERIES: only the first so many queries (a 10 MB document takes seconds a step to paint
// fully); BENCH_LETTERS=0 leaves out the letter-by-letter set.
const queries = TYPED.slice(0, Number(process.env.BENCH_QUERIES ?? TYPED.length));
const typing = [];
for (const chunks of queries) typing.push(...await type(chunks));
const single = [];
for (const c of SINGLE) single.push((await type([c]))[0]);
const letters = [];
if (process.env.BENCH_LETTERS !== '0') {
  for (const chunks of queries.filter((q) => /\p{Script=Han}/u.test(q.join('')))) letters.push(...await type([...chunks.join('')]));
}
await app.close();

const round = (x) => Math.round(x * 10) / 10;
const summary = (steps, key) => {
  const xs = steps.map((s) => s[key]);
  return `median ${round(percentile(xs, 50))} ms, p95 ${round(percentile(xs, 95))} ms, max ${round(Math.max(...xs))} ms`;
};
const slowest = (steps) => [...steps].sort((a, b) => b.ms - a.ms).slice(0, 5).map((s) => `${s.value || '(clear)'} ${round(s.ms)}`).join(', ');
console.log(`document: ${(Buffer.byteLength(text) / 1e6).toFixed(2)} MB, ${paragraphs} paragraphs; opened and rendered in ${openMs} ms`);
console.log(`typing ${queries.length} queries, ${typing.length} steps:`);
console.log(`  input → DOM updated: ${summary(typing, 'ms')}`);
console.log(`  input → next frame:  ${summary(typing, 'frame')}`);
console.log(`  input → all painted: ${summary(typing, 'painted')}`);
console.log(`  slowest: ${slowest(typing)}`);
console.log(`single characters (${SINGLE.join('')}) into the empty box:`);
console.log(`  input → DOM updated: ${summary(single, 'ms')}`);
console.log(`  input → next frame:  ${summary(single, 'frame')}`);
console.log(`  input → all painted: ${summary(single, 'painted')}`);
console.log(`  slowest: ${slowest(single)}`);
if (letters.length === 0) process.exit(0);
console.log(`letter by letter, ${letters.length} steps:`);
console.log(`  input → DOM updated: ${summary(letters, 'ms')}`);
console.log(`  input → next frame:  ${summary(letters, 'frame')}`);
console.log(`  input → all painted: ${summary(letters, 'painted')}`);
console.log(`  slowest: ${slowest(letters)}`);
