#!/usr/bin/env node
import { EXIT_USAGE, main } from './cli/main.js';

const output = {
  out: (text: string) => process.stdout.write(`${text}\n`),
  err: (text: string) => process.stderr.write(`${text}\n`),
};

// Ctrl+C ends `validate --watch` cleanly, with the exit code of the last validation; any other
// run keeps Node's default (stop at once).
const stop = new AbortController();
const args = process.argv.slice(2);
if (args.some((arg) => arg === '--watch' || arg === '-w')) {
  process.once('SIGINT', () => stop.abort());
  process.once('SIGTERM', () => stop.abort());
}

main(args, output, stop.signal).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // Editors run this, not developers: a stack trace would bury the one line that matters.
    output.err(
      `iom-content: unexpected error: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exitCode = EXIT_USAGE;
  },
);
