import { build } from 'esbuild';

/**
 * Every file a bundler pulls in for a browser that imports `entry` (an absolute path to a built
 * file): what the package tests walk to prove an entry ships without zod.
 */
export async function bundledInputs(entry, { format, external = [] }) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    metafile: true,
    format,
    platform: 'browser',
    external,
    logLevel: 'silent',
  });
  return Object.keys(result.metafile.inputs);
}

/** The inputs that are zod's own files (an empty list is what a zod-free entry shows). */
export const zodFiles = (inputs) => inputs.filter((input) => /[\\/]zod[\\/]/.test(input));
