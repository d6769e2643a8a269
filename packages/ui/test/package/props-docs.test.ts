import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const declarations = await readFile(
  fileURLToPath(new URL('../../dist/index.d.ts', import.meta.url)),
  'utf8',
);
const source = ts.createSourceFile('index.d.ts', declarations, ts.ScriptTarget.Latest, true);
const propsInterfaces = source.statements.filter(
  (statement): statement is ts.InterfaceDeclaration =>
    ts.isInterfaceDeclaration(statement) && statement.name.text.endsWith('Props'),
);

describe('the published props', () => {
  it('include every component', () => {
    expect(propsInterfaces.map((declaration) => declaration.name.text).sort()).toEqual(
      expect.arrayContaining([
        'ArticleBodyProps',
        'EventCardProps',
        'NewsCardProps',
        'PartnerListProps',
        'ProjectSummaryProps',
        'QuoteProps',
      ]),
    );
  });

  it.each(propsInterfaces.map((declaration) => [declaration.name.text, declaration] as const))(
    '%s: every prop has a one-line JSDoc saying its default',
    (_, declaration) => {
      const undocumented = declaration.members.flatMap((member) => {
        const name = member.name?.getText(source) ?? '?';
        const docs = ts
          .getLeadingCommentRanges(declarations, member.pos)
          ?.map((range) => declarations.slice(range.pos, range.end));
        const doc = docs?.at(-1);
        const oneLine = doc !== undefined && /^\/\*\*[^\n]*\*\/$/.test(doc);
        return oneLine && /Default: |Required\./.test(doc) ? [] : [`${name}: ${doc ?? '(none)'}`];
      });
      expect(undocumented).toEqual([]);
    },
  );
});
