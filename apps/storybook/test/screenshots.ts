import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

const appDirectory = fileURLToPath(new URL('..', import.meta.url));

/** Committed baselines, one PNG per story and language. */
export const BASELINE_DIRECTORY = join(appDirectory, 'screenshots');
/** Git-ignored: the actual, expected and diff images of every comparison that failed. */
export const RESULTS_DIRECTORY = join(appDirectory, 'test-results', 'screenshots');
/** `pnpm --filter @iom/storybook test:update-screenshots` sets it to write new baselines. */
export const UPDATING = process.env.UPDATE_SCREENSHOTS === '1';

/**
 * How much may change before a screenshot counts as different. pixelmatch skips anti-aliased
 * edges and colour shifts under `THRESHOLD`; of the pixels left, a handful may differ. Changing
 * one character of 12 px text changes 8 to 22 pixels ('Minsk' → 'Minsl': 8, '2024' → '2023':
 * 22), so a changed word or date fails; a dot turned into a comma (1 pixel) would not.
 */
const THRESHOLD = 0.1;
const MAX_CHANGED_PIXELS = 4;

const UPDATE_COMMAND = 'pnpm --filter @iom/storybook test:update-screenshots';

export const baselinePath = (name: string) => join(BASELINE_DIRECTORY, `${name}.png`);

export async function clearResults(): Promise<void> {
  await rm(RESULTS_DIRECTORY, { recursive: true, force: true });
}

async function keepForReview(name: string, images: Record<string, Buffer>): Promise<string> {
  await mkdir(RESULTS_DIRECTORY, { recursive: true });
  const written = await Promise.all(
    Object.entries(images).map(async ([kind, png]) => {
      const file = join(RESULTS_DIRECTORY, `${name}.${kind}.png`);
      await writeFile(file, png);
      return file;
    }),
  );
  return written.join('\n  ');
}

/**
 * Compares a screenshot with its baseline. Returns undefined when it matches (or, when
 * updating, once the new baseline is written), otherwise what differs and where the actual,
 * expected and diff images were written.
 */
export async function compareWithBaseline(
  name: string,
  actual: Buffer,
): Promise<string | undefined> {
  const baseline = baselinePath(name);
  if (!existsSync(baseline)) {
    if (UPDATING) return void (await writeFile(baseline, actual));
    const files = await keepForReview(name, { actual });
    return `no baseline ${baseline}; review the actual image and run \`${UPDATE_COMMAND}\`:\n  ${files}`;
  }
  const expectedPng = await readFile(baseline);
  // Chromium encodes the same pixels to the same bytes: most comparisons end here.
  if (expectedPng.equals(actual)) return undefined;
  const expected = PNG.sync.read(expectedPng);
  const shot = PNG.sync.read(actual);
  let problem: string;
  let images: Record<string, Buffer>;
  if (expected.width !== shot.width || expected.height !== shot.height) {
    problem = `size changed from ${expected.width}×${expected.height} to ${shot.width}×${shot.height}`;
    images = { actual, expected: expectedPng };
  } else {
    const diff = new PNG({ width: shot.width, height: shot.height });
    const changed = pixelmatch(expected.data, shot.data, diff.data, shot.width, shot.height, {
      threshold: THRESHOLD,
    });
    if (changed <= MAX_CHANGED_PIXELS) return undefined;
    problem = `${changed} pixels changed (${((100 * changed) / (shot.width * shot.height)).toFixed(3)} %)`;
    images = { actual, expected: expectedPng, diff: PNG.sync.write(diff) };
  }
  if (UPDATING) return void (await writeFile(baseline, actual));
  const files = await keepForReview(name, images);
  return `${problem}; if the change is intended, run \`${UPDATE_COMMAND}\`. Images:\n  ${files}`;
}

/** Baselines whose story no longer exists (deleted when updating, reported otherwise). */
export async function orphanBaselines(expectedNames: ReadonlySet<string>): Promise<string[]> {
  const files = existsSync(BASELINE_DIRECTORY) ? await readdir(BASELINE_DIRECTORY) : [];
  const orphans = files.filter(
    (file) => file.endsWith('.png') && !expectedNames.has(file.slice(0, -'.png'.length)),
  );
  if (UPDATING) {
    await Promise.all(orphans.map((file) => rm(join(BASELINE_DIRECTORY, file))));
    return [];
  }
  return orphans;
}
