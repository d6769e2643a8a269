import { describe, expect, it } from 'vitest';
import {
  packPackage,
  publishedPackageFolders,
  repositoryRoot,
  tarballProblems,
} from '../src/tarball.mjs';

const noMaps = () => Promise.reject(new Error('no maps expected'));

describe('the tarball check', () => {
  it('accepts what users need', async () => {
    const files = [
      'package.json',
      'README.md',
      'LICENSE',
      'CHANGELOG.md',
      'dist/index.js',
      'dist/index.d.cts',
      'dist/styles.css',
      'dist/json-schema/article.json',
    ];
    expect(await tarballProblems(files, noMaps)).toEqual([]);
  });

  it('catches sources, tests, stories, fixtures and configs', async () => {
    const files = [
      'src/index.ts',
      'dist/news-card.test.js',
      'dist/news-card.stories.js',
      'test/fixtures/broken/article.json',
      'tsconfig.json',
      'tsup.config.ts',
    ];
    expect(await tarballProblems(files, noMaps)).toHaveLength(files.length);
  });

  it('catches source maps that point at sources the package does not ship', async () => {
    const map = JSON.stringify({ version: 3, sources: ['../src/index.ts'], mappings: '' });
    expect(await tarballProblems(['dist/index.js', 'dist/index.js.map'], async () => map)).toEqual([
      'dist/index.js.map: maps to ../src/index.ts, which is not in the package',
    ]);
  });
});

describe('every published package', async () => {
  const packages = await publishedPackageFolders(repositoryRoot);

  it('is found', () => {
    expect(packages.map(({ name }) => name)).toContain('@iom/content');
  });

  it.each(packages)('$name packs only what users need', async ({ name, folder }) => {
    const { files, problems } = await packPackage(folder);
    console.log(`${name}: ${files.length} files\n  ${files.join('\n  ')}`);
    expect(problems).toEqual([]);
    expect(files).toContain('package.json');
    expect(files).toContain('README.md');
    expect(files).toContain('LICENSE');
    expect(files.some((file) => file.startsWith('dist/'))).toBe(true);
  });
});
