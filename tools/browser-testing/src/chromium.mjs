// Debian's Chromium (`apt-get install -y chromium`) through playwright-core: test tools cannot
// download Playwright's own browsers here. CHROMIUM_PATH points elsewhere when a machine keeps
// it somewhere else.
import { chromium } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  // The machine's network is closed: without these Chromium keeps knocking on Google's hosts.
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Same pixels on every machine, for screenshot comparisons: no subpixel hinting, one colour
  // profile, no scrollbars.
  '--font-render-hinting=none',
  '--force-color-profile=srgb',
  '--hide-scrollbars',
];

export function launchChromium() {
  // A launch takes a second or two; on a machine busy with other work, far longer.
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: FLAGS, timeout: 120_000 });
}
