import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { contentJsonSchemas } from './generate.js';

/**
 * Writes `<name>.json` for every JSON Schema file into `directory`. Run by the build (see
 * tsup.config.ts), so the files ship in `dist/json-schema/` and turbo caches them with `dist/**`.
 */
export async function emitJsonSchemas(directory: string, version: string): Promise<string[]> {
  await mkdir(directory, { recursive: true });
  const files = Object.entries(contentJsonSchemas(version)).map(async ([name, schema]) => {
    const path = join(directory, `${name}.json`);
    await writeFile(path, `${JSON.stringify(schema, null, 2)}\n`);
    return path;
  });
  return Promise.all(files);
}
