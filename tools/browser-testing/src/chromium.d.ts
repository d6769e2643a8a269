import type { Browser } from 'playwright-core';

/** Where Chromium is: `$CHROMIUM_PATH`, else Debian's `/usr/bin/chromium`. */
export declare const CHROMIUM_PATH: string;

/** Headless Chromium with flags for a closed network and repeatable screenshots. */
export declare function launchChromium(): Promise<Browser>;
