import { execFile } from 'node:child_process';
import { cp, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { makeArticle } from '@iom/content/testing';
const run = promisify(execFile);
const demo = '/work/wt/h14b/apps/demo/';
for (const count of [1000, 5000]) {
  const folder = await mkdtemp(join(tmpdir(), `h14b-bench-${count}-`));
  await cp(join(demo, 'content'), folder, { recursive: true });
  const articles = Array.from({ length: count }, (_, index) => makeArticle({ author: 'iom-belarus', publisher: 'iom-belarus', relatedProjects: ['migration-health-capacities'], relatedEvents: ['migrant-healthcare-roundtable'] }, { seed: index + 1 }));
  for (let s = 0; s < count; s += 1000) await writeFile(join(folder, `g-${s}.json`), JSON.stringify(articles.slice(s, s + 1000)));
  const out = await mkdtemp(join(tmpdir(), 'h14b-bench-site-'));
  const { stdout } = await run(process.execPath, [join(demo, 'scripts/build.mjs'), '--content', folder, '--out', out], { cwd: demo, maxBuffer: 64 * 1024 * 1024 });
  console.log(count, stdout.split('\n').filter((l) => l.includes('pages written')).join(''));
}
