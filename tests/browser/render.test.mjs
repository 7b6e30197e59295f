// The built app renders the sample speech: a blank page (a broken wasm-opt) fails here.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { openApp, shownText } from './support/app.mjs';
import { SPEECH, squeeze } from './support/site.mjs';

let app;
before(async () => { app = await openApp(); });
after(async () => { await app?.close(); });

test('the three sections are headings of level 2', async () => {
  const headings = await app.page.getByRole('heading', { level: 2 }).allInnerTexts();
  assert.deepEqual(headings.filter((h) => h !== '提纲'), ['一、把准方向推工作', '二、务求实效履职责', '三、内强素质树形象']);
});

test('salutation, opening and closing are shown, the closing after section 三', async () => {
  const { page } = app;
  assert.equal(await page.locator('.salutation').innerText(), '各位常委会组成人员，同志们：');
  const front = await page.locator('.front p').allInnerTexts();
  assert.equal(front.length, 3);
  const closing = await page.locator('[data-testid=closing] p').allInnerTexts();
  assert.equal(closing.length, 2);
  assert.match(closing[0], /^同志们，/);
  assert.equal(closing[1], '会议到此结束，散会！');
  const order = await page.evaluate(() => {
    const last = [...document.querySelectorAll('[data-testid=section]')].at(-1);
    const closing = document.querySelector('[data-testid=closing]');
    return last.compareDocumentPosition(closing) & Node.DOCUMENT_POSITION_FOLLOWING;
  });
  assert.ok(order, 'closing comes after section 三');
});

test('every character of the speech is on the page', async () => {
  const speech = squeeze(await readFile(SPEECH, 'utf8'));
  const shown = squeeze(await shownText(app.page));
  assert.equal(shown, speech);
});

test('the page is titled, and the title can be changed', async () => {
  const { page } = app;
  assert.equal(await page.getByTestId('title').innerText(), '在州十三届人大常委会第三次会议上的讲话');
  assert.match(await page.title(), /在州十三届人大常委会第三次会议上的讲话/);
  await page.getByRole('button', { name: '改标题' }).click();
  const input = page.getByRole('textbox', { name: '文档标题' });
  await input.fill('闭幕讲话');
  await input.press('Enter');
  assert.equal(await page.getByTestId('title').innerText(), '闭幕讲话');
  assert.match(await page.title(), /闭幕讲话/);
});

test('the outline lists the sections and a click jumps to one', async () => {
  const { page } = app;
  const links = page.getByRole('navigation', { name: '提纲' }).locator(':scope > ol > li > a');
  assert.deepEqual(await links.allInnerTexts(), ['一、把准方向推工作', '二、务求实效履职责', '三、内强素质树形象']);
  await links.nth(2).click();
  await page.waitForFunction(() => location.hash === '#s3');
  const top = await page.locator('#s3').evaluate((el) => el.getBoundingClientRect().top);
  assert.ok(top >= 0 && top < 200, `section 三 scrolled to the top, at ${top}px`);
});

test('key points are emphasised in the text and listed in the outline under their section', async () => {
  const { page } = app;
  const strong = await page.locator('[data-testid=document] strong.key-point').allInnerTexts();
  assert.deepEqual(strong, ['要扎实做好立法工作。', '要全力推进监督工作。', '要不断优化代表工作。',
    '要完善运行机制。', '要建优工作队伍。', '要建强履职平台。', '要锤炼过硬作风。']);
  const outline = page.getByTestId('outline');
  const under = async (n) => outline.locator(`:scope > ol > li:nth-child(${n}) .key-points a`).allInnerTexts();
  assert.deepEqual(await under(1), []);
  assert.deepEqual(await under(2), strong.slice(0, 3));
  assert.deepEqual(await under(3), strong.slice(3));
  await outline.getByRole('link', { name: '要建强履职平台。' }).click();
  await page.waitForFunction(() => location.hash === '#s3-k3');
  const [top, bottom, height] = await page.locator('#s3-k3').evaluate((el) => {
    const r = el.getBoundingClientRect();
    return [r.top, r.bottom, innerHeight];
  });
  assert.ok(top >= 0 && bottom <= height, `the key point is in view (${top}–${bottom} of ${height}px)`);
});

test('nothing meant for paper shows on screen', async () => {
  assert.equal(await app.page.locator('.print-outline-page').isVisible(), false, 'the printed outline page');
  assert.equal(await app.page.getByText('目录', { exact: true }).isVisible(), false);
});

test('no errors, and no request beyond the app\'s own files', async () => {
  assert.deepEqual(app.errors, []);
  assert.deepEqual(app.foreignRequests, []);
});
