// The README's pictures of the page: the sample speech on a desktop and on a phone, light and
// dark, from the release build in dist/ (`make build` first). `node scripts/screenshots.mjs`
import { serve, launchChromium } from '../tests/browser/support/app.mjs';

const SHOTS = [
  ['desktop', { width: 1366, height: 768 }],
  ['phone', { width: 390, height: 844, isMobile: true, hasTouch: true, deviceScaleFactor: 1 }],
];
const server = await serve();
const browser = await launchChromium();
for (const [name, { width, height, ...device }] of SHOTS) {
  for (const colorScheme of ['light', 'dark']) {
    const page = await browser.newPage({ viewport: { width, height }, colorScheme, ...device });
    await page.goto(server.url);
    await page.locator('[data-testid=section]').first().waitFor();
    await page.waitForFunction(() => !document.documentElement.classList.contains('taking-over'));
    const path = new URL(`../public/screenshot-${name}-${colorScheme}.png`, import.meta.url).pathname;
    await page.screenshot({ path });
    console.log(path);
    await page.close();
  }
}
await browser.close();
await server.close();
