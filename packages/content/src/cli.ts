#!/usr/bin/env node
import { EXIT_USAGE, main } from './cli/main.js';

const output = {
  out: (text: string) => process.stdout.write(`${text}\n`),
  err: (text: string) => process.stderr.write(`${text}\n`),
};

main(process.argv.slice(2), output).then(
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
