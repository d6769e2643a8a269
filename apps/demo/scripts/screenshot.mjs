#!/usr/bin/env node
// Takes the README's screenshot of the built home page: `pnpm --filter demo screenshot`.
import { fileURLToPath } from 'node:url';
import { launchChromium } from '@iom/browser-testing/chromium';
import { startStaticServer } from '@iom/browser-testing/static-server';

const root = fileURLToPath(new URL('../dist/', import.meta.url));
const file = fileURLToPath(new URL('../docs/home.png', import.meta.url));

const server = await startStaticServer({ root });
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(new URL('en/', server.url).href, { waitUntil: 'load' });
  await page.screenshot({ path: file, fullPage: true });
  console.log(`✔ ${file}`);
} finally {
  await browser.close();
  await server.close();
}
