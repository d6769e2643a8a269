import { ask, withDefaults } from './ask.js';
import { createSite } from './create-site.js';
import { parseCommandLine, USAGE, UsageError } from './options.js';

/** Runs the starter with `args` (without `node` and the script) and returns the exit code. */
export async function main(
  args: readonly string[],
  io: {
    stdin: NodeJS.ReadableStream & { isTTY?: boolean };
    stdout: NodeJS.WritableStream;
    stderr: NodeJS.WritableStream;
    cwd: string;
  },
): Promise<number> {
  try {
    const given = parseCommandLine(args);
    if (given.help) {
      io.stdout.write(`${USAGE}\n`);
      return 0;
    }
    // Questions only for a person at a terminal; a script or CI gets the defaults.
    const options =
      given.yes || io.stdin.isTTY !== true
        ? withDefaults(given)
        : await ask(given, io.stdin, io.stdout);
    const site = await createSite(options, io.cwd);
    const lines = [
      `Created the site of ${options.name} in ${options.folder} (languages: ${options.languages.join(', ')}).`,
      ...site.newLanguages.map(
        ({ lang, file }) =>
          `  ${lang}: not one of the six UN languages; translate ${file} (it holds the English words).`,
      ),
      '',
      'Next:',
      `  cd ${/\s/.test(options.folder) ? `"${options.folder}"` : options.folder}`,
      '  npm install',
      '  npm run build',
    ];
    const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
    if (major < 22 || (major === 22 && minor < 12)) {
      lines.push(
        '',
        `Astro needs Node.js 22.12 or later to build the site; this is Node ${process.versions.node}.`,
      );
    }
    io.stdout.write(`${lines.join('\n')}\n`);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(
        `create-iom-site: ${error.message}\n\nRun create-iom-site --help for the options.\n`,
      );
      return 2;
    }
    // Anything else (a full disk, no permission) in one line, never a stack trace.
    const { code, message } = error as NodeJS.ErrnoException;
    io.stderr.write(`create-iom-site: the site could not be written: ${code ?? message}\n`);
    return 1;
  }
}
