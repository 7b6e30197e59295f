// The speaker view's audience window (观众屏), in Chromium (Playwright opens and follows a second
// window): opened from the speaker's bar, it shows the heading and key points of the section
// the speaker is in, and follows them through a BroadcastChannel, with no server; and neither
// window reports an error or breaks the page's policy.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openApp } from './support/app.mjs';

let app;
before(async () => { app = await openApp({ width: 1024, height: 768 }); });
after(async () => { await app?.close(); });

test('the audience window follows the speaker from section to section', async () => {
  const { page } = app;
  await page.keyboard.press('s');
  await page.locator('.speaker-current').waitFor();
  const [audience] = await Promise.all([page.context().waitForEvent('page'), page.getByTestId('speaker-audience').click()]);
  const errors = [];
  audience.on('pageerror', (e) => errors.push(String(e)));
  const heading = audience.getByTestId('audience-heading');
  await heading.waitFor();
  const sectionOf = () => page.evaluate(() => document.querySelector('.speaker-current')?.closest('details.section')?.id ?? null);
  const headingOf = (id) => page.evaluate((id) => document.querySelector(`#${id} > summary .heading`).textContent, id);
  for (const section of ['s1', 's2']) {
    for (let i = 0; i < 40 && (await sectionOf()) !== section; i++) {
      await page.keyboard.press('ArrowDown');
      await page.waitForTimeout(150);
    }
    assert.equal(await sectionOf(), section);
    const expected = await headingOf(section);
    await audience.waitForFunction((text) => document.querySelector('[data-testid=audience-heading]').textContent === text, expected);
  }
  const points = await audience.locator('.audience li').allTextContents();
  const ownPoints = await page.evaluate(() => [...document.querySelectorAll('#s2 > .section-body > p .key-point')].map((k) => k.textContent));
  assert.ok(ownPoints.length > 0, 'section 二 has key points');
  assert.deepEqual(points, ownPoints, 'the key points of section 二');
  assert.deepEqual(errors, []);
  await audience.close();
  await page.keyboard.press('Escape');
  assert.deepEqual(app.errors, []);
});
