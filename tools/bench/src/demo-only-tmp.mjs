import { demoBuildBenchmarks } from '/work/wt/h16/tools/bench/src/demo-build.mjs';

for await (const r of demoBuildBenchmarks()) console.log(JSON.stringify(r));
