import { describe, expect, it } from 'vitest';
import { htmlToRichText, markdownToRichText, richTextToHtml } from './index.js';

const text = (value: string) => ({ type: 'text' as const, text: value });

describe('markdownToRichText', () => {
  it('reads a quote whose last line names the speaker, with an organisation id', () => {
    const { body, problems } = markdownToRichText(
      '> Remaining healthy is a fundamental condition.\n>\n> It matters.\n> — Mahym Orazmuhammedova, IOM Belarus Chief of Mission @iom-belarus\n',
    );
    expect(problems).toEqual([]);
    expect(body).toEqual([
      {
        type: 'quote',
        quote: {
          text: 'Remaining healthy is a fundamental condition.\n\nIt matters.',
          speaker: {
            name: 'Mahym Orazmuhammedova',
            jobTitle: 'IOM Belarus Chief of Mission',
            organisation: 'iom-belarus',
          },
        },
      },
    ]);
  });

  it('makes an image on its own line an image block, its title the caption', () => {
    expect(
      markdownToRichText('![Partners at the table](/images/roundtable.jpg "Minsk, 5 November")')
        .body,
    ).toEqual([
      {
        type: 'image',
        image: {
          src: '/images/roundtable.jpg',
          alt: 'Partners at the table',
          caption: 'Minsk, 5 November',
        },
      },
    ]);
  });

  it('resolves reference-style links', () => {
    expect(markdownToRichText('See [IOM][iom].\n\n[iom]: https://www.iom.int\n').body).toEqual([
      {
        type: 'paragraph',
        children: [
          text('See '),
          { type: 'link', href: 'https://www.iom.int', children: [text('IOM')] },
          text('.'),
        ],
      },
    ]);
  });

  it('reports what the model cannot hold, each with its line and column, and keeps the rest', () => {
    const { body, problems } = markdownToRichText(
      [
        'Intro with <span>html</span> and `code`.', // 1
        '', // 2
        '| a | b |', // 3
        '| - | - |', // 4
        '', // 5
        '```', // 6
        'code', // 7
        '```', // 8
        '', // 9
        'A note[^1] and [a bad link](javascript:alert(1)).', // 10
        '', // 11
        '[^1]: The note.', // 12
        '', // 13
        '###### Deep', // 14
      ].join('\n'),
    );
    expect(problems).toEqual([
      {
        message: 'raw HTML cannot be kept in the text; write it in Markdown, or leave it out',
        line: 1,
        column: 12,
      },
      {
        message: 'raw HTML cannot be kept in the text; write it in Markdown, or leave it out',
        line: 1,
        column: 22,
      },
      {
        message: 'code formatting cannot be kept in the text; the words were kept',
        line: 1,
        column: 34,
      },
      {
        message: 'a table cannot be kept in the text; write its content as a list or paragraphs',
        line: 3,
        column: 1,
      },
      {
        message: 'a code block cannot be kept in the text; write it as a paragraph',
        line: 6,
        column: 1,
      },
      {
        message: 'a footnote cannot be kept in the text; put the note in a paragraph',
        line: 10,
        column: 7,
      },
      {
        message:
          "the link was dropped, its words kept: 'javascript:' addresses are not allowed (javascript:alert(1)); use an https:// address",
        line: 10,
        column: 16,
      },
      {
        message: 'a footnote cannot be kept in the text; put the note in a paragraph',
        line: 12,
        column: 1,
      },
      {
        message:
          'a level-6 heading is deeper than the text allows (levels 1 to 4); it became level 4',
        line: 14,
        column: 1,
      },
    ]);
    expect(body).toEqual([
      { type: 'paragraph', children: [text('Intro with html and code.')] },
      { type: 'paragraph', children: [text('A note and a bad link.')] },
      { type: 'heading', level: 4, children: [text('Deep')] },
    ]);
  });
});

describe('richTextToHtml', () => {
  it('escapes text and leaves unsafe addresses out of href and src', () => {
    const html = richTextToHtml([
      {
        type: 'paragraph',
        children: [
          text('<script>alert(1)</script> & more '),
          { type: 'link', href: 'javascript:alert(1)', children: [text('click')] },
        ],
      },
      { type: 'image', image: { src: 'javascript:alert(1)', alt: 'x' } },
    ]);
    expect(html).toBe('<p>&#x3C;script>alert(1)&#x3C;/script> &#x26; more click</p>');
  });
});

describe('hostile input', () => {
  it('never throws on text nested thousands of levels deep, and says why nothing was kept', () => {
    const tooDeep = [{ message: expect.stringMatching(/nested too deeply/) }];
    expect(htmlToRichText(`${'<b>'.repeat(100_000)}x`).problems).toEqual(tooDeep);
    expect(markdownToRichText(`Intro.\n\n${'- '.repeat(20_000)}x\n`)).toEqual({
      body: [],
      problems: tooDeep,
    });
    expect(markdownToRichText(`${'> '.repeat(20_000)}y`).problems).toEqual(tooDeep);
  });

  it('still reads lists and quotes nested as deep as people write them', () => {
    const { body, problems } = markdownToRichText(`${'- '.repeat(20)}x\n`);
    expect(problems).toEqual([]);
    expect(body).toHaveLength(1);
  });
});
