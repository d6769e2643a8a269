// The demo site's build with 1,000 and 10,000 generated articles: what a page costs (render and
// write, per page) and the build's peak memory. Each build is its own process, alternated
// A B B A so both sizes see the same machine load.
import { execFile } from 'node:child_process';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { makeArticle } from '@iom/content/testing';

const run = promisify(execFile);
const demo = fileURLToPath(new URL('../../../apps/demo/', import.meta.url));

/** The demo's own content plus `count` English articles about its project and event. */
async function contentWith(count) {
  const folder = await mkdtemp(join(tmpdir(), `iom-bench-${count}-`));
  await cp(join(demo, 'content'), folder, { recursive: true });
  const articles = Array.from({ length: count }, (_, index) =>
    makeArticle(
      {
        author: 'iom-belarus',
        publisher: 'iom-belarus',
        relatedProjects: ['migration-health-capacities'],
        relatedEvents: ['migrant-healthcare-roundtable'],
      },
      { seed: index + 1 },
    ),
  );
  // A thousand to a file: the CLI reads no content file over 10 MB.
  for (let start = 0; start < count; start += 1_000) {
    const file = join(folder, `generated-articles-${start / 1_000 + 1}.json`);
    await writeFile(file, JSON.stringify(articles.slice(start, start + 1_000)));
  }
  return folder;
}

const PAGES = /✔ (\d+) pages written .* \(([\d.]+) ms a page\), peak memory (\d+) MB/;

/** Builds the demo from `content` into a scratch folder; per-page ms and peak MB. */
async function build(content) {
  const out = await mkdtemp(join(tmpdir(), 'iom-bench-site-'));
  try {
    const { stdout } = await run(
      process.execPath,
      [join(demo, 'scripts/build.mjs'), '--content', content, '--out', out],
      { cwd: demo, maxBuffer: 16 * 1024 * 1024 },
    );
    const match = PAGES.exec(stdout);
    if (match === null) throw new Error(`the demo build printed no page figures:\n${stdout}`);
    return { pages: Number(match[1]), msPerPage: Number(match[2]), peakMB: Number(match[3]) };
  } finally {
    await rm(out, { recursive: true, force: true });
  }
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];

export async function* demoBuildBenchmarks({ rounds = 1 } = {}) {
  const small = await contentWith(1_000);
  const large = await contentWith(10_000);
  try {
    const smalls = [];
    const larges = [];
    const ratios = [];
    for (let round = 0; round < rounds; round++) {
      const a1 = await build(small);
      const b1 = await build(large);
      const b2 = await build(large);
      const a2 = await build(small);
      smalls.push(a1, a2);
      larges.push(b1, b2);
      ratios.push((b1.msPerPage + b2.msPerPage) / (a1.msPerPage + a2.msPerPage));
    }
    const sorted = [...ratios].sort((a, b) => a - b);
    yield {
      name: `demo build, a page at ${larges[0].pages} pages vs ${smalls[0].pages}`,
      unit: 'ms a page',
      target: { ratio: 1.15 },
      figure: median(larges.map((build) => build.msPerPage)),
      baseline: median(smalls.map((build) => build.msPerPage)),
      ratio: { min: sorted[0], median: median(ratios), max: sorted.at(-1) },
    };
    yield {
      name: 'demo build, peak memory at 10,000 articles',
      unit: 'MB',
      target: { figure: 1000 },
      figure: Math.max(...larges.map((build) => build.peakMB)),
      baseline: Math.max(...smalls.map((build) => build.peakMB)),
    };
  } finally {
    await rm(small, { recursive: true, force: true });
    await rm(large, { recursive: true, force: true });
  }
}
