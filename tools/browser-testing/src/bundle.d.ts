/**
 * Every file a bundler pulls in for a browser that imports `entry` (an absolute path to a built
 * file): what the package tests walk to prove an entry ships without zod.
 */
export declare function bundledInputs(
  entry: string,
  options: { format: 'esm' | 'cjs'; external?: readonly string[] },
): Promise<string[]>;

/** The inputs that are zod's own files (an empty list is what a zod-free entry shows). */
export declare function zodFiles(inputs: readonly string[]): string[];
