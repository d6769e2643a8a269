import { launchChromium } from '@iom/browser-testing/chromium';
import { startStaticServer } from '@iom/browser-testing/static-server';
import type { Browser, ConsoleMessage, Page, Response } from 'playwright-core';

interface AxeOutcome {
  error?: unknown;
  violations?: {
    id: string;
    impact?: string | null;
    help: string;
    nodes: { target: unknown[] }[];
  }[];
}
/** What the page script below records. */
interface StorybookEvents {
  /** `storyFinished`: the story rendered and its `afterEach` hooks (the a11y addon's axe run) ran. */
  finished?: {
    storyId: string;
    status: string;
    reporters: { type: string; result: AxeOutcome }[];
  };
  docsRendered: boolean;
  problems: string[];
}
declare global {
  interface Window {
    __iomStorybook: StorybookEvents;
  }
}

/**
 * Runs in the page before Storybook: listens on Storybook's channel, as soon as Storybook
 * creates it, for the end of a story's or a docs page's render and for every way it can fail.
 */
function recordStorybookEvents() {
  const events: StorybookEvents = { docsRendered: false, problems: [] };
  window.__iomStorybook = events;
  type Channel = { on: (event: string, listener: (payload: never) => void) => void };
  let current: Channel | undefined;
  Object.defineProperty(globalThis, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => current,
    set(channel: Channel) {
      current = channel;
      channel.on('storyFinished', (payload: NonNullable<StorybookEvents['finished']>) => {
        // Only what the suite reads: axe's whole result (every rule that passed) is large to send.
        events.finished ??= {
          storyId: payload.storyId,
          status: payload.status,
          reporters: payload.reporters.map(({ type, result }) => ({
            type,
            result: {
              error: result?.error === undefined ? undefined : String(result.error),
              violations: result?.violations?.map(({ id, impact, help, nodes }) => ({
                id,
                impact,
                help,
                nodes: nodes.map(({ target }) => ({ target })),
              })),
            },
          })),
        };
      });
      channel.on('docsRendered', () => {
        events.docsRendered = true;
      });
      const report = (kind: string) => (payload: { message?: string; description?: string }) =>
        events.problems.push(
          `${kind}: ${payload.message ?? payload.description ?? String(payload)}`,
        );
      channel.on('storyThrewException', report('story threw'));
      channel.on('storyErrored', report('story errored'));
      channel.on('playFunctionThrewException', report('play function threw'));
      channel.on('storyMissing', () => events.problems.push('story missing from the build'));
    },
  });
}

/**
 * Tells Storybook a test runner drives the page (its own test-runner's user-agent mark), as
 * Storybook's `isTestEnvironment` looks for: a finished story then pauses its CSS animations at
 * their end instead of waiting a fixed 100 ms for them before `afterEach` (axe) runs.
 */
function identifyAsTestRunner() {
  const userAgent = `${navigator.userAgent} StorybookTestRunner`;
  Object.defineProperty(Navigator.prototype, 'userAgent', {
    configurable: true,
    get: () => userAgent,
  });
}

/** The same window size, motion and font on every machine, for comparable screenshots. */
const VIEWPORT = { width: 800, height: 600 };
const STEADY_PAGE_CSS = `
  :root { --iom-font-family-sans: "DejaVu Sans", sans-serif; }
  *, *::before, *::after { animation: none !important; transition: none !important; caret-color: transparent !important; }
`;

/** A built Storybook served on 127.0.0.1, and a Chromium page ready to visit its stories. */
export interface OpenStorybook {
  url: string;
  page: Page;
  close: () => Promise<void>;
}

/** Serves the Storybook built in `directory` and opens a page on it, for one test file. */
export async function openStorybook(directory: string): Promise<OpenStorybook> {
  const [server, browser] = await Promise.all([
    // The build does not change during a run; the browser keeps what it loaded once.
    startStaticServer({ root: directory, cacheControl: 'max-age=3600' }),
    launchChromium(),
  ]);
  return {
    url: server.url,
    page: await openStoryPage(browser),
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

export async function openStoryPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage({
    viewport: VIEWPORT,
    deviceScaleFactor: 1,
    reducedMotion: 'reduce',
  });
  await page.addInitScript(recordStorybookEvents);
  await page.addInitScript(identifyAsTestRunner);
  return page;
}

/** An entry of the built Storybook (a story or a docs page) in one language of the toolbar. */
interface Entry {
  id: string;
  viewMode: 'story' | 'docs';
  locale: string;
}

/** What each page shows after its last complete visit, so the next one can switch in place. */
const shownOn = new WeakMap<Page, Entry>();

const iframeUrl = (baseUrl: string, { id, viewMode, locale }: Entry) =>
  new URL(
    `iframe.html?${new URLSearchParams({ id, viewMode, globals: `locale:${locale}` })}`,
    baseUrl,
  ).href;

/**
 * Puts `entry` on the page the way a designer gets there. With the page already showing Storybook,
 * it asks Storybook's channel, as the manager's sidebar and toolbar do: another entry in the same
 * language is `setCurrentStory` (the previous story is torn down and the new one mounted afresh);
 * the same story in another language is `updateGlobals` (Storybook renders it again, its
 * `beforeEach` and `afterEach` hooks, so axe, included). Anything else (the first visit, a new
 * story and language at once, docs pages) loads the iframe with the entry and the language in
 * its address, as a shared link does. Docs pages always load: their stories keep rendering after
 * `docsRendered`, and Storybook reloads a page whose story is torn down while it renders.
 */
async function show(page: Page, baseUrl: string, entry: Entry): Promise<void> {
  const before = shownOn.get(page);
  // Until this visit completes, the page counts as unknown: a failed visit reloads the next one.
  shownOn.delete(page);
  const inPlace = before?.viewMode === 'story' && entry.viewMode === 'story';
  const sameStory = before?.id === entry.id;
  const sameLanguage = before?.locale === entry.locale;
  const switchEntry = inPlace && sameLanguage && !sameStory;
  const switchLanguage = inPlace && sameStory && !sameLanguage;
  if (switchEntry || switchLanguage) {
    await page.evaluate(
      ({ id, locale, byLanguage }) => {
        const events = window.__iomStorybook;
        events.finished = undefined;
        events.docsRendered = false;
        events.problems = [];
        const channel = (
          globalThis as unknown as {
            __STORYBOOK_ADDONS_CHANNEL__: { emit: (event: string, payload: unknown) => void };
          }
        ).__STORYBOOK_ADDONS_CHANNEL__;
        if (byLanguage) channel.emit('updateGlobals', { globals: { locale } });
        else channel.emit('setCurrentStory', { storyId: id, viewMode: 'story' });
      },
      { ...entry, byLanguage: switchLanguage },
    );
  } else {
    await page.goto(iframeUrl(baseUrl, entry));
  }
  await page.waitForFunction(
    ({ id, viewMode }) =>
      viewMode === 'docs'
        ? window.__iomStorybook.docsRendered
        : window.__iomStorybook.finished?.storyId === id,
    entry,
    { timeout: 60_000 },
  );
}

/**
 * Shows an entry (see `show`), waits until it has rendered, and returns every error seen on the
 * way: render errors, uncaught errors, console errors, failed requests and images that did not
 * load.
 */
async function openEntry(
  page: Page,
  baseUrl: string,
  entry: Entry,
): Promise<{ errors: string[]; events: StorybookEvents }> {
  const errors: string[] = [];
  const onPageError = (error: Error) => errors.push(`uncaught: ${error.message}`);
  const onConsole = (message: ConsoleMessage) => {
    // A failed request is reported below with its address, which the console leaves out.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
      errors.push(`console: ${message.text()}`);
    }
  };
  // Chromium asks every site for a favicon by itself; the story does not.
  const onResponse = (response: Response) => {
    if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) {
      errors.push(`HTTP ${response.status()}: ${response.url()}`);
    }
  };
  page.on('pageerror', onPageError);
  page.on('console', onConsole);
  page.on('response', onResponse);
  try {
    await show(page, baseUrl, entry);
    const outcome = await page.evaluate(async () => {
      const images = [...document.images];
      // Lazy images below the fold would never load in a full-page screenshot.
      for (const image of images) image.loading = 'eager';
      await Promise.all(images.map((image) => image.decode().catch(() => undefined)));
      await document.fonts.ready;
      const errorShown = document.body.classList.contains('sb-show-errordisplay');
      return {
        events: window.__iomStorybook,
        errorDisplay: errorShown
          ? document.getElementById('error-message')?.textContent
          : undefined,
        brokenImages: images.filter((image) => image.naturalWidth === 0).map((image) => image.src),
      };
    });
    errors.push(...outcome.events.problems);
    if (outcome.errorDisplay != null) errors.push(`error shown: ${outcome.errorDisplay}`);
    errors.push(...outcome.brokenImages.map((src) => `image did not load: ${src}`));
    shownOn.set(page, entry);
    return { errors, events: outcome.events };
  } finally {
    page.off('pageerror', onPageError);
    page.off('console', onConsole);
    page.off('response', onResponse);
  }
}

export interface StoryVisit {
  /** Render errors, uncaught errors, console errors and requests or images that failed. */
  errors: string[];
  /** axe violations as the a11y addon found them: rule, impact, help and elements. */
  violations: string[];
  /** The whole page, PNG, when asked for. */
  screenshot: Buffer | undefined;
}

/**
 * Opens one story, waits until Storybook has rendered it and run its `afterEach` hooks (the
 * a11y addon's axe run with the story's own `parameters.a11y`), and reports what went wrong.
 */
export async function visitStory(
  page: Page,
  baseUrl: string,
  storyId: string,
  locale: string,
  screenshot = true,
): Promise<StoryVisit> {
  const { errors, events } = await openEntry(page, baseUrl, {
    id: storyId,
    viewMode: 'story',
    locale,
  });
  const axe = events.finished?.reporters.find((report) => report.type === 'a11y')?.result;
  const violations =
    axe === undefined
      ? // A story that failed to render never reaches the a11y addon; its errors say why.
        errors.length > 0
        ? []
        : ['axe did not run (is parameters.a11y disabled for this story?)']
      : axe.error !== undefined
        ? [`axe failed: ${String(axe.error)}`]
        : (axe.violations ?? []).map(
            ({ id, impact, help, nodes }) =>
              `${id} (${impact}): ${help} — ${nodes.map((node) => node.target.join(' ')).join(', ')}`,
          );
  if (!screenshot) return { errors, violations, screenshot: undefined };
  // Only for the picture: axe judged the story as Storybook shows it, and so does the next visit.
  const steady = await page.addStyleTag({ content: STEADY_PAGE_CSS });
  const image = await page.screenshot({ fullPage: true, animations: 'disabled', caret: 'hide' });
  await steady.evaluate((style) => (style as Element).remove());
  return { errors, violations, screenshot: image };
}

/** Opens a docs page (an introduction or a component's autodocs) and returns its errors. */
export async function visitDocs(
  page: Page,
  baseUrl: string,
  docsId: string,
  locale: string,
): Promise<string[]> {
  const { errors } = await openEntry(page, baseUrl, { id: docsId, viewMode: 'docs', locale });
  return errors;
}
