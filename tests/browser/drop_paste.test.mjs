// Opening a document without the file picker: a file dropped anywhere on the page, or text
// pasted into it. In three engines.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { shownWithText } from './support/page.mjs';
import { forEachEngine, freshVisit } from './support/webdriver.mjs';

const FIXTURES = new URL('../fixtures/', import.meta.url);
const TITLE = "return document.querySelector('[data-testid=title]').innerText";
const titleHas = (text) => shownWithText('[data-testid=title]', text);

forEachEngine(({ browser, server }) => {
  before(() => freshVisit(browser, server.url));

  /** Drops a file with `bytes` named `name` on the page, as a drag from the desktop would. */
  const drop = (name, bytes) => browser.run(`const [name, bytes] = arguments;
    const data = new DataTransfer();
    data.items.add(new File([new Uint8Array(bytes)], name, { type: 'text/plain' }));
    const at = document.querySelector('[data-testid=document] p');
    at.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
    const dropping = document.documentElement.classList.contains('dropping');
    const drop = new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true });
    at.dispatchEvent(drop);
    return { dropping, handled: drop.defaultPrevented };`, name, [...bytes]);

  /**
   * Pastes `text` with the focus on `selector`. Firefox's paste event takes its text as
   * `dataType` and `data`, the others' as `clipboardData`.
   */
  const paste = (text, selector = 'body') => browser.run(`const [text, selector] = arguments;
    const data = new DataTransfer();
    data.setData('text/plain', text);
    const event = new ClipboardEvent('paste', { clipboardData: data, dataType: 'text/plain', data: text, bubbles: true, cancelable: true });
    document.querySelector(selector).dispatchEvent(event);
    return event.defaultPrevented;`, text, selector);

  test('a GB18030 file dropped on the page opens', async () => {
    const bytes = await readFile(new URL('notice_gb18030.txt', FIXTURES));
    const { dropping, handled } = await drop('notice.txt', bytes);
    assert.equal(dropping, true, 'the page shows where the file will go');
    assert.equal(handled, true, 'the browser does not open the file itself');
    await browser.waitFor("return !document.documentElement.classList.contains('dropping')");
    await browser.waitFor(titleHas('国务院办公厅关于复制推广营商环境创新试点改革举措的通知'));
    assert.equal(await browser.run("return document.querySelector('.addressee').textContent"), '各省、自治区、直辖市人民政府，国务院各部委、各直属机构：');
  });

  test('a picture dropped on the page is refused, and the document stays', async () => {
    const title = await browser.run(TITLE);
    await drop('picture.txt', Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex'));
    await browser.waitFor(shownWithText('[data-testid=problem]', 'picture.txt'));
    assert.equal(await browser.run(TITLE), title);
  });

  test('text pasted into the page opens as a document, with its structure', async () => {
    const handled = await paste('关于做好年度工作的通知\n\n一、总体要求\n\n坚持稳中求进。\n\n二、主要任务\n\n加强监督。\n');
    assert.equal(handled, true);
    await browser.waitFor(titleHas('关于做好年度工作的通知'));
    assert.deepEqual(await browser.run("return [...document.querySelectorAll('[data-testid=section] h2')].map((h) => h.textContent)"), ['一、总体要求', '二、主要任务']);
  });

  test('text pasted into the filter box stays there', async () => {
    await browser.focus('[data-testid=filter]');
    assert.equal(await paste('监督', '[data-testid=filter]'), false);
    assert.equal(await browser.run(TITLE), '关于做好年度工作的通知');
  });
});
