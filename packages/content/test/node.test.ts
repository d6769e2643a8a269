import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { safeParseDocument, validateCollection } from '../src/index.js';
import { type DocumentModel, formatReport, loadContent } from '../src/node.js';

const packageRoot = fileURLToPath(new URL('..', import.meta.url));
const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));

const cliOutput = (args: string[]) =>
  new Promise<string>((resolve) => {
    execFile(process.execPath, [cli, ...args], { cwd: packageRoot }, (_error, stdout) =>
      resolve(stdout),
    );
  });

describe('@iom/content/node', () => {
  it('returns the documents a site build renders, with a report that passes', async () => {
    const { report, documents } = await loadContent(['samples'], packageRoot);
    expect(report.valid).toBe(true);
    expect(documents).toHaveLength(report.documents);
    expect(documents.map((document) => document.id)).toContain(
      'partners-discuss-migrant-healthcare-plan',
    );
  });

  it('leaves out documents that fail, and reports them as the CLI prints them', async () => {
    const { report, documents } = await loadContent(['test/fixtures/broken'], packageRoot);
    expect(report.valid).toBe(false);
    expect(documents.length).toBeLessThan(report.documents);
    expect(formatReport(report).join('\n')).toBe(
      (await cliOutput(['validate', 'test/fixtures/broken'])).trimEnd(),
    );
  });

  it('validates with the model it is given, documents and collection alike', async () => {
    const seen: string[] = [];
    const model: DocumentModel = {
      safeParseDocument: (input) => {
        const result = safeParseDocument(input);
        if (!result.success || result.data.type !== 'article') return result;
        seen.push(result.data.id);
        return {
          success: false,
          errors: [{ path: 'title', message: 'the site wants shorter titles' }],
        };
      },
      validateCollection: (documents, options) => [
        ...validateCollection(documents, options),
        ...documents.map((document, index) => ({
          index,
          id: document.id,
          path: 'id',
          message: 'checked by the site',
        })),
      ],
    };
    const { report, documents } = await loadContent(['samples'], packageRoot, { model });
    expect(seen.length).toBeGreaterThan(0);
    expect(documents.some((document) => document.type === 'article')).toBe(false);
    const messages = report.problems.map((problem) => problem.message);
    expect(messages.filter((message) => message === 'the site wants shorter titles')).toHaveLength(
      seen.length,
    );
    expect(messages.filter((message) => message === 'checked by the site')).toHaveLength(
      documents.length,
    );
  });
});
