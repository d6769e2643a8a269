import { describe, expect, it } from 'vitest';
import { safeParseContent } from '../parse.js';
import { ImageSchema, QuoteSchema, SdgSchema } from './blocks.js';

const errorsOf = (schema: Parameters<typeof safeParseContent>[0], input: unknown) => {
  const result = safeParseContent(schema, input);
  return result.success ? [] : result.errors;
};

describe('images', () => {
  const src = 'https://belarus.iom.int/sites/roundtable.jpg';

  it('accepts an image with alt text, or one marked decorative without it', () => {
    expect(errorsOf(ImageSchema, { src, alt: 'Participants around the roundtable' })).toEqual([]);
    expect(errorsOf(ImageSchema, { src, decorative: true })).toEqual([]);
    expect(errorsOf(ImageSchema, { src, decorative: true, alt: '' })).toEqual([]);
  });

  it.each([
    ['no alt at all', { src }],
    ['empty alt text', { src, alt: '' }],
    ['alt text of spaces only', { src, alt: '   ' }],
    ['decorative explicitly false', { src, decorative: false }],
  ])('asks for alt text when there is %s', (_, image) => {
    expect(errorsOf(ImageSchema, image)).toEqual([
      { path: 'alt', message: 'describe the image for screen-reader users, or mark it decorative' },
    ]);
  });

  it('refuses alt text on a decorative image, which screen readers would skip', () => {
    expect(errorsOf(ImageSchema, { src, decorative: true, alt: 'Logo' })).toEqual([
      {
        path: 'alt',
        message: 'a decorative image has no alt text; remove the alt text or the decorative mark',
      },
    ]);
  });

  it('reports a bad source and missing alt text together', () => {
    expect(errorsOf(ImageSchema, { src: 'data:image/png;base64,AAAA' }).map((e) => e.path)).toEqual(
      ['src', 'alt'],
    );
  });

  it('rejects dimensions that are not whole positive pixels', () => {
    expect(
      errorsOf(ImageSchema, { src, alt: 'x', width: 0, height: 1.5 }).map((e) => e.path),
    ).toEqual(['width', 'height']);
  });
});

describe('SDG references', () => {
  it.each([
    [{ goal: 3 }],
    [{ goal: 3, target: '3.3' }],
    [{ goal: 3, target: '3.d' }],
    [{ goal: 17, target: '17.17' }],
    [{ goal: 10, target: '10.7' }],
  ])('accepts %j', (sdg) => {
    expect(errorsOf(SdgSchema, sdg)).toEqual([]);
  });

  it.each([
    [{ goal: 0 }, 'goal', 'use a goal number from 1 to 17'],
    [{ goal: 18 }, 'goal', 'use a goal number from 1 to 17'],
    [{ goal: 3.5 }, 'goal', 'use a goal number from 1 to 17'],
    [{ goal: 3, target: 3.3 }, 'target', 'expected text, but found a number'],
    [{ goal: 3, target: '3' }, 'target', "write the target as goal.target, like '3.3' or '3.d'"],
    [{ goal: 3, target: '3.D' }, 'target', "write the target as goal.target, like '3.3' or '3.d'"],
    [{ goal: 3, target: '4.1' }, 'target', "target '4.1' belongs to goal 4, not goal 3"],
  ])('rejects %j', (sdg, path, message) => {
    expect(errorsOf(SdgSchema, sdg)).toEqual([{ path, message }]);
  });
});

describe('quotes', () => {
  it('needs the words and who said them', () => {
    expect(
      errorsOf(QuoteSchema, { text: 'Remaining healthy is a fundamental condition.' }),
    ).toEqual([{ path: 'speaker', message: 'this field is required' }]);
    expect(
      errorsOf(QuoteSchema, {
        text: 'Remaining healthy is a fundamental condition.',
        speaker: { name: 'Mahym Orazmuhammedova', jobTitle: 'IOM Belarus Chief of Mission' },
      }),
    ).toEqual([]);
  });
});

describe('alt text', () => {
  it('does not count invisible characters as a description', () => {
    const result = safeParseContent(ImageSchema, { src: '/photo.jpg', alt: '\u200b\u3164' });
    expect(result.errors).toEqual([
      { path: 'alt', message: 'describe the image for screen-reader users, or mark it decorative' },
    ]);
  });
});
