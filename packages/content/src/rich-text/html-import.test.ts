import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { htmlToRichText } from './index.js';

const fixture = readFileSync(
  new URL('../../test/fixtures/import/cms-body.html', import.meta.url),
  'utf8',
);
const text = (value: string, marks?: ('strong' | 'emphasis')[]) =>
  marks === undefined ? { type: 'text', text: value } : { type: 'text', text: value, marks };

describe('htmlToRichText on a CMS body', () => {
  const { body, problems } = htmlToRichText(fixture);

  it('keeps paragraphs, headings, nested lists, links, marks, the figure and the quote', () => {
    expect(body).toEqual([
      {
        type: 'paragraph',
        children: [
          text('On 5 November, a roundtable was held in '),
          text('Minsk', ['strong']),
          text(' as part of an '),
          {
            type: 'link',
            href: 'https://belarus.iom.int/projects/migration-health',
            children: [text('IOM project')],
          },
          text('.'),
        ],
      },
      { type: 'heading', level: 1, children: [text('Key goals')] },
      {
        type: 'list',
        style: 'bulleted',
        items: [
          {
            children: [
              text('Enhancing '),
              text('medical support', ['emphasis']),
              text(' for migrants'),
            ],
            list: {
              style: 'numbered',
              items: [
                { children: [text('screening')] },
                { children: [text('referral', ['strong'])] },
              ],
            },
          },
          { children: [text('Minimising risks of infectious diseases')] },
        ],
      },
      {
        type: 'image',
        image: {
          src: 'https://belarus.iom.int/sites/roundtable.jpg',
          alt: 'Participants around a table',
          width: 1200,
          height: 800,
          caption: 'The roundtable in Minsk',
          credit: 'Photo: IOM Belarus',
        },
      },
      {
        type: 'quote',
        quote: {
          text: 'Remaining healthy is a fundamental condition.',
          speaker: { name: 'Mahym Orazmuhammedova', jobTitle: 'IOM Belarus Chief of Mission' },
        },
      },
      { type: 'paragraph', children: [text('Read more')] },
      {
        type: 'paragraph',
        children: [text('in the '), text('final report', ['emphasis']), text('.')],
      },
    ]);
  });

  it('reports each thing it dropped, with the reason and its line', () => {
    expect(problems).toEqual([
      {
        message: 'the inline style on <div> was dropped: styles come from the site',
        line: 1,
        column: 1,
      },
      {
        message: 'the onclick attribute on <a> was dropped: scripts never run in content',
        line: 3,
        column: 4,
      },
      { message: '<script> was dropped: scripts never run in content', line: 4, column: 1 },
      {
        message: 'the inline style on <li> was dropped: styles come from the site',
        line: 13,
        column: 3,
      },
      {
        message:
          "the link was dropped, its words kept: 'javascript:' addresses are not allowed (javascript:alert('x')); use an https:// address",
        line: 13,
        column: 46,
      },
    ]);
  });

  it('never lets a script, handler or unsafe address through', () => {
    const json = JSON.stringify(body);
    expect(json).not.toMatch(/javascript:|onclick|onerror|<script|alert|color|font-family/i);
  });
});
