// Typing a keyword marks every occurrence and hides every paragraph without one.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { highlighted, openApp, openMenu } from './support/app.mjs';

let app;
before(async () => { app = await openApp(); });
after(async () => { await app?.close(); });

const visibleTexts = (selector) =>
  app.page.locator(selector).evaluateAll((els) => els.filter((e) => e.checkVisibility()).map((e) => e.textContent));

test('监督: 13 marks, the opening paragraph and section 二 stay, the rest is hidden', async () => {
  const { page } = app;
  await page.getByTestId('filter').fill('监督');
  assert.equal(await page.getByTestId('match-count').innerText(), '13 处 · 2 段');
  const marks = await highlighted(page);
  assert.equal(marks.length, 13);
  assert.ok(marks.every((m) => m === '监督'));

  const paragraphs = await visibleTexts('[data-testid=document] p');
  assert.equal(paragraphs.length, 2, 'one opening paragraph and section 二’s paragraph');
  assert.match(paragraphs[0], /^州十三届人大常委会第三次会议/);
  const sections = await visibleTexts('[data-testid=section] h2');
  assert.deepEqual(sections, ['二、务求实效履职责']);
  assert.deepEqual(await visibleTexts('[data-testid=closing] p'), []);
  assert.equal(await page.locator('.salutation').isVisible(), false);
});

test('the outline counts matches per section', async () => {
  const badges = await app.page.getByTestId('outline').locator('.badge').filter({ visible: true }).allInnerTexts();
  assert.deepEqual(badges, ['12']);
});

test('a folded section says how many matches it holds', async () => {
  const { page } = app;
  await openMenu(page);
  await page.getByTestId('collapse-all').click();
  const badge = page.getByTestId('section-count').filter({ visible: true });
  assert.equal(await badge.innerText(), '12');
  assert.equal(await badge.evaluate((b) => getComputedStyle(b, '::after').content), '" 处"', 'the unit, from the style sheet');
  assert.equal(await page.locator('[data-testid=section]').nth(1).locator('.section-body').isVisible(), false);
  await openMenu(page);
  await page.getByTestId('expand-all').click();
});

test('clearing the box restores everything', async () => {
  const { page } = app;
  await page.getByTestId('filter').fill('');
  assert.deepEqual(await highlighted(page), []);
  assert.equal((await visibleTexts('[data-testid=document] p')).length, 8);
  assert.equal(await page.getByTestId('match-count').innerText(), '');
});

test('a match in a heading is marked there and keeps its section', async () => {
  const { page } = app;
  await page.getByTestId('filter').fill('推工作');
  assert.deepEqual(await highlighted(page, { within: 'h2' }), ['推工作']);
  assert.deepEqual(await visibleTexts('[data-testid=section] h2'), ['一、把准方向推工作']);
  await page.getByTestId('filter').fill('');
});

test('any substring works, and a query with no match says so and offers to clear', async () => {
  const { page } = app;
  await page.getByTestId('filter').fill('人大代表');
  const n = (await highlighted(page)).length;
  assert.ok(n > 0);
  assert.match(await page.getByTestId('match-count').innerText(), new RegExp(`^${n} 处 · \\d+ 段$`));
  await page.getByTestId('filter').fill('区块链');
  assert.equal(await page.getByTestId('match-count').innerText(), '没有找到');
  assert.equal((await visibleTexts('[data-testid=document] p')).filter((t) => !t.startsWith('没有段落')).length, 0);
  await page.getByTestId('clear-filter').click();
  assert.equal(await page.getByTestId('filter').inputValue(), '');
  assert.equal((await visibleTexts('[data-testid=document] p')).length, 8);
});

test('on a long document every match is painted, those far off screen just after the keystroke', async () => {
  const { page } = app;
  const law = await readFile(new URL('../corpus/law_行政复议法_2023.md', import.meta.url), 'utf8');
  const long = Array.from({ length: 6 }, () => law).join('\n');
  const expected = long.split('申请人').length - 1;
  await page.getByTestId('open-file').setInputFiles({ name: 'long.md', mimeType: 'text/markdown', buffer: Buffer.from(long) });
  await page.getByTestId('title').filter({ hasText: 'long' }).waitFor();
  await page.getByTestId('filter').fill('申请人');
  assert.match(await page.getByTestId('match-count').innerText(), new RegExp(`^${expected} 处 · \\d+ 段$`));
  const marks = await highlighted(page);
  assert.equal(marks.length, expected);
  assert.ok(marks.every((m) => m === '申请人'));
  // The last match, far below, is painted where it is.
  await page.getByTestId('prev-match').click();
  assert.equal(await page.getByTestId('match-position').innerText(), `${expected} / ${expected}`);
  assert.deepEqual(await highlighted(page, { name: 'current-match' }), ['申请人']);
  await page.getByTestId('filter').fill('');
});
