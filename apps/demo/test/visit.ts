import type { Browser, BrowserContext, Page } from 'playwright-core';

export interface Visit {
  page: Page;
  status: number | undefined;
  /** Console errors, uncaught exceptions and failed requests (status 400 and above). */
  errors: string[];
}

/** Opens `route` in a new tab and records everything that went wrong while it loaded. */
export async function visit(
  browserOrContext: Browser | BrowserContext,
  baseUrl: string,
  route: string,
): Promise<Visit> {
  const page = await browserOrContext.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`exception: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`${response.status()} ${response.url()}`);
  });
  const response = await page.goto(new URL(route, baseUrl).href, { waitUntil: 'load' });
  return { page, status: response?.status(), errors };
}
