// A case report copied from a court's page as plain text, in three engines: its sections have no
// numbers (基本案情, 原告诉讼请求, 裁判结果, 案例分析, 典型意义), yet the outline lists them and
// each folds. The text is a real typical case (tests/fixtures/unnumbered/cases/case_01.md) with
// its Markdown `#` marks taken away.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileOnDisk, forEachEngine, freshVisit } from './support/webdriver.mjs';

const MARKDOWN = readFileSync(new URL('../fixtures/unnumbered/cases/case_01.md', import.meta.url), 'utf8');
const PLAIN = MARKDOWN.split('\n').map((line) => line.replace(/^#+\s*/u, '')).join('\n');
const SECTIONS = MARKDOWN.split('\n').filter((line) => line.startsWith('## ')).map((line) => line.slice(3).trim());
const SPEECH = '在州十三届人大常委会第三次会议上的讲话';
const TITLE = "document.querySelector('[data-testid=title]')?.textContent";
const OUTLINE = "return [...document.querySelectorAll('[data-testid=outline] li:not(.key-point-entry) > a')].map((a) => a.textContent)";

forEachEngine(({ browser, server }) => {
  test('a case report copied as plain text has its unnumbered sections in the outline, and they fold', async () => {
    assert.deepEqual(SECTIONS, ['基本案情', '原告诉讼请求', '裁判结果', '案例分析', '典型意义']);
    await freshVisit(browser, server.url, `return ${TITLE} === ${JSON.stringify(SPEECH)} && performance.getEntriesByName('document-ready').length > 0`);
    await browser.type('[data-testid=open-file]', fileOnDisk('case.txt', Buffer.from(PLAIN)));
    await browser.waitFor(`return ${TITLE} === '加班费的仲裁时效应当如何认定' && performance.getEntriesByName('document-ready').length > 0`);
    assert.deepEqual(await browser.run(OUTLINE), SECTIONS);
    const sections = "return [...document.querySelectorAll('[data-testid=document] details.section')].map((d) => [d.querySelector('summary .heading').textContent, d.open])";
    assert.deepEqual(await browser.run(sections), SECTIONS.map((s) => [s, true]));
    // The first section folds: its text is hidden, the others stay open.
    await browser.run("document.querySelector('[data-testid=document] details.section > summary').click()");
    await browser.waitFor("return !document.querySelector('[data-testid=document] details.section').open");
    assert.deepEqual(await browser.run(sections), SECTIONS.map((s, n) => [s, n !== 0]));
    // (Its last layout stays measurable inside a closed details: ask whether it is visible.)
    const shown = await browser.run("const p = document.querySelector('[data-testid=document] details.section p.passage'); return p.checkVisibility ? p.checkVisibility() : p.getClientRects().length > 0");
    assert.equal(shown, false, 'the folded section\'s text is not shown');
  });
});
