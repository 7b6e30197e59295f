// The speaker view's auto-scroll (`make bench`): is it smooth? Headless Chromium, the release
// build, the 2024 government work report (tests/corpus, 51 KB; issue 34 names the 98 KB report
// to the 20th Party Congress, which the repository does not hold: the report is repeated to
// 98 KB) through `?doc=…&view=speaker`, auto-scroll started with `A` at 220 字/分 and at the
// fastest, 600, for BENCH_SECONDS (5) each, at 1x and 4x CPU slowdown. Every frame's interval
// from requestAnimationFrame, and the Long Animation Frames the browser reports (over 50 ms):
// a frame over 16.7 ms shows as an interval of two frames or more.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from '../browser/support/app.mjs';
import { DIST, serve } from '../browser/support/site.mjs';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const report = readFileSync(new URL('../corpus/report_2024政府工作报告.txt', import.meta.url), 'utf8');
const [title, ...rest] = report.split('\n');
let text = report;
while (Buffer.byteLength(text) < 98 * 1024) text += `\n${rest.join('\n')}`;
const site = mkdtempSync(join(tmpdir(), 'docview-speaker-'));
cpSync(DIST, site, { recursive: true });
mkdirSync(join(site, 'docs'));
writeFileSync(join(site, 'docs', 'report.txt'), text);
const server = await serve(site);
const browser = await launchChromium();
const percentile = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]; };

console.log(`== the speaker view's auto-scroll, ${(Buffer.byteLength(text) / 1024).toFixed(0)} KB (${title.trim()}), ${SECONDS} s each`);
for (const cpu of [1, 4]) {
  for (const faster of [0, 38]) {
    const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
    await page.goto(`${server.url}?doc=docs/report.txt&view=speaker`, { timeout: 120000 });
    await page.locator('.speaker-current').waitFor({ timeout: 120000 });
    await page.waitForTimeout(1500);
    for (let i = 0; i < faster; i++) await page.keyboard.press(']');
    const speed = await page.getByTestId('speaker-speed').textContent();
    await page.evaluate(() => {
      window.frames_ = [];
      window.loaf_ = [];
      try { new PerformanceObserver((l) => window.loaf_.push(...l.getEntries().map((e) => e.duration))).observe({ type: 'long-animation-frame' }); } catch (e) { /* not in this browser */ }
      const tick = (t) => { window.frames_.push(t); if (window.frames_.length < 100000) requestAnimationFrame(tick); };
      requestAnimationFrame(tick);
    });
    const from = await page.evaluate(() => scrollY);
    await page.keyboard.press('a');
    await page.waitForTimeout(SECONDS * 1000);
    await page.keyboard.press('a');
    const { frames, loaf, moved } = await page.evaluate((from) => ({ frames: window.frames_, loaf: window.loaf_, moved: scrollY - from }), from);
    const intervals = frames.slice(1).map((t, i) => t - frames[i]).slice(2);
    const over = intervals.filter((d) => d > 16.7 * 1.5).length;
    console.log(`${cpu}x CPU, ${speed.padEnd(9)}: ${intervals.length} frames, interval median ${percentile(intervals, 50).toFixed(1)} ms, p95 ${percentile(intervals, 95).toFixed(1)}, max ${Math.max(...intervals).toFixed(1)}; frames that took longer than one: ${over}; long animation frames: ${loaf.length ? loaf.map((d) => d.toFixed(0)).join(' ') : 'none'}; scrolled ${moved.toFixed(0)} px`);
    await context.close();
  }
}
await browser.close();
await server.close();
