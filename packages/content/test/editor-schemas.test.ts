import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getLanguageService } from 'yaml-language-server/lib/umd/languageservice/yamlLanguageService.js';

/**
 * What VS Code's YAML extension does with a content file: the `# yaml-language-server: $schema=`
 * line at its top associates it with a JSON Schema that @iom/content ships, and the language
 * server validates the file against it as the editor types.
 */
const languageService = getLanguageService({
  schemaRequestService: (uri: string) => readFile(fileURLToPath(uri), 'utf8'),
  workspaceContext: {
    resolveRelativePath: (relative, resource) => new URL(relative, resource).href,
  },
});
languageService.configure({ validate: true, completion: true });

async function diagnosticsOf(fixture: string) {
  const url = new URL(`fixtures/editor/${fixture}`, import.meta.url);
  const document = TextDocument.create(url.href, 'yaml', 1, await readFile(url, 'utf8'));
  const diagnostics = await languageService.doValidation(document, false);
  return diagnostics.map(({ message, range }) => ({ line: range.start.line + 1, message }));
}

describe('editor support through the shipped JSON Schemas (yaml-language-server)', () => {
  it('finds nothing wrong in a valid event', async () => {
    expect(await diagnosticsOf('event.yaml')).toEqual([]);
  });

  it('marks the misspelt field, the unknown kind and the missing title of a broken event', async () => {
    const diagnostics = await diagnosticsOf('event-broken.yaml');
    // The server's messages are keys of its translations (which a test does not load).
    expect(diagnostics).toEqual([
      { line: 2, message: 'Missing property "title".' },
      { line: 6, message: 'enumWarning' },
      { line: 28, message: 'DisallowedExtraPropWarning' },
    ]);
  });

  it('offers the fields of the schema as completions', async () => {
    const url = new URL('fixtures/editor/event.yaml', import.meta.url);
    const text =
      '# yaml-language-server: $schema=../../../dist/json-schema/event.json\ntype: event\nti';
    const document = TextDocument.create(url.href, 'yaml', 1, text);
    const completion = await languageService.doComplete(document, { line: 2, character: 2 }, false);
    expect(completion.items.map((item) => item.label)).toEqual(
      expect.arrayContaining(['id', 'translations', 'end', 'onlineUrl']),
    );
  });
});
