import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { validateCollection } from './collection.js';
import { safeParseDocument } from './parse.js';
import { publicPageSamples, sampleCollection } from './samples.js';
import { DOCUMENT_TYPES } from './schemas/primitives.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

/** The YAML code blocks of the README section headed `heading`, up to the next heading. */
function yamlBlocksUnder(heading: string): string[] {
  const start = readme.indexOf(`\n${heading}\n`);
  if (start === -1) throw new Error(`The README has no section '${heading}'.`);
  const end = readme.slice(start + heading.length + 2).search(/\n#{1,3} /);
  const section = readme.slice(start, end === -1 ? undefined : start + heading.length + 2 + end);
  return Array.from(section.matchAll(/```yaml\n([\s\S]*?)```/g), ([, block]) => block as string);
}

describe("the README's examples", () => {
  const examples = yamlBlocksUnder('### One example per document type').map((block) =>
    parse(block),
  );

  it('give one example of each document type', () => {
    expect(examples.map((example) => example.type)).toEqual([...DOCUMENT_TYPES]);
  });

  it.each(examples.map((example) => [example.type as string, example]))(
    'the %s example is valid',
    (_, example) => {
      const result = safeParseDocument(example);
      expect(result.errors).toBeUndefined();
      expect(result.success).toBe(true);
    },
  );

  it('refer to documents that exist: each other, or the samples they are taken from', () => {
    const ids = new Set(examples.map((example) => example.id));
    const samples = [...sampleCollection, ...publicPageSamples.collection].filter(
      (sample) => !ids.has(sample.id),
    );
    expect(validateCollection(examples, { knownDocuments: samples })).toEqual([]);
  });
});
