import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import packageJson from '../../package.json' with { type: 'json' };
import { COLLECTION_RULES } from '../collection.js';
import {
  assertPatternsPortable,
  contentJsonSchemas,
  fieldTitle,
  JSON_SCHEMA_FILES,
  type JsonSchemaName,
  jsonSchemaId,
  rulesNotInJsonSchema,
  walkValueSchemas,
} from './generate.js';

type JsonSchema = z.core.JSONSchema.JSONSchema;

const schemas = contentJsonSchemas(packageJson.version);
const names = Object.keys(JSON_SCHEMA_FILES) as JsonSchemaName[];

/** The schema a `$ref: '#/$defs/Name'` points at, or the node itself. */
const target = (root: JsonSchema, node: JsonSchema): JsonSchema =>
  node.$ref?.startsWith('#/$defs/') ? (root.$defs?.[node.$ref.slice(8)] ?? node) : node;

describe('the JSON Schema files', () => {
  it.each(names)('%s.json is draft 2020-12 with an $id, a title and a description', (name) => {
    const schema = schemas[name];
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe(jsonSchemaId(name, packageJson.version));
    expect(schema.title).toBe(JSON_SCHEMA_FILES[name].title);
    expect(schema.description).toMatch(/\S/);
  });

  it.each(names)('%s.json gives every field a title and a description', (name) => {
    const root = schemas[name];
    const undescribed: string[] = [];
    walkValueSchemas(root, (node) => {
      for (const [field, property] of Object.entries(node.properties ?? {})) {
        if (typeof property !== 'object') continue;
        const described = property.description ?? target(root, property).description;
        if (property.title === undefined || described === undefined) undescribed.push(field);
      }
    });
    expect(undescribed).toEqual([]);
  });

  it.each(names)('%s.json names, in its description, every rule it cannot check', (name) => {
    const rules = rulesNotInJsonSchema(name);
    expect(rules).toEqual(expect.arrayContaining([...COLLECTION_RULES]));
    for (const rule of rules) expect(schemas[name].description).toContain(rule);
  });

  it('describe what editors write: the document union has every type, closed to unknown fields', () => {
    const union = schemas.document;
    expect(union.oneOf?.map((option) => option.$ref)).toEqual([
      '#/$defs/Organisation',
      '#/$defs/Project',
      '#/$defs/Event',
      '#/$defs/Article',
    ]);
    for (const type of ['Organisation', 'Project', 'Event', 'Article']) {
      expect(union.$defs?.[type]?.additionalProperties).toBe(false);
    }
  });

  it('list country and currency codes, so a CMS can offer them as choices', () => {
    expect(schemas.article.$defs?.CountryCode?.enum).toContain('BY');
    expect(schemas.project.$defs?.CurrencyCode?.enum).toContain('BYN');
  });

  it('are what the build wrote to dist, reachable as @iom/content/json-schema/<name>.json', () => {
    const require = createRequire(import.meta.url);
    for (const name of names) {
      const path = require.resolve(`@iom/content/json-schema/${name}.json`);
      expect(path).toMatch(new RegExp(`dist[\\\\/]json-schema[\\\\/]${name}\\.json$`));
      expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual(schemas[name]);
    }
  });
});

describe('the generator', () => {
  it('titles fields the way a CMS form labels them', () => {
    expect(fieldTitle('plannedStart')).toBe('Planned start');
    expect(fieldTitle('recipientCountries')).toBe('Recipient countries');
    expect(fieldTitle('iatiIdentifier')).toBe('IATI identifier');
    expect(fieldTitle('sdgs')).toBe('SDGs');
  });

  it('refuses a regex with flags, which JSON Schema would silently drop', () => {
    expect(() => assertPatternsPortable(z.string().regex(/^https:/i))).toThrow(/flags/);
    expect(() => assertPatternsPortable(z.string().regex(/^https:/))).not.toThrow();
  });
});

describe('the README', () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

  it('lists every rule JSON Schema cannot check', () => {
    for (const rule of rulesNotInJsonSchema('document')) {
      expect(readme).toContain(rule);
    }
  });
});
