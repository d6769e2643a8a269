import { defineConfig } from 'tsup';
import { buildStyles } from './scripts/build-styles.js';

export default defineConfig({
  // `index` is what browsers get (English built in), `server` the same with every language
  // registered, each `messages/*` registers one language (or all) for a browser bundle, and
  // `messages/en` only exports the built-in English, for translating into a new language.
  entry: {
    index: 'src/index.ts',
    server: 'src/server.ts',
    ...Object.fromEntries(
      ['en', 'fr', 'es', 'ar', 'ru', 'zh', 'all'].map((language) => [
        `messages/${language}`,
        `src/messages/${language}.ts`,
      ]),
    ),
  },
  format: ['esm', 'cjs'],
  // Each entry stands alone. Shared chunks would carry the language modules' registrations,
  // and a bundler honouring `sideEffects` would drop a chunk it thinks has none. The one
  // registry lives on `globalThis`, so copies of it in several entries still share it.
  splitting: false,
  dts: true,
  clean: true,
  target: 'es2022',
  treeshake: true,
  external: ['react', '@iom/content', '@iom/tokens'],
  // Arabic, Russian and Chinese strings stay readable in dist instead of \u escapes.
  esbuildOptions: (options) => {
    options.charset = 'utf8';
  },
  onSuccess: () => buildStyles(process.cwd()),
});
