import { access } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { JsonSchemaName } from '../json-schema/generate.js';
import type { DocumentModel } from './validate.js';

/** The files the CLI looks for in the current folder, in this order, when `--config` is not given. */
export const CONFIG_FILES = ['iom-content.config.js', 'iom-content.config.mjs'] as const;

/** A site's model as its config file exports it; `toJsonSchema` comes with `createContentModel`. */
export type ConfiguredModel = DocumentModel & {
  toJsonSchema?: (name: JsonSchemaName) => unknown;
};

export type LoadedConfig =
  | { model: ConfiguredModel | undefined; error?: undefined }
  | { model?: undefined; error: string };

const exists = (file: string) =>
  access(file).then(
    () => true,
    () => false,
  );

const isModel = (value: unknown): value is ConfiguredModel =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as DocumentModel).safeParseDocument === 'function' &&
  typeof (value as DocumentModel).validateCollection === 'function';

/** The first line of what went wrong: editors run the CLI, a stack trace would bury it. */
const firstLine = (error: unknown) =>
  (error instanceof Error ? error.message : String(error)).split('\n')[0];

/**
 * The model of `--config`, or of the config file in `cwd`; no model when there is no file.
 * Never throws: a file that cannot be loaded, or exports no model, is a one-line error.
 */
export async function loadConfig(cwd: string, configPath?: string): Promise<LoadedConfig> {
  let file: string | undefined;
  if (configPath !== undefined) {
    file = resolve(cwd, configPath);
    if (!(await exists(file))) return { error: `config file '${configPath}' does not exist` };
  } else {
    for (const name of CONFIG_FILES) {
      if (await exists(resolve(cwd, name))) {
        file = resolve(cwd, name);
        break;
      }
    }
    if (file === undefined) return { model: undefined };
  }
  const shown = configPath ?? file;
  let exported: unknown;
  try {
    exported = ((await import(pathToFileURL(file).href)) as { default?: unknown }).default;
  } catch (error) {
    return { error: `cannot load config '${shown}': ${firstLine(error)}` };
  }
  if (!isModel(exported)) {
    return {
      error: `config '${shown}' must export a content model as its default export: export default createContentModel({ extend: … })`,
    };
  }
  return { model: exported };
}
