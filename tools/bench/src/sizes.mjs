// What each component costs a browser bundle alone, gzipped, React left out: the figures of
// the size budgets (tools/release/src/size.mjs), with the project's targets beside them.
import { measureSizes } from '@iom/release-tools/src/size.mjs';

export async function* sizeBenchmarks() {
  for (const { name, size, target } of await measureSizes()) {
    yield {
      name: `gzip: ${name}`,
      unit: 'kB',
      figure: size / 1000,
      ...(target === undefined ? {} : { target: { figure: target / 1000 } }),
    };
  }
}
