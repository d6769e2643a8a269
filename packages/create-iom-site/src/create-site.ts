import { cp, mkdir, readdir, rename, writeFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { messages as englishMessages } from '@iom/ui/messages/en';
import { type SiteOptions, UN_LANGUAGES, UsageError } from './options.js';

/** The versions a new site installs: the kit's own release and what it was tested with. */
declare const __SITE_DEPENDENCIES__: Record<string, string>;

/** The id of the office's organisation in the samples: the one the home page's JSON-LD describes. */
const SAMPLE_ORGANISATION = 'iom-belarus';

/** The package's folder: `template/` and `dist/samples/` (the kit's samples, copied at build). */
const packageFolder = fileURLToPath(new URL('..', import.meta.url));

export interface CreatedSite {
  folder: string;
  /** The site's languages that the kit ships no words for, each with its messages file. */
  newLanguages: { lang: string; file: string }[];
}

/** Writes a new site into `options.folder`, which must not exist or be empty. */
export async function createSite(options: SiteOptions, cwd = process.cwd()): Promise<CreatedSite> {
  const folder = resolve(cwd, options.folder);
  await mustBeEmpty(folder, options.folder);
  await mkdir(folder, { recursive: true });
  await cp(join(packageFolder, 'template'), folder, { recursive: true });
  // npm leaves `.gitignore` out of a package, so the template holds it without the dot.
  await rename(join(folder, 'gitignore'), join(folder, '.gitignore'));
  await cp(join(packageFolder, 'dist', 'samples'), join(folder, 'content'), { recursive: true });

  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  await writeFile(join(folder, 'package.json'), json(manifest(packageName(folder))));
  await writeFile(join(folder, 'tsconfig.json'), json(TSCONFIG));
  await writeFile(
    join(folder, 'src', 'site.json'),
    json({
      name: options.name,
      url: options.url,
      organisation: SAMPLE_ORGANISATION,
      languages: options.languages,
    }),
  );
  const newLanguages = [];
  for (const lang of options.languages) {
    if ((UN_LANGUAGES as readonly string[]).includes(lang.split('-')[0] ?? lang)) continue;
    const file = join('src', 'messages', `${lang}.json`);
    await mkdir(join(folder, 'src', 'messages'), { recursive: true });
    await writeFile(join(folder, file), json(englishMessages));
    newLanguages.push({ lang, file });
  }
  await writeFile(join(folder, 'README.md'), readme(options, newLanguages));
  return { folder, newLanguages };
}

async function mustBeEmpty(folder: string, shown: string) {
  let entries: string[];
  try {
    entries = await readdir(folder);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return;
    if (code === 'ENOTDIR') throw new UsageError(`'${shown}' is a file; name a new folder`);
    throw new UsageError(`'${shown}' cannot be read (${code ?? 'unknown error'})`);
  }
  if (entries.length > 0) {
    throw new UsageError(
      `the folder '${shown}' already exists and is not empty; name a new folder`,
    );
  }
}

/** An npm package name from the folder's: `IOM Ukraine site` → `iom-ukraine-site`. */
function packageName(folder: string): string {
  const name = basename(folder)
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[-._]+|-+$/g, '');
  return name === '' ? 'iom-site' : name;
}

/** Astro's strict settings; the views in src/views are React components rendered at build time. */
const TSCONFIG = {
  extends: 'astro/tsconfigs/strict',
  include: ['.astro/types.d.ts', '**/*'],
  exclude: ['dist'],
  compilerOptions: { jsx: 'react-jsx', jsxImportSource: 'react' },
};

function manifest(name: string) {
  return {
    name,
    private: true,
    type: 'module',
    scripts: {
      dev: 'astro dev',
      build: 'astro build',
      preview: 'astro preview',
      check: 'iom-content validate content',
    },
    engines: { node: '>=22.12' },
    dependencies: __SITE_DEPENDENCIES__,
  };
}

function readme(options: SiteOptions, newLanguages: CreatedSite['newLanguages']): string {
  const translate = newLanguages.map(
    ({ lang, file }) =>
      `- \`${file}\`: the kit has no words in \`${lang}\`; this file holds them in English. Translate each string in place.\n`,
  );
  return `# ${options.name}

The website of ${options.name}, built with [Astro](https://astro.build) and the IOM Web Kit
(\`@iom/astro\`, \`@iom/content\`, \`@iom/ui\`), in ${options.languages.join(', ')}. Needs Node.js 22.12 or later.

\`\`\`sh
npm install
npm run build
\`\`\`

writes the site to \`dist/\` as static HTML: a home page per language under \`/<language>/\`,
and a page for every article, event and project. The build validates every file in \`content/\`
first and stops on any problem, naming the file, line and field.

## Content

\`content/\` holds the IOM Belarus samples (articles as Markdown, the event, project and
organisations as JSON): replace them with the office's own. \`npm run check\` validates the
content without building (\`iom-content validate content\`; add \`--watch\` to re-check on every
save). \`npm run dev\` serves the site at http://localhost:4321 and re-validates on save.

## Settings

- \`src/site.json\`: the office's name, the site's address (\`url\`), the id of the office's
  organisation document (\`organisation\`) and the languages, in the language switcher's order.
${translate.join('')}- \`src/views/\`: the pages, composed from \`@iom/ui\`'s page templates; \`src/pages/\`: the routes.
`;
}
