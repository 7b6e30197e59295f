// Reading aids and exports: how long the document and each section are; the outline copied
// to the clipboard, the outline and text downloaded as Markdown, the model as JSON.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { openApp } from './support/app.mjs';
import { openMenu, toggleMenuPanel } from './support/page.mjs';
import { SPEECH } from './support/site.mjs';

let app;
before(async () => {
  app = await openApp();
  await app.page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(app.url).origin });
});
after(async () => { await app?.close(); });

const number = (text) => Number(text.match(/^[\d,]+/u)[0].replaceAll(',', ''));

test('the document and each section say how long they are and how long they take to read', async () => {
  const { page } = app;
  const whole = await page.getByTestId('document-length').innerText();
  assert.match(whole, /^[\d,]+ 字 · 约 \d+ 分钟$/u);
  const speech = await readFile(SPEECH, 'utf8');
  const visible = speech.replace(/\s/gu, '').length;
  const count = number(whole);
  assert.ok(count > 0.95 * visible && count <= visible, `${count} of ${visible} non-blank characters`);
  assert.equal(Number(whole.match(/约 (\d+) 分钟/u)[1]), Math.ceil(count / 400));
  const sections = await page.locator('details.section:not(details.section details.section) > summary [data-testid=section-length]').allInnerTexts();
  assert.equal(sections.length, 3);
  const sum = sections.map(number).reduce((a, b) => a + b, 0);
  assert.ok(sum < count && sum > 0.8 * count, `the three parts (${sum}) are most of the speech (${count})`);
});

test('copy outline puts the outline on the clipboard as a nested Markdown list', async () => {
  const { page } = app;
  await toggleMenuPanel(page, 'export-menu');
  await openMenu(page);
  await page.getByTestId('copy-outline').click();
  await page.getByTestId('copy-status').filter({ hasText: '已复制' }).waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(copied, /^# 在州十三届人大常委会第三次会议上的讲话\n/u);
  assert.match(copied, /\n- 二、务求实效履职责\n  - \*\*要扎实做好立法工作。\*\*\n  - \*\*要全力推进监督工作。\*\*\n/u);
  assert.equal(copied.split('\n').filter((l) => l.trimStart().startsWith('- ')).length, 3 + 7);
});

const download = async (testId) => {
  const { page } = app;
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
};

test('the text downloads as Markdown with every paragraph, headings as # lines and key points bold', async () => {
  const { name, text } = await download('download-text');
  assert.equal(name, '在州十三届人大常委会第三次会议上的讲话.md');
  assert.match(text, /^# 在州十三届人大常委会第三次会议上的讲话\n\n各位常委会组成人员，同志们：\n\n/u);
  assert.match(text, /\n## 三、内强素质树形象\n\n/u);
  assert.match(text, /\*\*要全力推进监督工作。\*\*切实承担起人大监督责任/u);
  // The title, then every character of the speech in order, less white space and the Markdown added.
  const speech = await readFile(SPEECH, 'utf8');
  const squeeze = (s) => s.replace(/\\(.)/gu, '$1').replace(/\*\*|^#+ /gmu, '').replace(/\s/gu, '');
  assert.equal(squeeze(text), `在州十三届人大常委会第三次会议上的讲话${speech.replace(/\s/gu, '')}`);
});

test('the outline downloads as Markdown, the model as JSON with the source and its spans', async () => {
  const outline = await download('download-outline');
  assert.equal(outline.name, '在州十三届人大常委会第三次会议上的讲话-提纲.md');
  assert.match(outline.text, /\n- 一、把准方向推工作\n/u);
  const json = await download('download-json');
  assert.equal(json.name, '在州十三届人大常委会第三次会议上的讲话.json');
  const model = JSON.parse(json.text);
  assert.equal(model.source, await readFile(SPEECH, 'utf8'));
  assert.equal(model.sections.length, 3);
  const heading = model.sections[1].heading;
  const bytes = Buffer.from(model.source);
  assert.equal(bytes.subarray(heading.text.start, heading.text.end).toString(), '二、务求实效履职责');
  assert.deepEqual(app.errors, []);
});
