import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, expectTypeOf, it } from 'vitest';
import * as z from 'zod';
import { type DocumentModel, loadContent } from './cli/validate.js';
import { contentJsonSchema } from './json-schema/generate.js';
import { createContentModel, type ModelDocument } from './model.js';
import { parseDocument, safeParseDocument } from './parse.js';
import { makeArticle, makeOrganisation, makeProject } from './testing/index.js';

const model = createContentModel({ extend: { project: { primaId: z.string() } } });

describe('createContentModel', () => {
  it('accepts a declared site field and types it', () => {
    const result = model.safeParseDocument({ ...makeProject(), primaId: 'P-1234' });
    expect(result.success).toBe(true);
    if (!result.success || result.data.type !== 'project') throw new Error('expected a project');
    expect(result.data.primaId).toBe('P-1234');
    expectTypeOf(result.data.primaId).toEqualTypeOf<string>();
    expectTypeOf<z.output<typeof model.ProjectSchema>['primaId']>().toEqualTypeOf<string>();
    expectTypeOf(model.parseDocument)
      .returns.extract<{ type: 'project' }>()
      .toHaveProperty('primaId');
    // Other types did not gain it.
    expectTypeOf(model.parseDocument)
      .returns.extract<{ type: 'article' }>()
      .not.toHaveProperty('primaId');
  });

  it('reports a wrong site field in the kit words', () => {
    const result = model.safeParseDocument({ ...makeProject(), primaId: 42 });
    expect(result.success).toBe(false);
    expect(result.errors).toEqual([
      expect.objectContaining({ path: 'primaId', message: expect.stringMatching(/text/i) }),
    ]);
  });

  it('keeps undeclared fields errors, suggesting the site field', () => {
    const result = model.safeParseDocument({ ...makeProject(), primaID: 'P-1234' });
    expect(result.success).toBe(false);
    expect(result.errors?.map((error) => error.message)).toEqual([
      "unknown field 'primaID' — did you mean 'primaId'?",
    ]);
    // Only projects gained the field.
    expect(model.safeParseDocument({ ...makeArticle(), primaId: 'P-1' }).success).toBe(false);
  });

  it('gives the same messages and warnings as the package root', () => {
    const broken = { ...makeProject(), status: 'finished', participants: [], titel: 'x' };
    const kit = safeParseDocument(broken);
    const site = model.safeParseDocument({ ...broken, primaId: 'P-1' });
    expect(site.errors).toEqual(kit.errors);
    expect(site.errors?.length).toBeGreaterThan(1);
    const longHeadline = makeArticle({ headline: 'A headline '.repeat(12) });
    expect(model.safeParseDocument(longHeadline).warnings).toEqual(
      safeParseDocument(longHeadline).warnings,
    );
    expect(model.safeParseDocument(longHeadline).warnings.length).toBeGreaterThan(0);
    expect(() => model.parseDocument({ ...broken, primaId: 'P-1' })).toThrow(
      (() => {
        try {
          parseDocument(broken);
        } catch (error) {
          return (error as Error).message;
        }
        return 'parseDocument did not throw';
      })(),
    );
  });

  it('keeps the kit rules on an extended type', () => {
    const project = makeProject();
    const noImplementer = {
      ...project,
      participants: project.participants.map((participant) => ({
        ...participant,
        role: 'funding',
      })),
    };
    const kitErrors = safeParseDocument(noImplementer).errors;
    expect(kitErrors?.map((error) => error.path)).toEqual(['participants']);
    expect(model.safeParseDocument({ ...noImplementer, primaId: 'P-1' }).errors).toEqual(kitErrors);
  });

  it('checks collections of its documents', () => {
    const project = { ...makeProject(), primaId: 'P-1' };
    const parsed = model.parseDocument(project);
    const duplicates = model
      .validateCollection([parsed, parsed])
      .filter((error) => error.path === 'id');
    expect(duplicates.map((error) => error.index)).toEqual([1]);
  });

  it('writes the site field into JSON Schema, with the kit rules', () => {
    const schema = model.toJsonSchema('project');
    expect(schema.properties?.primaId).toMatchObject({ type: 'string', title: 'Prima id' });
    expect(schema.additionalProperties).toBe(false);
    const kit = contentJsonSchema('project');
    const { primaId: _primaId, ...kitProperties } = schema.properties ?? {};
    expect(kitProperties).toEqual(kit.properties);
    expect(schema.$defs).toEqual(kit.$defs);
    const any = model.toJsonSchema('document') as {
      $defs: Record<string, z.core.JSONSchema.JSONSchema>;
    };
    expect(any.$defs.Project?.properties?.primaId).toBeDefined();
  });

  it('refuses to redefine a kit field or extend an unknown type', () => {
    expect(() => createContentModel({ extend: { project: { title: z.number() } } })).toThrow(
      "'title' is already a project field",
    );
    expect(() => createContentModel({ extend: { report: { x: z.string() } } as never })).toThrow(
      "'report' is not a document type",
    );
  });
});

describe('a model in loadContent', () => {
  it('is a DocumentModel, so site builds validate with its fields', async () => {
    expectTypeOf(model).toExtend<
      DocumentModel<ModelDocument<{ project: { primaId: z.ZodString } }>>
    >();
    const folder = await mkdtemp(join(tmpdir(), 'iom-content-model-'));
    try {
      const documents = [makeOrganisation(), { ...makeProject(), primaId: 'P-1' }];
      await writeFile(join(folder, 'site.json'), JSON.stringify(documents));
      const { report, documents: loaded } = await loadContent(['site.json'], folder, { model });
      expect(report.problems).toEqual([]);
      const project = loaded.find((document) => document.type === 'project');
      expect(project?.type === 'project' && project.primaId).toBe('P-1');
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});
