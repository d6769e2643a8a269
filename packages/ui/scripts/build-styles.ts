import { readdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/**
 * `@iom/ui/styles.css`: the tokens, the shared rules, then each component's stylesheet (kept
 * beside its component), concatenated in a fixed order so a rebuild gives the same bytes.
 */
export async function buildStyles(packageDirectory: string): Promise<void> {
  const require = createRequire(join(packageDirectory, 'package.json'));
  const cssIn = async (directory: string) =>
    (await readdir(join(packageDirectory, directory), { recursive: true }))
      .filter((file) => file.endsWith('.css'))
      .sort()
      .map((file) => ({
        name: `${directory}/${file}`,
        file: join(packageDirectory, directory, file),
      }));
  const shared = await cssIn('src/shared');
  const components = (await cssIn('src')).filter((sheet) => !sheet.name.startsWith('src/shared/'));
  const sheets = [
    { name: '@iom/tokens/tokens.css', file: require.resolve('@iom/tokens/tokens.css') },
    ...shared,
    ...components,
  ];
  const parts = await Promise.all(
    sheets.map(
      async ({ name, file }) => `/* ${name} */\n${(await readFile(file, 'utf8')).trim()}\n`,
    ),
  );
  await writeFile(join(packageDirectory, 'dist', 'styles.css'), parts.join('\n'));
}
