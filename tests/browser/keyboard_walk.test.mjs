// A reader without a mouse: every action of the page reached with Tab, Enter, Space and the
// shortcuts, the focus always visible.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openApp } from './support/app.mjs';

let app;
before(async () => {
  app = await openApp();
  await app.page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(app.url).origin });
});
after(async () => { await app?.close(); });

/** What has the focus, and whether it is drawn (an outline or a ring of some width). */
const focused = () => app.page.evaluate(() => {
  const e = document.activeElement;
  const style = getComputedStyle(e);
  const ring = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
  const inside = e.closest('label') ?? e;
  return { testId: e.dataset.testid ?? inside.dataset?.testid ?? null, tag: e.tagName, text: (e.textContent || e.getAttribute('aria-label') || '').trim().slice(0, 20), ring, cls: e.className };
});

const menuOpen = () => app.page.locator('#main-menu').evaluate((m) => m.matches(':popover-open'));

/** Presses Tab until `matches` the focused element (at most `limit` times); every stop is drawn. */
async function tabTo(matches, limit = 60) {
  for (let i = 0; i < limit; i++) {
    await app.page.keyboard.press('Tab');
    const now = await focused();
    assert.ok(now.ring, `the focus is visible on ${JSON.stringify(now)}`);
    if (matches(now)) return now;
  }
  throw new Error('not reached by Tab');
}

test('from the top of the page, Tab reaches the masthead and the controls, each focus drawn', async () => {
  const { page } = app;
  await page.evaluate(() => document.activeElement?.blur());
  await tabTo((f) => f.testId === 'open-file');
  await tabTo((f) => f.testId === 'menu');
  await page.keyboard.press('Enter');
  assert.equal(await menuOpen(), true, 'Enter opens the menu');
  await tabTo((f) => f.tag === 'SUMMARY' && f.text.startsWith('最近的文档'));
  await page.keyboard.press('Enter');
  assert.equal(await page.getByTestId('recent').evaluate((d) => d.open), true, 'Enter opens the recent list');
  await page.keyboard.press('Enter');
  await tabTo((f) => f.testId === 'language');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  await page.keyboard.press('Space');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'zh-CN');
  await page.keyboard.press('Escape');
  assert.equal(await menuOpen(), false, 'Esc closes the menu');
});

test('filter, move between matches and clear, all from the keyboard', async () => {
  const { page } = app;
  await page.keyboard.press('/');
  assert.equal((await focused()).testId, 'filter');
  await page.keyboard.type('监督');
  await page.keyboard.press('Enter');
  await page.getByTestId('match-position').filter({ hasText: /^1 \/ \d+$/u }).waitFor();
  await page.keyboard.press('Enter');
  await page.getByTestId('match-position').filter({ hasText: /^2 \/ \d+$/u }).waitFor();
  await page.keyboard.press('Escape');
  assert.equal(await page.getByTestId('filter').inputValue(), '');
});

test('fold everything, walk the sections with j, open one with Enter, copy its link', async () => {
  const { page } = app;
  await page.getByTestId('filter').evaluate((e) => e.blur());
  await page.keyboard.press('[');
  assert.deepEqual(await page.locator('[data-testid=section]').evaluateAll((ds) => ds.map((d) => d.open)), [false, false, false]);
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  assert.equal((await focused()).tag, 'SUMMARY');
  assert.ok((await focused()).ring, 'the heading shows the focus');
  await page.keyboard.press('Enter');
  assert.equal(await page.locator('#s2').evaluate((d) => d.open), true, 'Enter unfolds the section with the focus');
  const link = await tabTo((f) => f.testId === 'copy-link', 3);
  assert.ok(link);
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), `${app.url}#s2`);
  await page.keyboard.press(']');
  assert.deepEqual(await page.locator('[data-testid=section]').evaluateAll((ds) => ds.map((d) => d.open)), [true, true, true]);
});

test('the menu: export and print settings open with Enter, choices change with the keyboard', async () => {
  const { page } = app;
  await page.keyboard.press('/');
  await tabTo((f) => f.testId === 'menu');
  await page.keyboard.press('Enter');
  await tabTo((f) => f.tag === 'SUMMARY' && f.text === '打印设置');
  await page.keyboard.press('Enter');
  await tabTo((f) => f.testId === 'print-paper');
  await page.keyboard.press('ArrowDown');
  assert.equal(await page.getByTestId('print-paper').inputValue(), 'a5');
  await page.keyboard.press('ArrowUp');
  await tabTo((f) => f.tag === 'SUMMARY' && f.text === '导出');
  await page.keyboard.press('Enter');
  await tabTo((f) => f.testId === 'copy-outline');
  await page.keyboard.press('Enter');
  await page.getByTestId('copy-status').filter({ hasText: '已复制' }).waitFor();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter');
  assert.equal(await page.getByTestId('export-menu').evaluate((d) => d.open), false, 'closed again');
  await page.keyboard.press('Escape');
});

test('? shows the shortcuts and Esc closes them; the outline links are in the tab order', async () => {
  const { page } = app;
  await page.getByTestId('filter').evaluate((e) => e.blur());
  await page.keyboard.press('?');
  assert.equal(await page.getByTestId('shortcuts-help').isVisible(), true);
  await page.keyboard.press('Escape');
  assert.equal(await page.getByTestId('shortcuts-help').isVisible(), false);
  const entry = await tabTo((f) => f.tag === 'A' && f.text === '三、内强素质树形象', 80);
  assert.ok(entry);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => location.hash === '#s3');
  assert.deepEqual(app.errors, []);
});
