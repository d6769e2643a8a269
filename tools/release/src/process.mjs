import { spawn } from 'node:child_process';

/** Children still running, so a failed or interrupted rehearsal can stop every one of them. */
const running = new Set();

/**
 * Spawns a command in its own process group (so stopping it stops its children too), keeps
 * the tail of its output in `child.output`, and tracks it until it exits.
 */
function spawnTracked(command, args, { cwd, env }) {
  const child = spawn(command, args, {
    cwd,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  running.add(child);
  child.output = '';
  const collect = (chunk) => {
    child.output += chunk;
    if (child.output.length > 2_000_000) child.output = child.output.slice(-1_000_000);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  child.on('close', () => running.delete(child));
  child.on('error', () => running.delete(child));
  return child;
}

/**
 * Runs a command and resolves with its output; rejects with the command line and the tail of
 * its output when it fails or outlives `timeoutMs`, so the failing step explains itself. The
 * default only catches a stuck command: `pnpm release` or `next build` on a machine busy with
 * other work takes several minutes.
 */
export function run(command, args, { cwd, env = process.env, timeoutMs = 30 * 60_000 } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawnTracked(command, args, { cwd, env });
    const timer = setTimeout(() => {
      child.output += `\n(timed out after ${timeoutMs / 1000} s)`;
      stopProcess(child);
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`${command} ${args.join(' ')} could not start: ${error.message}`));
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) return resolve(child.output);
      const tail = child.output.trimEnd().split('\n').slice(-40).join('\n');
      reject(
        new Error(
          `${command} ${args.join(' ')} (in ${cwd ?? process.cwd()}) failed with ${signal ?? `exit code ${code}`}:\n${tail}`,
        ),
      );
    });
  });
}

/** Starts a long-running command (a server) and returns it; `stopAll` ends it. */
export function start(command, args, { cwd, env = process.env } = {}) {
  return spawnTracked(command, args, { cwd, env });
}

/** Ends a child and everything it started (it leads its own process group). */
export function stopProcess(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    // Already gone.
  }
}

/** Stops every child still running and waits (up to 5 s each) until they are gone. */
export async function stopAll() {
  const children = [...running];
  await Promise.all(
    children.map(
      (child) =>
        new Promise((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          const force = setTimeout(() => {
            try {
              process.kill(-child.pid, 'SIGKILL');
            } catch {
              // Already gone.
            }
            resolve();
          }, 5000);
          child.once('close', () => {
            clearTimeout(force);
            resolve();
          });
          stopProcess(child);
        }),
    ),
  );
}
