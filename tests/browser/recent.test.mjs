// Recent documents: a reload reopens the last document, with the title the reader gave it;
// the reader can reopen or remove them; the sample is always one click away. In three engines.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { APP_SHOWN, openMenu, shownWithText, toggleMenuPanel } from './support/page.mjs';
import { fileOnDisk, forEachEngine, freshVisit } from './support/webdriver.mjs';

const FIXTURE = fileURLToPath(new URL('../fixtures/notice_gb18030.txt', import.meta.url));
const NOTICE = '国务院办公厅关于复制推广营商环境创新试点改革举措的通知';
const TITLE = "return document.querySelector('[data-testid=title]').innerText";
const ENTRIES = "return [...document.querySelectorAll('.recent-open')].map((e) => e.innerText)";

forEachEngine(({ browser, server }) => {
  before(() => freshVisit(browser, server.url));

  const reload = async () => {
    await browser.refresh();
    await browser.waitFor(APP_SHOWN);
  };
  const titleHas = (text) => browser.waitFor(shownWithText('[data-testid=title]', text));

  test('a reload reopens the last document opened, renamed as the reader renamed it', async () => {
    await browser.type('[data-testid=open-file]', FIXTURE);
    await titleHas(NOTICE);
    await browser.click('button[aria-label=改标题]');
    await browser.fill('input[aria-label=文档标题]', '营商环境通知');
    await browser.keys('\uE007'); // Enter
    await reload();
    assert.equal(await browser.run(TITLE), '营商环境通知');
    assert.equal(await browser.run("return document.querySelector('.addressee').textContent"), '各省、自治区、直辖市人民政府，国务院各部委、各直属机构：');
  });

  test('the list reopens an earlier document and removes one; the sample is there too', async () => {
    await browser.type('[data-testid=open-file]', fileOnDisk('second.txt', Buffer.from('一、甲\n\n内容。\n')));
    await titleHas('second');
    await toggleMenuPanel(browser, 'recent');
    assert.deepEqual(await browser.run(ENTRIES), ['second', '营商环境通知']);
    await browser.click('[data-testid=recent] li:nth-child(2) .recent-open');
    await titleHas('营商环境通知');
    await browser.click('button[aria-label="删除“second”"]');
    await browser.waitFor(`return (() => { ${ENTRIES} })().length === 1`).catch(() => {});
    assert.deepEqual(await browser.run(ENTRIES), ['营商环境通知']);
    await openMenu(browser);
    await browser.click('[data-testid=open-sample]');
    await titleHas('在州十三届人大常委会第三次会议上的讲话');
    // Going back to the sample is remembered too; the list keeps the document.
    await reload();
    assert.equal(await browser.run(TITLE), '在州十三届人大常委会第三次会议上的讲话');
    assert.deepEqual(await browser.run("return [...document.querySelectorAll('.recent-open')].map((e) => e.textContent)"), ['营商环境通知']);
  });

  test('a full browser storage says so, and the document is shown anyway', async () => {
    await browser.run("Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); }");
    await browser.type('[data-testid=open-file]', fileOnDisk('third.txt', Buffer.from('一、丙\n\n内容。\n')));
    await titleHas('third');
    assert.match(await browser.waitFor("return document.querySelector('[data-testid=problem]')?.innerText"), /存储已满|storage is full/u);
  });
});
