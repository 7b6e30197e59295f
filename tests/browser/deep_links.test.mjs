// Links into the document: a key point's anchor unfolds its section and scrolls to it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openApp } from './support/app.mjs';
import { openMenu } from './support/page.mjs';

let app;
before(async () => { app = await openApp({ height: 600 }); });
after(async () => { await app?.close(); });

const keyPoint = (page) => page.locator('.key-point', { hasText: '要全力推进监督工作' });
const inView = (locator) => locator.evaluate((e) => { const r = e.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; });

test('a link to the key point 要全力推进监督工作 unfolds section 二 and scrolls to it', async () => {
  const { page } = app;
  const id = await keyPoint(page).getAttribute('id');
  assert.match(id, /^s2-k\d+$/u);
  await openMenu(page);
  await page.getByTestId('collapse-all').click();
  await page.evaluate(() => scrollTo(0, 0));
  await page.evaluate((id) => { location.hash = id; }, id);
  await page.waitForFunction(() => document.querySelectorAll('details.section')[1].open);
  await page.waitForFunction((id) => { const r = document.getElementById(id).getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; }, id);
  assert.equal(await page.locator('details.section').first().evaluate((d) => d.open), false, 'other sections stay folded');
});

test('opening the page with that link does the same', async () => {
  const { page } = app;
  const id = await keyPoint(page).getAttribute('id');
  await openMenu(page);
  await page.getByTestId('collapse-all').click(); // remembered: the page reopens folded
  await page.goto('about:blank');
  await page.goto(`${app.url}#${id}`);
  await page.locator('[data-testid=section]').first().waitFor();
  await page.waitForFunction(() => document.querySelectorAll('details.section')[1].open);
  await page.waitForFunction((id) => { const r = document.getElementById(id).getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; }, id);
  assert.equal(await inView(keyPoint(page)), true);
});

test('every paragraph has an anchor: a link to one unfolds its section and scrolls it into view', async () => {
  const { page } = app;
  const paragraph = page.locator('p.passage', { hasText: '习近平总书记关于建设“四个机关”' });
  const id = await paragraph.getAttribute('id');
  assert.ok(id, 'the paragraph has an id');
  await openMenu(page);
  await page.getByTestId('collapse-all').click();
  await page.evaluate(() => scrollTo(0, 0));
  await page.evaluate((id) => { location.hash = id; }, id);
  await page.waitForFunction(() => document.querySelectorAll('details.section')[2].open);
  // A paragraph longer than the window: its middle is in view.
  await page.waitForFunction((id) => { const r = document.getElementById(id).getBoundingClientRect(); return r.top < innerHeight && r.bottom > 0; }, id);
  assert.equal(await page.evaluate(() => document.querySelector(':target')?.textContent.slice(0, 8)), '习近平总书记关于');
  assert.equal(await page.locator('details.section').first().evaluate((d) => d.open), false, 'other sections stay folded');
});

test('back and forward move between the places linked to', async () => {
  const { page } = app;
  await page.evaluate(() => { location.hash = 's3'; });
  await page.waitForFunction(() => document.querySelector(':target')?.id === 's3');
  await page.evaluate(() => { location.hash = 's1'; });
  await page.waitForFunction(() => document.querySelector(':target')?.id === 's1');
  await page.goBack();
  await page.waitForFunction(() => document.querySelector(':target')?.id === 's3');
  await page.waitForFunction(() => { const r = document.getElementById('s3').getBoundingClientRect(); return r.top >= -2 && r.top < innerHeight / 2; });
  await page.goForward();
  await page.waitForFunction(() => document.querySelector(':target')?.id === 's1');
});

test('the copy-link button of a heading puts the link to its section on the clipboard, and the link opens there', async () => {
  const { page } = app;
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(app.url).origin });
  await openMenu(page);
  await page.getByTestId('expand-all').click();
  const section = page.locator('details.section#s2');
  await section.locator('> summary').hover();
  const button = section.locator('> .section-body > [data-testid=copy-link]');
  await button.click();
  await button.filter({ hasText: '已复制' }).waitFor();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(link, `${app.url}#s2`);
  const box = await button.boundingBox();
  assert.ok(box.height >= 44 && box.width >= 44, `44 px to touch (${box.width}×${box.height})`);
  // Opened afresh, the link lands on the section.
  await page.goto('about:blank');
  await page.goto(link);
  await page.waitForFunction(() => { const r = document.getElementById('s2')?.getBoundingClientRect(); return r && r.top >= -2 && r.top < 200; });
});
