import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { openApp } from '../browser/support/app.mjs';
const CORPUS = new URL('../../../shared/corpus/', import.meta.url);
const texts = readdirSync(CORPUS).filter((f) => /\.(txt|md)$/u.test(f)).sort().map((f) => readFileSync(new URL(f, CORPUS), 'utf8'));
let text = ''; while (Buffer.byteLength(text) < 1e6) text += texts.join('\n');
const app = await openApp(); const { page } = app;
await page.getByTestId('open-file').setInputFiles({ name: 'corpus.txt', mimeType: 'text/plain', buffer: Buffer.from(text) });
await page.getByTestId('title').filter({ hasText: 'corpus' }).waitFor({ timeout: 120000 });
const box = page.getByTestId('filter');
for (const v of (process.env.Q ?? '监,监督,预,预算,').split(',')) {
  await page.waitForTimeout(300);
  await page.evaluate(() => performance.clearMeasures('filter'));
  await page.context().browser().startTracing(page, { categories: ['devtools.timeline', 'blink.user_timing', 'v8.execute'] });
  await box.fill(v);
  const ms = await page.waitForFunction(() => performance.getEntriesByName('filter', 'measure')[0]?.duration).then((h) => h.jsonValue());
  await page.waitForTimeout(200);
  const buf = await page.context().browser().stopTracing();
  const ev = JSON.parse(buf.toString()).traceEvents;
  const mark = ev.find((e) => e.name === 'filter-input');
  const t0 = mark?.ts ?? 0;
  const agg = new Map();
  for (const e of ev) if (e.ph === 'X' && e.ts >= t0 && e.dur > 200 && ['FunctionCall','EventDispatch','RunMicrotasks','UpdateLayoutTree','Layout','Paint','TimerFire','PrePaint','Layerize','ParseHTML','IntersectionObserverController::computeIntersections','HitTest','ScheduleStyleRecalculation','v8.run','V8.Execute','EvaluateScript','UpdateLayerTree','Commit'].includes(e.name)) {
    const k = e.name + (e.args?.data?.type ? ':' + e.args.data.type : '');
    agg.set(k, [(agg.get(k)?.[0] ?? 0) + e.dur / 1000, (agg.get(k)?.[1] ?? []).concat([Math.round((e.ts - t0) / 1000) + '+' + Math.round(e.dur / 1000)])]);
  }
  console.log(JSON.stringify(v), 'measure', ms.toFixed(1));
  for (const [k, [d, at]] of [...agg].sort((a, b) => b[1][0] - a[1][0]).slice(0, 12)) console.log('  ', d.toFixed(1), k, at.slice(0, 6).join(' '));
}
await app.close();
