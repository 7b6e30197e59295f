// Word documents (.docx) and saved web pages open like text: by the picker, a drop and a
// `?doc=` link, with the headings and numbering their authors made; what is not a Word document
// is named, and the document on screen stays.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openPage } from './support/app.mjs';
import { siteCopy } from './support/site.mjs';

const WORD = fileURLToPath(new URL('../fixtures/word/', import.meta.url));
const PAGE = fileURLToPath(new URL('../fixtures/web/saved_page.html', import.meta.url));
let app;
let page;
const requests = [];

before(async () => {
  const site = siteCopy('word');
  mkdirSync(join(site, 'files'));
  cpSync(join(WORD, 'numbering.docx'), join(site, 'files', 'numbering.docx'));
  cpSync(PAGE, join(site, 'files', 'notice.html'));
  mkdirSync(join(site, 'files', 'folder'));
  cpSync(PAGE, join(site, 'files', 'folder', 'index.html'));
  app = await openPage(site);
  ({ page } = app);
  page.on('request', (r) => requests.push(r.url()));
});
after(async () => { await app?.close(); });

const fresh = async (query = '') => {
  await page.goto(app.server.url + query);
  await page.locator('[data-testid=section]').first().waitFor();
};
const outline = () => page.locator('[data-testid=outline] a').filter({ visible: true }).allInnerTexts();
const titleIs = (title) => page.getByTestId('title').filter({ hasText: title }).waitFor();

test('a Word document chosen with the picker: its title, heading styles and table', async () => {
  await fresh();
  await page.getByTestId('open-file').setInputFiles(join(WORD, 'headings.docx'));
  await titleIs('关于复制推广营商环境创新试点改革举措的通知');
  assert.deepEqual((await outline()).slice(0, 4), ['一、复制推广的改革举措', '（一）进一步破除区域分割和地方保护等不合理限制', '（二）健全更加开放透明的市场主体准入和退出机制', '二、切实做好组织实施']);
  assert.equal(await page.locator('.addressee').textContent(), '各省、自治区、直辖市人民政府，国务院各部委、各直属机构：');
  assert.match(await page.getByTestId('document').innerText(), /举措\s+牵头部门\s+完成时限/u);
  // Kept among the recent documents, and reopened with its headings after a reload.
  await page.reload();
  await titleIs('关于复制推广营商环境创新试点改革举措的通知');
  assert.equal((await outline())[0], '一、复制推广的改革举措');
});

test('a Word document dropped on the page: automatic numbering as the author saw it', async () => {
  await fresh();
  const bytes = [...readFileSync(join(WORD, 'numbering.docx'))];
  await page.evaluate((bytes) => {
    const data = new DataTransfer();
    data.items.add(new File([new Uint8Array(bytes)], '工作要点.docx'));
    const at = document.querySelector('[data-testid=document] p');
    at.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
    at.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, bytes);
  await titleIs('州人大常委会2025年工作要点');
  assert.deepEqual((await outline()).slice(0, 5), ['一、总体要求', '二、主要任务', '（一）加强立法工作', '（二）加强监督工作', '三、工作要求']);
  await page.getByTestId('filter').fill('条例');
  assert.match(await page.getByTestId('match-count').innerText(), /2 处/u);
});

test('a Word document by a ?doc= link', async () => {
  await page.goto(`${app.server.url}?doc=files/numbering.docx`);
  await titleIs('州人大常委会2025年工作要点');
  assert.equal((await outline())[0], '一、总体要求');
});

test('tracked changes: accepted, and the page says so', async () => {
  await fresh();
  await page.getByTestId('open-file').setInputFiles(join(WORD, 'features.docx'));
  await page.getByTestId('problem').filter({ hasText: '修订' }).waitFor();
  const text = await page.getByTestId('document').innerText();
  assert.match(text, /本条新加的文字保留。/u);
  assert.doesNotMatch(text, /删去的文字/u);
  assert.match(text, /\[1\] 见《中华人民共和国各级人民代表大会常务委员会监督法》。/u);
  assert.deepEqual((await outline()).slice(0, 2), ['监督工作', '代表工作']);
});

test('what is not a Word document is named, and the document on screen stays', async () => {
  const cases = [
    ['damaged.docx', /已损坏/u],
    ['old.doc', /旧版 Word 文档（\.doc/u],
    ['old.wps', /旧版 WPS 文字文档/u],
    ['password.docx', /密码保护/u],
    ['sheet.docx', /Excel 工作簿（\.xlsx）/u],
    ['slides.docx', /PowerPoint 演示文稿（\.pptx）/u],
    ['bomb.docx', /超过 50 MB/u],
  ];
  await fresh();
  const before = await page.getByTestId('title').innerText();
  for (const [name, said] of cases) {
    await page.getByTestId('open-file').setInputFiles(join(WORD, 'bad', name));
    await page.getByTestId('problem').filter({ hasText: name }).waitFor();
    assert.match(await page.getByTestId('problem').innerText(), said, name);
    assert.equal(await page.getByTestId('title').innerText(), before, name);
  }
});

test('a saved web page opens with its article only, its headings in place, and nothing of it runs', async () => {
  for (const open of ['picker', 'drop', 'link']) {
    requests.length = 0;
    if (open === 'picker') {
      await fresh();
      await page.getByTestId('open-file').setInputFiles(PAGE);
    } else if (open === 'drop') {
      await fresh();
      await page.evaluate((bytes) => {
        const data = new DataTransfer();
        data.items.add(new File([new Uint8Array(bytes)], '通知.html', { type: 'text/html' }));
        const at = document.querySelector('[data-testid=document] p');
        at.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
        at.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
      }, [...readFileSync(PAGE)]);
    } else {
      await page.goto(`${app.server.url}?doc=files/notice.html`);
    }
    await titleIs('州人民政府办公室关于做好冬季安全生产工作的通知');
    assert.deepEqual((await outline()).slice(0, 3), ['一、提高思想认识', '二、强化责任落实', '（一）压实属地责任'], open);
    const text = await page.getByTestId('document').innerText();
    assert.match(text, /为做好今冬明春安全生产工作， 现将有关事项通知如下。/u);
    assert.match(text, /重要性&紧迫性/u);
    for (const around of ['首页', '门户网站', '备案号', '相关文件', '当前位置']) assert.doesNotMatch(text, new RegExp(around, 'u'), `${open}: ${around}`);
    assert.equal(await page.evaluate(() => [document.title.includes('SCRIPT'), document.body.dataset.ran, document.body.dataset.inline].join()), 'false,,', open);
    assert.deepEqual(requests.filter((r) => r.includes('example.gov.cn')), [], `${open}: nothing fetched`);
  }
  // HTML where a link named a file (a host's page for a file it does not have) is still refused.
  await page.goto(`${app.server.url}?doc=files/folder/`);
  await page.getByTestId('problem').waitFor();
  assert.match(await page.getByTestId('problem').innerText(), /HTML/u);
});
