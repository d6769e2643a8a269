import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const exec = promisify(execFile);

/** What users need from a published package; anything else in the tarball is a mistake. */
const ALLOWED = [
  /^package\.json$/,
  /^README\.md$/,
  /^LICENSE$/,
  /^CHANGELOG\.md$/,
  /^dist\/.+\.(?:js|cjs|mjs|d\.ts|d\.cts|d\.mts|css|json|map)$/,
  // create-iom-site: the files it copies into a new site, and the kit's samples as its content.
  /^template\/.+/,
  /^dist\/samples\/[^/]+\.(?:md|json)$/,
];

/** Files that must never ship even under dist/: tests, stories, fixtures, configs. */
const FORBIDDEN = [
  /\.(?:test|spec|stories)\.[cm]?[jt]sx?$/,
  /(?:^|\/)(?:fixtures|__tests__|test|tests)\//,
  /(?:^|\/)(?:tsconfig[^/]*\.json|tsup\.config\.[cm]?[jt]s|vitest\.config\.[cm]?[jt]s|biome\.json)$/,
];

/**
 * The problems with a list of packed files: files users do not need, and source maps that
 * point at sources the tarball does not hold. `readMap(file)` returns a map's JSON text.
 */
export async function tarballProblems(files, readMap) {
  const problems = [];
  const present = new Set(files);
  for (const file of files) {
    if (
      FORBIDDEN.some((pattern) => pattern.test(file)) ||
      !ALLOWED.some((pattern) => pattern.test(file))
    ) {
      problems.push(`${file}: not something users need; leave it out of "files"`);
    }
    if (file.endsWith('.map')) {
      const map = JSON.parse(await readMap(file));
      for (const source of map.sources ?? []) {
        const target = posix.normalize(
          posix.join(posix.dirname(file), map.sourceRoot ?? '', source),
        );
        if (!present.has(target))
          problems.push(`${file}: maps to ${source}, which is not in the package`);
      }
    }
  }
  return problems;
}

/** Packs a package folder with pnpm (as publishing does) and lists the files inside. */
export async function packPackage(folder) {
  const destination = await mkdtemp(join(tmpdir(), 'iom-pack-'));
  try {
    await exec('pnpm', ['pack', '--pack-destination', destination], { cwd: folder });
    const [tarball] = (await readdir(destination)).filter((file) => file.endsWith('.tgz'));
    const path = join(destination, tarball);
    const { stdout } = await exec('tar', ['-tzf', path]);
    const files = stdout
      .split('\n')
      .filter(Boolean)
      .map((entry) => entry.replace(/^package\//, ''))
      .sort();
    await exec('tar', ['-xzf', path, '-C', destination]);
    const readMap = (file) => readFile(join(destination, 'package', file), 'utf8');
    return { files, problems: await tarballProblems(files, readMap), tarball };
  } finally {
    await rm(destination, { recursive: true, force: true });
  }
}

/** The published (non-private) packages of the workspace. */
export async function publishedPackageFolders(root) {
  const folders = [];
  for (const name of await readdir(join(root, 'packages'))) {
    const folder = join(root, 'packages', name);
    const manifest = JSON.parse(await readFile(join(folder, 'package.json'), 'utf8'));
    if (!manifest.private) folders.push({ name: manifest.name, folder });
  }
  return folders;
}

export const repositoryRoot = fileURLToPath(new URL('../../..', import.meta.url));
