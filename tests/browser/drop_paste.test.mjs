// Opening a document without the file picker: a file dropped anywhere on the page, or text
// pasted into it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { openApp } from './support/app.mjs';

const FIXTURES = new URL('../fixtures/', import.meta.url);
let app;
before(async () => { app = await openApp(); });
after(async () => { await app?.close(); });

/** Drops a file with `bytes` named `name` on the page, as a drag from the desktop would. */
const drop = (name, bytes) => app.page.evaluate(([name, bytes]) => {
  const data = new DataTransfer();
  data.items.add(new File([new Uint8Array(bytes)], name, { type: 'text/plain' }));
  const at = document.querySelector('[data-testid=document] p');
  at.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
  const dropping = document.documentElement.classList.contains('dropping');
  const drop = new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true });
  at.dispatchEvent(drop);
  return { dropping, handled: drop.defaultPrevented };
}, [name, [...bytes]]);

/** Pastes `text` with the focus on `selector`. */
const paste = (text, selector = 'body') => app.page.evaluate(([text, selector]) => {
  const data = new DataTransfer();
  data.setData('text/plain', text);
  const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
  document.querySelector(selector).dispatchEvent(event);
  return event.defaultPrevented;
}, [text, selector]);

test('a GB18030 file dropped on the page opens', async () => {
  const bytes = await readFile(new URL('notice_gb18030.txt', FIXTURES));
  const { dropping, handled } = await drop('notice.txt', bytes);
  assert.equal(dropping, true, 'the page shows where the file will go');
  assert.equal(handled, true, 'the browser does not open the file itself');
  await app.page.waitForFunction(() => !document.documentElement.classList.contains('dropping'));
  await app.page.getByTestId('title').filter({ hasText: '国务院办公厅关于复制推广营商环境创新试点改革举措的通知' }).waitFor();
  assert.equal(await app.page.locator('.addressee').textContent(), '各省、自治区、直辖市人民政府，国务院各部委、各直属机构：');
});

test('a picture dropped on the page is refused, and the document stays', async () => {
  const title = await app.page.getByTestId('title').innerText();
  await drop('picture.txt', Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex'));
  await app.page.getByTestId('problem').filter({ hasText: 'picture.txt' }).waitFor();
  assert.equal(await app.page.getByTestId('title').innerText(), title);
});

test('text pasted into the page opens as a document, with its structure', async () => {
  const handled = await paste('关于做好年度工作的通知\n\n一、总体要求\n\n坚持稳中求进。\n\n二、主要任务\n\n加强监督。\n');
  assert.equal(handled, true);
  await app.page.getByTestId('title').filter({ hasText: '关于做好年度工作的通知' }).waitFor();
  assert.deepEqual(await app.page.locator('[data-testid=section] h2').allTextContents(), ['一、总体要求', '二、主要任务']);
});

test('text pasted into the filter box stays there', async () => {
  await app.page.getByTestId('filter').focus();
  assert.equal(await paste('监督', '[data-testid=filter]'), false);
  assert.equal(await app.page.getByTestId('title').innerText(), '关于做好年度工作的通知');
});
