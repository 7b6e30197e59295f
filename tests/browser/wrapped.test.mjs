// Text copied out of a PDF, in three engines: the 2024 work report broken every 30 characters
// (the first line of each paragraph indented two), a page number every 22 lines, pasted and
// linked, reads as the report: its paragraphs whole, no page numbers, a phrase broken across
// two lines found by the filter, the page saying once how many lines it joined, and the lines
// as they were one click away.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { siteCopy, squeeze } from './support/site.mjs';
import { forEachEngine, freshVisit } from './support/webdriver.mjs';

const REPORT = readFileSync(new URL('../corpus/report_2024政府工作报告.txt', import.meta.url), 'utf8');
const TITLE_TEXT = '政府工作报告——2024年3月5日在第十四届全国人民代表大会第二次会议上国务院总理 李强';

/** `text` as a PDF viewer copies it: 30 characters a line, `- N -` between pages of 22 lines. */
function wrapped(text) {
  const lines = [];
  for (const paragraph of text.split('\n').map((l) => l.trim()).filter(Boolean)) {
    const chars = [...paragraph];
    lines.push(`\u3000\u3000${chars.slice(0, 28).join('')}`);
    for (let at = 28; at < chars.length; at += 30) lines.push(chars.slice(at, at + 30).join(''));
  }
  const pages = [];
  for (let at = 0; at < lines.length; at += 22) pages.push(lines.slice(at, at + 22).join('\n'));
  return `${pages.map((page, n) => `${page}\n- ${n + 1} -`).join('\n')}\n`;
}

const WRAPPED = wrapped(REPORT);
const site = siteCopy('wrapped');
mkdirSync(join(site, 'files'));
writeFileSync(join(site, 'files', 'report.txt'), WRAPPED);

const SPEECH = '在州十三届人大常委会第三次会议上的讲话';
const TITLE = "document.querySelector('[data-testid=title]')?.textContent";
/** The passages on the page as they read (the joins' zero-width spaces aside). */
const PASSAGES = "return [...document.querySelectorAll('[data-testid=document] :is(summary .heading, p.passage:not([hidden]))')].map((e) => e.textContent.replaceAll('\\u200b', ''))";

forEachEngine(({ browser, server }) => {
  const paste = (text) => browser.run(`const data = new DataTransfer();
    data.setData('text/plain', arguments[0]);
    document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, dataType: 'text/plain', data: arguments[0], bubbles: true, cancelable: true }));`, text);
  const opened = async (text) => {
    await freshVisit(browser, server.url, `return ${TITLE} === ${JSON.stringify(SPEECH)}`);
    await paste(text);
    // The whole text built (it is put on the page a part at a time).
    await browser.waitFor(`return ${TITLE} === ${JSON.stringify(TITLE_TEXT)} && performance.getEntriesByName('document-ready').length > 0`);
    return (await browser.run(PASSAGES)).map(squeeze).filter(Boolean);
  };
  const count = async (query) => {
    await browser.type('[data-testid=filter]', query);
    return browser.waitFor("const t = document.querySelector('[data-testid=match-count]')?.textContent; return t && /\\d/.test(t) && t");
  };

  test('a pasted copy of a PDF reads as the document: its paragraphs whole, no page numbers, a phrase across two lines found', async () => {
    const original = await opened(REPORT);
    const inOriginal = await count('并请全国政协');
    const passages = await opened(WRAPPED);
    const whole = original.filter((p) => passages.includes(p)).length / original.length;
    assert.ok(whole >= 0.95, `${whole} of the paragraphs whole`);
    assert.equal(squeeze(passages.join('')), squeeze(original.join('')), 'every character, and no page number');
    assert.match(await browser.run("return document.querySelector('[data-testid=rebuilt]').textContent"), /已将 \d+ 行合并为 \d+ 段/u);
    assert.equal(await count('并请全国政协'), inOriginal, 'found across the line break');
    // The lines as they were, on request.
    await browser.run("document.querySelector('[data-testid=filter]').value = ''; document.querySelector('[data-testid=filter]').dispatchEvent(new Event('input', { bubbles: true }))");
    await browser.run('performance.clearMarks()');
    await browser.click('[data-testid=lines-as-they-are]');
    await browser.waitFor("return !document.querySelector('[data-testid=rebuilt]') && performance.getEntriesByName('document-ready').length > 0");
    const lines = (await browser.run(PASSAGES)).filter((t) => t.trim());
    assert.ok(lines.length > passages.length * 3, `${lines.length} lines against ${passages.length} paragraphs`);
    assert.ok(lines.some((l) => l.trim() === '- 1 -'), 'the page numbers as they were');
  });

  test('a wrapped text opened by a link reads as its paragraphs', async () => {
    await browser.goto(`${server.url}?doc=files/report.txt`);
    await browser.waitFor(`return ${TITLE} === ${JSON.stringify(TITLE_TEXT)}`, { timeout: 20000 });
    await browser.waitFor("return document.querySelector('[data-testid=rebuilt]')");
    const text = await browser.run("return document.querySelector('[data-testid=document]').innerText");
    assert.ok(!/- \d+ -/u.test(text), 'no page number shown');
  });
}, { dir: site });
