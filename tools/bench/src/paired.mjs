// Paired measurement: a figure and its baseline timed alternately (A B B A) in one process, so
// both see the same machine load; the ratio of each pair is what is reported.

/** Milliseconds one call of `work` takes, repeated until at least `minimumMs` have passed. */
export function timeOf(work, minimumMs = 200) {
  let calls = 0;
  const start = performance.now();
  let elapsed = 0;
  do {
    work();
    calls++;
    elapsed = performance.now() - start;
  } while (elapsed < minimumMs);
  return elapsed / calls;
}

const summary = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    min: sorted[0],
    median: sorted[Math.floor((sorted.length - 1) / 2)],
    max: sorted.at(-1),
  };
};

/**
 * Times `figure` against `baseline` in `rounds` rounds of A B B A (A the baseline), after a
 * warm-up of both. Returns the median time of each and min/median/max of the per-round ratio
 * figure / baseline.
 */
export function paired({ figure, baseline, rounds = 5, minimumMs = 200, warmUp = 2 }) {
  for (let i = 0; i < warmUp; i++) {
    baseline();
    figure();
  }
  const figures = [];
  const baselines = [];
  const ratios = [];
  for (let round = 0; round < rounds; round++) {
    const a1 = timeOf(baseline, minimumMs);
    const b1 = timeOf(figure, minimumMs);
    const b2 = timeOf(figure, minimumMs);
    const a2 = timeOf(baseline, minimumMs);
    figures.push((b1 + b2) / 2);
    baselines.push((a1 + a2) / 2);
    ratios.push((b1 + b2) / (a1 + a2));
  }
  return {
    figure: summary(figures).median,
    baseline: summary(baselines).median,
    ratio: summary(ratios),
  };
}
