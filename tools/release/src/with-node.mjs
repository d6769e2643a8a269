#!/usr/bin/env node
// Runs a command with an exact Node.js line first on PATH, so scripts and tools that start
// `node` (vitest's own bin included) run under it:
//   node tools/release/src/with-node.mjs 24 pnpm --filter @iom/content test
import { spawn } from 'node:child_process';
import { dirname } from 'node:path';
import { nodeBinary } from './node-runtime.mjs';

const [line, command, ...args] = process.argv.slice(2);
if (line === undefined || command === undefined) {
  console.error('usage: with-node <22|24|26> <command> [arguments…]');
  process.exit(2);
}

let binary;
try {
  binary = await nodeBinary(line);
} catch (error) {
  console.error(`✖ ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
}
const env = { ...process.env, PATH: `${dirname(binary)}:${process.env.PATH ?? ''}` };
console.log(`› Node ${line} (${binary}): ${command} ${args.join(' ')}`);
const child = spawn(command, args, { stdio: 'inherit', env });
child.on('error', (error) => {
  console.error(`✖ ${command} could not start: ${error.message}`);
  process.exit(2);
});
child.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
