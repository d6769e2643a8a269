import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeOrganisation, makeProject } from '../src/testing/index.js';

/** The CLI as users get it: the built bin, run in a site's folder that holds its config. */
const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const kit = pathToFileURL(fileURLToPath(new URL('../dist/index.js', import.meta.url))).href;
// The zod the kit itself imports, as a site that installs both would have.
const zod = pathToFileURL(createRequire(import.meta.url).resolve('zod')).href;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(args: string[], cwd: string): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [cli, ...args], { cwd }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
      resolve({ code, stdout, stderr });
    });
  });
}

const siteConfig = `import * as z from '${zod}';
import { createContentModel } from '${kit}';
export default createContentModel({ extend: { project: { primaId: z.string() } } });
`;

let site: string;
beforeAll(async () => {
  site = await mkdtemp(join(tmpdir(), 'iom-content-config-'));
  await writeFile(join(site, 'iom-content.config.mjs'), siteConfig);
  // A second model, where primaId is a number: --config picks it over the folder's default.
  await writeFile(join(site, 'model.js'), siteConfig.replace('z.string()', 'z.number()'));
  await writeFile(join(site, 'package.json'), '{ "type": "module" }');
  await writeFile(join(site, 'broken.config.mjs'), "import { nothing } from './missing.mjs';\n");
  await writeFile(join(site, 'empty.config.mjs'), 'export default 42;\n');
  // The project's implementing participant is this organisation.
  const organisation = makeOrganisation();
  const project = (fields: object) =>
    JSON.stringify([organisation, { ...makeProject(), ...fields }]);
  await writeFile(join(site, 'project.json'), project({ primaId: 'P-1' }));
  await writeFile(join(site, 'wrong.json'), project({ primaID: 'P-1' }));
});
afterAll(async () => {
  await rm(site, { recursive: true, force: true });
});

describe('iom-content with a site config', () => {
  it("validates with the config's fields from the current folder, in text and JSON", async () => {
    expect(await run(['validate', 'project.json'], site)).toMatchObject({ code: 0, stderr: '' });
    const json = await run(['validate', 'wrong.json', '--format', 'json'], site);
    expect(json.code).toBe(1);
    // One problem, not two: the misspelt field explains the missing one, as in the kit.
    expect(JSON.parse(json.stdout).problems).toEqual([
      expect.objectContaining({
        file: 'wrong.json',
        path: '[1].primaID',
        message: "unknown field 'primaID' — did you mean 'primaId'?",
      }),
    ]);
  });

  it('uses --config over the folder default, and the kit without one', async () => {
    const chosen = await run(['validate', 'project.json', '--config', 'model.js'], site);
    expect(chosen.code).toBe(1);
    expect(chosen.stdout).toMatch(/^project\.json:[\d:]*: \[1\]\.primaId .*number/m);
    const other = await mkdtemp(join(tmpdir(), 'iom-content-noconfig-'));
    try {
      await writeFile(
        join(other, 'project.json'),
        JSON.stringify([makeOrganisation(), { ...makeProject(), primaId: 'P-1' }]),
      );
      const kitRun = await run(['validate', 'project.json'], other);
      expect(kitRun.code).toBe(1);
      expect(kitRun.stdout).toMatch(
        /^project\.json:[\d:]*: \[1\]\.primaId .*unknown field 'primaId'/m,
      );
    } finally {
      await rm(other, { recursive: true, force: true });
    }
  });

  it("prints the JSON Schema with the config's fields", async () => {
    const result = await run(['schema', 'project'], site);
    expect(result.code).toBe(0);
    const schema = JSON.parse(result.stdout);
    expect(schema.properties.primaId).toMatchObject({ type: 'string' });
    expect(schema.additionalProperties).toBe(false);
  });

  it('explains a config that fails to load in one line, without a stack trace', async () => {
    for (const [config, message] of [
      ['broken.config.mjs', /^iom-content: cannot load config 'broken.config.mjs': .*missing\.mjs/],
      ['empty.config.mjs', /^iom-content: config 'empty.config.mjs' must export a content model/],
      ['nowhere.mjs', /^iom-content: config file 'nowhere.mjs' does not exist/],
    ] as const) {
      const result = await run(['validate', 'project.json', '--config', config], site);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(message);
      expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    }
  });
});
