#!/usr/bin/env node
// The release rehearsal: versions the packages from a changeset, publishes them with the real
// `pnpm release` (changeset publish) to a Verdaccio registry on 127.0.0.1, then installs them
// from there into fresh consumer projects — Node ESM, Node CJS, TypeScript (node16 and
// bundler resolution), a Next.js App Router app and a Vite React app — exactly as a site
// would: the `@iom` scope from that registry, every other package from npm's. The Node
// consumers run again under each supported Node line (22, 24, 26). Last, a new office site from
// `npm create iom-site`, installed and built under Node 24. Every step is printed; a failure
// names its step and exits 1; whatever it started is stopped, whether it passes, fails or is
// interrupted.
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';
import { UN_LANGUAGES } from '@iom/ui';
import { NODE_LINES, nodeBinary } from './node-runtime.mjs';
import { run, stopAll } from './process.mjs';
import { startRegistry } from './registry.mjs';
import { checkBuiltSite, misspellField, translateMessages } from './starter-site.mjs';

const repository = fileURLToPath(new URL('../../..', import.meta.url));
const consumersFolder = fileURLToPath(new URL('../consumers', import.meta.url));

/** Third-party versions the consumers install (from the public registry). */
const VERSIONS = {
  react: '19.3.1',
  'react-dom': '19.3.1',
  zod: '4.6.7',
  typescript: '5.9.3',
  '@types/react': '19.3.0',
  '@types/react-dom': '19.3.0',
  '@types/node': '20.19.25',
  next: '16.4.6',
  vite: '8.3.8',
  '@vitejs/plugin-react': '6.3.0',
};

const scratch = await mkdtemp(join(tmpdir(), 'iom-release-rehearsal-'));
const workspace = join(scratch, 'repository');
const steps = [];
const step = (name, action) => steps.push({ name, action });

/** Files git would commit: tracked ones and new ones that are not ignored. */
async function copyRepository() {
  const listing = await run(
    'git',
    ['ls-files', '-z', '--cached', '--others', '--exclude-standard'],
    {
      cwd: repository,
    },
  );
  const files = listing.split('\0').filter(Boolean);
  for (const file of files) {
    await mkdir(dirname(join(workspace, file)), { recursive: true });
    await cp(join(repository, file), join(workspace, file)).catch((error) => {
      if (error.code !== 'ENOENT') throw error; // deleted in the working tree but not yet in git
    });
  }
  return `${files.length} files`;
}

async function publishedPackages() {
  const packages = [];
  for (const folder of await readdir(join(workspace, 'packages'))) {
    const manifest = JSON.parse(
      await readFile(join(workspace, 'packages', folder, 'package.json'), 'utf8'),
    );
    if (!manifest.private)
      packages.push({ name: manifest.name, version: manifest.version, folder });
  }
  return packages;
}

const git = (...args) => run('git', args, { cwd: workspace });
/** Commits the whole workspace, as a publisher commits before `pnpm release`. */
const commitAll = async (message) => {
  await git('add', '--all');
  await git(
    '-c',
    'user.name=Rehearsal',
    '-c',
    'user.email=rehearsal@localhost',
    'commit',
    '--quiet',
    '-m',
    message,
  );
};
const pnpm = (args, env) => run('pnpm', args, { cwd: workspace, env });

let registry;
let packages = [];
/** Every package through Verdaccio: publishing, and anything unscoped of ours. */
let registryEnv;
/** A site's setup for a private scope: `@iom` from Verdaccio, everything else from npm's. */
let consumerEnv;

step('Copy the repository to a temporary workspace', copyRepository);

step('Install the workspace (pnpm install --frozen-lockfile)', async () => {
  await pnpm(['install', '--frozen-lockfile', '--prefer-offline'], { ...process.env, CI: 'true' });
  await git('init', '--quiet', '--initial-branch=main');
  await commitAll('Rehearsal base');
});

step('Start Verdaccio on 127.0.0.1 with a throwaway user', async () => {
  registry = await startRegistry(join(scratch, 'registry'));
  const userconfig = join(scratch, 'npmrc');
  const host = registry.url.replace(/^http:/, '');
  await writeFile(userconfig, `registry=${registry.url}\n${host}:_authToken=${registry.token}\n`);
  registryEnv = {
    ...process.env,
    CI: 'true',
    npm_config_registry: registry.url,
    npm_config_userconfig: userconfig,
    NPM_CONFIG_USERCONFIG: userconfig,
    // A cache of its own, as on a fresh machine: nothing installs from an earlier run.
    npm_config_cache: join(scratch, 'npm-cache'),
  };
  // Third-party packages straight from npm's registry: through Verdaccio's uplink every
  // consumer's install waited on Verdaccio fetching and re-parsing React's and Next.js's
  // metadata (minutes on a busy machine).
  const scoped = join(scratch, 'npmrc-scoped');
  await writeFile(scoped, `@iom:registry=${registry.url}\n${host}:_authToken=${registry.token}\n`);
  const { npm_config_registry: _, ...rest } = registryEnv;
  consumerEnv = { ...rest, npm_config_userconfig: scoped, NPM_CONFIG_USERCONFIG: scoped };
  return registry.url;
});

step('Version the packages from a changeset (pnpm version-packages)', async () => {
  const before = await publishedPackages();
  const frontmatter = before.map(({ name }) => `"${name}": patch`).join('\n');
  await writeFile(
    join(workspace, '.changeset', 'release-rehearsal.md'),
    `---\n${frontmatter}\n---\n\nRelease rehearsal.\n`,
  );
  // Versioning needs no registry of ours: the lockfile update resolves from the usual one.
  await pnpm(['run', 'version-packages'], { ...process.env, CI: 'true' });
  packages = await publishedPackages();
  for (const { name, version } of packages) {
    if (before.find((entry) => entry.name === name)?.version === version) {
      throw new Error(`${name} was not versioned (still ${version}).`);
    }
  }
  await commitAll('Version packages');
  return packages.map(({ name, version }) => `${name}@${version}`).join(', ');
});

step('Publish with pnpm release (build, package checks, changeset publish)', async () => {
  await pnpm(['run', 'release'], registryEnv);
  for (const { name, version } of packages) {
    const response = await fetch(`${registry.url}${name.replace('/', '%2f')}`);
    const packument = response.ok ? await response.json() : {};
    if (!packument.versions?.[version])
      throw new Error(`${name}@${version} is not in the registry after publishing.`);
  }
  return `${packages.length} packages in the registry`;
});

/**
 * `npm install` as a site runs it (`consumerEnv`). When it fails, Verdaccio's log goes with
 * npm's: a package missing from our registry shows there, not in npm's "Found: …@undefined".
 */
async function install(folder, env = consumerEnv) {
  try {
    await run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], {
      cwd: folder,
      env,
    });
  } catch (error) {
    const log = registry.child.output.trimEnd().split('\n').slice(-20).join('\n');
    throw new Error(`${error.message}\n\nVerdaccio's log:\n${log || '(empty)'}`);
  }
}

/** Copies a consumer template into a fresh folder, installs its dependencies with npm. */
async function consumer(name, dependencies, extra = {}) {
  const folder = join(scratch, 'consumers', name);
  await cp(join(consumersFolder, name), folder, { recursive: true });
  // The kit's libraries, as a site depends on them; create-iom-site is run, not installed.
  const libraries = packages.filter(({ name: pkg }) => pkg.startsWith('@iom/'));
  const ours = Object.fromEntries(libraries.map(({ name: pkg, version }) => [pkg, version]));
  const manifest = {
    name: `rehearsal-${name}`,
    private: true,
    ...extra,
    dependencies: {
      ...ours,
      ...Object.fromEntries(dependencies.map((dep) => [dep, VERSIONS[dep]])),
    },
  };
  await writeFile(join(folder, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  await install(folder);
  return folder;
}

const runtime = ['react', 'react-dom', 'zod'];

/** The Node consumers' folders, installed once and run again under every supported line. */
const nodeConsumers = {};

step('Node ESM consumer: parse the samples, render NewsCard to HTML', async () => {
  nodeConsumers['check.mjs'] = await consumer('node-esm', runtime, { type: 'module' });
  return (await run('node', ['check.mjs'], { cwd: nodeConsumers['check.mjs'] })).trim();
});

step('Node CJS consumer: the same through require()', async () => {
  nodeConsumers['check.cjs'] = await consumer('node-cjs', runtime);
  return (await run('node', ['check.cjs'], { cwd: nodeConsumers['check.cjs'] })).trim();
});

step(`Node ${Object.keys(NODE_LINES).join(', ')}: the ESM and CJS consumers again`, async () => {
  const results = [];
  for (const line of Object.keys(NODE_LINES)) {
    const node = await nodeBinary(line);
    for (const [script, folder] of Object.entries(nodeConsumers)) {
      await run(node, [script], { cwd: folder });
    }
    results.push(`Node ${NODE_LINES[line]}`);
  }
  return `passed under ${results.join(', ')}`;
});

step('TypeScript consumer: type-checks with node16 and bundler resolution', async () => {
  const folder = await consumer('typescript', [...runtime, 'typescript', '@types/react'], {
    type: 'module',
  });
  const tsc = join(folder, 'node_modules', 'typescript', 'bin', 'tsc');
  await run('node', [tsc, '-p', 'tsconfig.node16.json'], { cwd: folder });
  await run('node', [tsc, '-p', 'tsconfig.bundler.json'], { cwd: folder });
  return 'node16 and bundler: no type errors';
});

step('Next.js App Router consumer: server components, static params, pageMetadata', async () => {
  const folder = await consumer('next-app', [
    ...runtime,
    'next',
    'typescript',
    '@types/react',
    '@types/react-dom',
    '@types/node',
  ]);
  const env = { ...registryEnv, NEXT_TELEMETRY_DISABLED: '1' };
  await run('node', [join(folder, 'node_modules', 'next', 'dist', 'bin', 'next'), 'build'], {
    cwd: folder,
    env,
  });
  const prerendered = (path) => readFile(join(folder, '.next', 'server', 'app', path), 'utf8');
  if (!(await prerendered('en.html')).includes('Partners in Belarus Discuss Three-Year Plan')) {
    throw new Error('The prerendered home page does not contain the NewsCard headline.');
  }
  // The README's recipe: a page per article from generateStaticParams, each with the <head>
  // pageMetadata gives it (canonical, hreflang alternates) and <html> in its language.
  const id = 'partners-discuss-migrant-healthcare-plan';
  const base = 'https://belarus.iom.int';
  const arabic = await prerendered(`ar/news/${id}-ar.html`);
  for (const expected of [
    '<html lang="ar" dir="rtl">',
    `<link rel="canonical" href="${base}/ar/news/${id}-ar/"/>`,
    `<link rel="alternate" hrefLang="en" href="${base}/en/news/${id}/"/>`,
    `<link rel="alternate" hrefLang="x-default" href="${base}/en/news/${id}/"/>`,
    '<script type="application/ld+json">',
  ]) {
    if (!arabic.includes(expected)) throw new Error(`The Arabic article page lacks ${expected}`);
  }
  for (const page of ['app/[lang]/page.tsx', 'app/[lang]/news/[id]/page.tsx']) {
    if (/^\s*['"]use client['"]/m.test(await readFile(join(folder, page), 'utf8'))) {
      throw new Error(`${page} must not need 'use client'.`);
    }
  }
  return 'next build prerendered the home pages and the article in en, ru and ar, with their metadata';
});

step('Vite React consumer: vite build', async () => {
  const folder = await consumer('vite-app', [...runtime, 'vite', '@vitejs/plugin-react'], {
    type: 'module',
  });
  await run('node', [join(folder, 'node_modules', 'vite', 'bin', 'vite.js'), 'build'], {
    cwd: folder,
  });
  const assets = await readdir(join(folder, 'dist', 'assets'));
  const css = assets.find((file) => file.endsWith('.css'));
  if (
    css === undefined ||
    !(await readFile(join(folder, 'dist', 'assets', css), 'utf8')).includes('@layer iom')
  ) {
    throw new Error('The Vite build holds no CSS from @iom/ui/styles.css.');
  }
  return `built ${assets.length} assets`;
});

step(
  'npm create iom-site under Node 24: install, build, check the pages, break a file',
  async () => {
    const node = await nodeBinary('24');
    const env = {
      ...registryEnv,
      PATH: `${dirname(node)}:${process.env.PATH ?? ''}`,
      ASTRO_TELEMETRY_DISABLED: '1',
    };
    const parent = join(scratch, 'starter');
    await mkdir(parent, { recursive: true });
    // As in CI: npm's own --yes (install the starter without asking), then the starter's flags;
    // its input is not a terminal, so it asks nothing. The six UN languages and Ukrainian, which
    // the kit ships no words for.
    const languages = [...UN_LANGUAGES, 'uk'];
    const flags = ['--name', 'IOM Ukraine', '--languages', languages.join(',')];
    await run('npm', ['create', '--yes', 'iom-site@latest', 'my-site', '--', ...flags], {
      cwd: parent,
      env,
    });
    const site = join(parent, 'my-site');
    await install(site, env);
    await translateMessages(site);
    await run('npm', ['run', 'build'], { cwd: site, env });
    const pages = await checkBuiltSite(site, languages);

    // The build must stop on an editor's typo, naming the file, the line and what is wrong.
    const expected = await misspellField(site);
    const broken = await run('npm', ['run', 'build'], { cwd: site, env }).then(
      () => {
        throw new Error('The build passed with a misspelt field in content/article.en.md.');
      },
      (error) => stripVTControlCharacters(error.message),
    );
    if (!broken.includes(expected)) {
      throw new Error(`The failed build does not say "${expected}":\n${broken}`);
    }
    return `${pages} pages in ${languages.length} languages, JSON-LD the only script; the misspelt field failed the build at its line`;
  },
);

let failed = false;
const interrupted = (signal) => {
  console.error(`\n✖ Interrupted by ${signal}; stopping what the rehearsal started.`);
  stopAll().finally(() => process.exit(130));
};
process.once('SIGINT', interrupted);
process.once('SIGTERM', interrupted);

console.log(`Release rehearsal in ${scratch}`);
try {
  for (const [index, { name, action }] of steps.entries()) {
    const label = `[${index + 1}/${steps.length}] ${name}`;
    console.log(`▶ ${label}`);
    const started = Date.now();
    try {
      const detail = await action();
      console.log(
        `✔ ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)${detail ? ` — ${detail}` : ''}`,
      );
    } catch (error) {
      failed = true;
      console.error(
        `✖ Step failed: ${name}\n${error instanceof Error ? error.message : String(error)}`,
      );
      break;
    }
  }
} finally {
  await stopAll();
  if (registry) console.log('■ Verdaccio stopped');
  if (!failed || process.env.CI) await rm(scratch, { recursive: true, force: true });
  else console.log(`(kept ${scratch} for a look at the failure)`);
}
console.log(failed ? '✖ Release rehearsal failed' : '✔ Release rehearsal passed');
process.exitCode = failed ? 1 : 0;
