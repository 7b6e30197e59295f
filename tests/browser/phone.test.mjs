// A phone, 360 px wide with a touch screen: no horizontal scrolling with any panel open, text
// at a readable size, controls 44 px to touch, the outline a drawer, copy-link buttons shown.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openApp } from './support/app.mjs';
import { openMenu } from './support/page.mjs';

let app;
before(async () => { app = await openApp({ width: 360, height: 740, isMobile: true, hasTouch: true }); });
after(async () => { await app?.close(); });

const overflow = () => app.page.evaluate(() => document.documentElement.scrollWidth - innerWidth);

test('at 360 px nothing scrolls sideways, with the menu and each of its panels open in turn', async () => {
  const { page } = app;
  assert.ok(await overflow() <= 0, `closed: ${await overflow()} px too wide`);
  await openMenu(page);
  const sheet = await page.getByTestId('main-menu').evaluate((m) => { const r = m.getBoundingClientRect(); return [r.left, r.right, r.bottom]; });
  assert.deepEqual(sheet, [0, 360, 740], 'the menu is a sheet along the bottom of the screen');
  for (const panel of ['recent', 'print-panel', 'export-menu']) {
    await page.getByTestId(panel).locator('summary').tap();
    assert.equal(await page.getByTestId(panel).evaluate((d) => d.open), true, panel);
    assert.ok(await overflow() <= 0, `${panel} open: ${await overflow()} px too wide`);
    const box = await page.getByTestId(panel).evaluate((d) => {
      const r = [...d.children].at(-1).getBoundingClientRect();
      return [r.left, r.right];
    });
    assert.ok(box[0] >= 0 && box[1] <= 360, `${panel} inside the screen (${box})`);
    await page.getByTestId(panel).locator('summary').tap();
  }
  await page.touchscreen.tap(180, 40);
  assert.equal(await page.getByTestId('main-menu').evaluate((m) => m.matches(':popover-open')), false, 'a tap outside closes the menu');
  await openMenu(page);
  await page.getByTestId('shortcuts').tap();
  assert.ok(await overflow() <= 0, 'shortcuts help open');
  await openMenu(page);
  await page.getByTestId('shortcuts').tap();
  const shot = join(tmpdir(), 'docview-360.png');
  await page.screenshot({ path: shot, fullPage: false });
  console.log(`360 px screenshot: ${shot}`);
});

test('the text is at a readable size and every control is 44 px to touch', async () => {
  const { page } = app;
  const size = await page.locator('p.passage').first().evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
  assert.ok(size >= 16, `body text ${size} px`);
  const small = await page.evaluate(() => [...document.querySelectorAll(
    '.masthead button, .masthead summary, .file-opener, .controls button, .controls summary, .controls input[type=search], .controls .context-toggle, .copy-link',
  )].filter((e) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden')
    .map((e) => { const r = e.getBoundingClientRect(); return { what: e.textContent.trim().slice(0, 12) || e.className, w: r.width, h: r.height }; })
    .filter(({ w, h }) => h < 44 || w < 44));
  assert.deepEqual(small, []);
});

test('no two controls overlap, nor the marks of the match map, which are 44 px to touch', async () => {
  const { page } = app;
  // The filter is a bar, opened from the bottom bar (issue 33).
  await page.getByTestId('filter-toggle').tap();
  await page.getByTestId('filter').fill('监督');
  await page.getByTestId('match-map-mark').first().waitFor();
  const boxes = await page.evaluate(() => [...document.querySelectorAll(
    '.masthead button, .filter :is(input[type=search], button), .match-nav button, .context-toggle, .toolbar > :is(button, label), [data-testid=match-map-mark]',
  )].filter((e) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden')
    // What the filter's bar covers while it is open (the title's ✎) cannot be tapped: not a
    // control in sight.
    .filter((e) => { const r = e.getBoundingClientRect(); return e.contains(document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2)); })
    .map((e) => { const r = e.getBoundingClientRect(); return { what: e.dataset.testid ?? e.className, x: r.x, y: r.y, w: r.width, h: r.height }; }));
  const marks = boxes.filter((b) => b.what === 'match-map-mark');
  assert.equal(marks.length, 2, 'the opening and section 二');
  assert.ok(marks.every((m) => m.w >= 44 && m.h >= 44), JSON.stringify(marks));
  const overlaps = boxes.flatMap((a, i) => boxes.slice(i + 1)
    .filter((b) => a.x < b.x + b.w - 0.5 && b.x < a.x + a.w - 0.5 && a.y < b.y + b.h - 0.5 && b.y < a.y + a.h - 0.5)
    .map((b) => `${a.what} / ${b.what}`));
  assert.deepEqual(overlaps, []);
  await page.getByTestId('filter-close').tap();
  assert.equal(await page.locator('.filter').isVisible(), false, '✕ closes the bar');
});

test('no label wraps inside a control, in Chinese and in English, the menu open', async () => {
  const { page } = app;
  const wrapped = () => page.evaluate(() => [...document.querySelectorAll('button, summary, label, .menu-items output')]
    .filter((e) => e.checkVisibility({ visibilityProperty: true }))
    .filter((e) => {
      const walker = document.createTreeWalker(e, NodeFilter.SHOW_TEXT);
      for (let t = walker.nextNode(); t; t = walker.nextNode()) {
        const range = document.createRange();
        range.selectNodeContents(t);
        if (new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size > 1) return true;
      }
      return false;
    })
    .map((e) => e.textContent.trim().slice(0, 24)));
  for (const language of ['zh', 'en']) {
    await openMenu(page);
    for (const panel of ['print-panel', 'export-menu']) await page.getByTestId(panel).locator('summary').tap();
    assert.deepEqual(await wrapped(), [], language);
    for (const panel of ['print-panel', 'export-menu']) await page.getByTestId(panel).locator('summary').tap();
    await page.getByTestId('language').tap();
  }
  await page.keyboard.press('Escape');
});

test('the filter is one tap away from anywhere in the text: the bar’s 筛选 brings the box back with the cursor in it', async () => {
  const { page } = app;
  await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
  await page.getByTestId('filter-toggle').tap();
  await page.waitForFunction(() => document.activeElement?.dataset.testid === 'filter');
  const top = await page.getByTestId('filter').evaluate((e) => e.getBoundingClientRect().top);
  assert.ok(top >= 0 && top < 740, `the box in view (${top})`);
  await page.evaluate(() => document.activeElement.blur());
});

test('the outline is a drawer: opened from the toolbar, closed by following an entry', async () => {
  const { page } = app;
  const outline = page.getByTestId('outline');
  assert.equal(await outline.isVisible(), false, 'closed at first');
  await page.getByTestId('outline-toggle').tap();
  await page.waitForFunction(() => document.querySelector('[data-testid=outline]').getBoundingClientRect().left >= 0);
  assert.equal(await page.getByTestId('outline-toggle').getAttribute('aria-expanded'), 'true');
  assert.ok(await overflow() <= 0, 'the open drawer does not widen the page');
  await outline.getByRole('link', { name: '三、内强素质树形象' }).tap();
  await page.waitForFunction(() => location.hash === '#s3');
  await page.waitForFunction(() => getComputedStyle(document.querySelector('[data-testid=outline]')).visibility === 'hidden');
  await page.waitForFunction(() => { const r = document.getElementById('s3').getBoundingClientRect(); return r.top >= -2 && r.top < 120; });
});

test('on a touch screen the copy-link buttons are shown without hovering', async () => {
  const { page } = app;
  assert.equal(await page.evaluate(() => matchMedia('(hover: none)').matches), true, 'a touch screen is emulated');
  const opacity = await page.locator('#s2 > .section-body > [data-testid=copy-link]').evaluate((b) => getComputedStyle(b).opacity);
  assert.equal(opacity, '1');
  assert.deepEqual(app.errors, []);
});
