#!/usr/bin/env node
// `pnpm bench`: runs every benchmark and prints one table. Each timed figure is measured with
// its baseline in the same run, alternated A B B A (see paired.mjs); the ratio is figure /
// baseline, given as min / median / max over the rounds. Targets are the project's (GUIDE.md).
// A benchmark prints figures; it fails nothing. BENCH_DEMO_ROUNDS sets the demo build's rounds.
import { demoBuildBenchmarks } from './demo-build.mjs';
import { renderBenchmarks } from './render.mjs';
import { sizeBenchmarks } from './sizes.mjs';
import { validationBenchmarks } from './validation.mjs';

const suites = [
  validationBenchmarks,
  renderBenchmarks,
  () => demoBuildBenchmarks({ rounds: Number(process.env.BENCH_DEMO_ROUNDS ?? 1) }),
  sizeBenchmarks,
];

const number = (value) =>
  value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2);

/** A row of the table: every figure scaled to its unit, the ratio and the target. */
function row({ name, unit, scale = 1, figure, baseline, ratio, target }) {
  const within =
    target === undefined
      ? ''
      : target.ratio !== undefined
        ? ratio.median <= target.ratio
        : figure <= target.figure;
  return [
    name,
    `${number(figure * scale)} ${unit}`,
    baseline === undefined ? '' : `${number(baseline * scale)} ${unit}`,
    ratio === undefined
      ? ''
      : `${ratio.min.toFixed(2)} / **${ratio.median.toFixed(2)}** / ${ratio.max.toFixed(2)}`,
    target === undefined
      ? ''
      : target.ratio !== undefined
        ? `≤ ${target.ratio.toFixed(2)}×`
        : `≤ ${number(target.figure)} ${unit}`,
    within === '' ? '' : within ? '✔' : '✖',
  ];
}

const rows = [];
for (const suite of suites) {
  for await (const result of suite()) {
    const cells = row(result);
    rows.push(cells);
    console.error(`  ${cells.filter(Boolean).join('  ')}`);
  }
}

const header = ['Benchmark', 'Figure', 'Baseline', 'Ratio min / median / max', 'Target', ''];
const lines = [header, header.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`);
console.log(`\n${lines.join('\n')}\n`);
console.log(
  `Node ${process.version}, ${new Date().toISOString().slice(0, 10)}. Ratios: figure / baseline of each A B B A round.`,
);
