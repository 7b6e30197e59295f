// The one set of flags Chromium runs with, under Playwright (app.mjs) and under chromedriver
// (webdriver.mjs): the Debian Chromium, or `$CHROMIUM`, kept off the network but for the page.
export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

export const CHROMIUM_FLAGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];
