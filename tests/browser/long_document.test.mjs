// A document over 1 MB is parsed in the tools' Web Worker and its model crosses back as numbers
// (src/model/wire.rs); a shorter one is parsed on the page. In three engines, the two paths give
// the same document: the 行政复议法 alone (parsed on the page) and the same law followed by 1.2 MB
// of plain paragraphs (parsed in the worker) have the same outline, and the filter finds the
// same number of matches in them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileOnDisk, forEachEngine, freshVisit } from './support/webdriver.mjs';

const LAW = readFileSync(new URL('../corpus/law_行政复议法_2023.md', import.meta.url), 'utf8');
const FILLER = Array.from({ length: 20000 }, (_, n) => `这是为了测试很长的文件而加上的第 ${n + 1} 段文字，没有标题。\n`).join('');
const LONG = `${LAW}\n${FILLER}`;
const SPEECH = '在州十三届人大常委会第三次会议上的讲话';
const TITLE = "document.querySelector('[data-testid=title]')?.textContent";
const OUTLINE = "return [...document.querySelectorAll('[data-testid=outline] li:not(.key-point-entry) > a')].map((a) => a.textContent)";

forEachEngine(({ browser, server }) => {
  const open = async (name, text) => {
    await freshVisit(browser, server.url, `return ${TITLE} === ${JSON.stringify(SPEECH)} && performance.getEntriesByName('document-ready').length > 0`);
    await browser.type('[data-testid=open-file]', fileOnDisk(name, Buffer.from(text)));
    // The whole text and outline built (they are put on the page a part at a time).
    await browser.waitFor(`return ${TITLE} === '中华人民共和国行政复议法' && performance.getEntriesByName('document-ready').length > 0`, { timeout: 30000 });
    const outline = await browser.run(OUTLINE);
    const inWorker = await browser.run("return performance.getEntriesByName('parsed-in-worker').length > 0");
    await browser.type('[data-testid=filter]', '行政复议机关');
    const count = await browser.waitFor("const t = document.querySelector('[data-testid=match-count]')?.textContent; return t && /\\d/.test(t) && t", { timeout: 30000 });
    return { outline, count, inWorker };
  };

  test('a document over 1 MB, parsed in the worker, has the outline and the matches the page finds itself', async () => {
    assert.ok(Buffer.byteLength(LONG) > 1024 * 1024 * 1.1);
    const onPage = await open('law.md', LAW);
    const inWorker = await open('long.md', LONG);
    assert.ok(onPage.outline.length > 20, `${onPage.outline.length} entries`);
    assert.deepEqual([onPage.inWorker, inWorker.inWorker], [false, true], 'the short one parsed on the page, the long one in the worker');
    assert.deepEqual(inWorker.outline, onPage.outline);
    assert.equal(inWorker.count, onPage.count);
  });

  test('a short document opened while a long one is parsed in the worker stays on screen', async () => {
    await freshVisit(browser, server.url, `return ${TITLE} === ${JSON.stringify(SPEECH)}`);
    await browser.type('[data-testid=open-file]', fileOnDisk('long.md', Buffer.from(LONG)));
    await browser.type('[data-testid=open-file]', fileOnDisk('short.txt', Buffer.from('短文件的标题\n\n一、第一部分\n\n正文。\n')));
    await browser.waitFor(`return ${TITLE} === '短文件的标题'`, { timeout: 30000 });
    // Long enough for the long one's parse to have come back.
    await new Promise((done) => setTimeout(done, 3000));
    assert.equal(await browser.run(`return ${TITLE}`), '短文件的标题');
  });
});
