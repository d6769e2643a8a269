import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../src/node.js';

const packageRoot = fileURLToPath(new URL('..', import.meta.url));
const OTHER_SAMPLES = ['samples/organisations.json', 'samples/project.json', 'samples/event.json'];

let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'iom-content-markdown-'));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe('Markdown content files', () => {
  it('the Markdown samples give the same documents as the JSON samples', async () => {
    const fromJson = await loadContent(
      [
        ...OTHER_SAMPLES,
        'samples/article.ar.json',
        'samples/article.en.json',
        'samples/article.ru.json',
      ],
      packageRoot,
    );
    const fromMarkdown = await loadContent([...OTHER_SAMPLES, 'markdown-samples'], packageRoot);
    expect(fromJson.report.valid).toBe(true);
    expect(fromMarkdown.report.problems).toEqual([]);
    expect(fromMarkdown.documents).toHaveLength(15);
    expect(fromMarkdown.documents).toEqual(fromJson.documents);
  });

  it('reads an organisation’s Markdown as its plain-text description', async () => {
    const file = join(scratch, 'iom.md');
    await writeFile(
      file,
      '---\ntype: organisation\nid: iom\nlang: en\nname: International Organization for Migration\nkind: multilateral\n---\n\nIOM is the leading UN agency.\n\nIt works in over 100 countries.\n',
    );
    const { report, documents } = await loadContent([file]);
    expect(report.problems).toEqual([]);
    expect(documents[0]).toMatchObject({
      description: 'IOM is the leading UN agency.\n\nIt works in over 100 countries.',
    });
  });

  it('points every problem at its line: front matter fields, the body, Markdown it cannot hold', async () => {
    const file = join(scratch, 'broken.md');
    await writeFile(
      file,
      [
        '---', // 1
        'type: article', // 2
        'id: broken-article', // 3
        'lang: en', // 4
        'headline: A roundtable in Minsk', // 5
        'teaser: A roundtable was held.', // 6
        'published: 2024-11-05T12:00:00+03:00', // 7
        '---', // 8
        '', // 9
        'Partners met in [Minsk](javascript:alert(1)).', // 10
        '', // 11
        '![](/images/roundtable.jpg)', // 12
        '', // 13
        '<div class="note">Raw HTML</div>', // 14
        '', // 15
        '> A quote without a speaker.', // 16
      ].join('\n'),
    );
    const { report } = await loadContent([file]);
    expect(
      report.problems.map(({ line, column, path, message }) => [line, column, path, message]),
    ).toEqual([
      // A missing field: the front matter's first line.
      [2, 1, 'summary', 'this field is required'],
      [6, 1, 'teaser', "unknown field 'teaser' — remove it, or check the spelling"],
      [
        10,
        17,
        'body',
        "the link was dropped, its words kept: 'javascript:' addresses are not allowed (javascript:alert(1)); use an https:// address",
      ],
      [
        12,
        1,
        'body[1].image.alt',
        'describe the image for screen-reader users, or mark it decorative',
      ],
      [14, 1, 'body', 'raw HTML cannot be kept in the text; write it in Markdown, or leave it out'],
      [16, 1, 'body[2].quote.speaker', 'this field is required'],
    ]);
  });

  it('reports front matter that is not valid YAML with its line in the file', async () => {
    const file = join(scratch, 'bad-front-matter.md');
    await writeFile(file, '---\ntype: article\nheadline: [unclosed\n---\n\nText.\n');
    const { report } = await loadContent([file]);
    expect(report.problems).toEqual([
      {
        file,
        line: 3,
        column: 20,
        path: '',
        message: expect.stringMatching(/^the front matter is not valid YAML: /),
      },
    ]);
  });
});
