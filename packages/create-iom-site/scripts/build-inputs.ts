// What the starter takes from the rest of the kit when it is built, so nothing is written twice:
// the versions a new site installs, and the IOM Belarus samples it starts with.
import { cp, mkdir, readFile, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const packages = fileURLToPath(new URL('../..', import.meta.url));
const manifest = async (folder: string) =>
  JSON.parse(await readFile(`${packages}/${folder}/package.json`, 'utf8'));

/**
 * The new site's dependencies: the kit at the versions being released alongside the starter,
 * and Astro, React and zod at the versions @iom/astro is tested with.
 */
export async function siteDependencies(): Promise<Record<string, string>> {
  const astro = await manifest('astro');
  const dependencies: Record<string, string> = {};
  for (const folder of ['astro', 'content', 'ui']) {
    const { name, version } = await manifest(folder);
    dependencies[name] = `^${version}`;
  }
  for (const name of ['astro', 'react', 'react-dom', 'zod']) {
    dependencies[name] = astro.devDependencies[name];
  }
  return Object.fromEntries(Object.entries(dependencies).sort(([a], [b]) => a.localeCompare(b)));
}

/**
 * @iom/content's samples as a site's content folder: the articles as Markdown (its
 * markdown-samples) beside the event, project and organisations as JSON; the public-page
 * samples of other offices stay out.
 */
export async function copySamples(target: string): Promise<void> {
  await rm(target, { recursive: true, force: true });
  await mkdir(target, { recursive: true });
  await cp(`${packages}/content/markdown-samples`, target, { recursive: true });
  for (const file of ['organisations.json', 'project.json', 'event.json']) {
    await cp(`${packages}/content/samples/${file}`, `${target}/${file}`);
  }
}
