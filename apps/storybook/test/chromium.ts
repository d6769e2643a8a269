import { type Browser, chromium } from 'playwright-core';

/**
 * Debian's Chromium (`apt-get install -y chromium`): tools cannot download Playwright's own
 * browsers here. `CHROMIUM_PATH` points elsewhere when a machine keeps it somewhere else.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Same pixels on every machine: no subpixel hinting, one colour profile, no scrollbars.
  '--font-render-hinting=none',
  '--force-color-profile=srgb',
  '--hide-scrollbars',
];

export const launchChromium = (): Promise<Browser> =>
  chromium.launch({ executablePath: CHROMIUM_PATH, args: FLAGS });
