import { describe, expect, it } from 'vitest';
import { migrateDocument } from './migrate.js';
import { safeParseDocument } from './parse.js';
import { sampleCollection } from './samples.js';
import { makeOrganisation } from './testing/index.js';

describe('migrateDocument', () => {
  it('leaves the 0.x samples as they are: they are still valid', () => {
    for (const document of sampleCollection) {
      const { document: migrated, changes } = migrateDocument(document);
      expect(changes).toEqual([]);
      expect(migrated).toEqual(document);
      expect(safeParseDocument(migrated).success).toBe(true);
    }
  });

  it("renames a 0.x link's url to href, says so, and leaves the input alone", () => {
    const old = {
      ...makeOrganisation(),
      links: [
        { url: 'https://www.iom.int', label: 'IOM' },
        { href: '/en/about', label: 'About' },
      ],
    };
    expect(safeParseDocument(old).success).toBe(false);
    const { document, changes } = migrateDocument(old);
    expect(changes).toEqual([{ path: 'links[0]', message: "'url' renamed to 'href'" }]);
    expect((document as typeof old).links[0]).toEqual({
      href: 'https://www.iom.int',
      label: 'IOM',
    });
    expect(old.links[0]).toHaveProperty('url');
    expect(safeParseDocument(document).success).toBe(true);
  });
});
