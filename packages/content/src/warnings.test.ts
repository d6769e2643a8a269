import { describe, expect, it } from 'vitest';
import { safeParseDocument } from './parse.js';
import { makeArticle, makeEvent, makeProject } from './testing/index.js';
import { warningsOf } from './warnings.js';

const image = { src: '/images/a.jpg', alt: 'A picture' };
const messages = (input: unknown) =>
  warningsOf(input, new Date('2026-06-01T00:00:00Z')).map(
    ({ path, message }) => `${path}: ${message}`,
  );

describe('warnings beside errors', () => {
  it('come with every safeParseDocument result, valid or not, as { path, message, severity }', () => {
    const valid = safeParseDocument(makeArticle({ images: undefined }));
    expect(valid.success).toBe(true);
    expect(valid.warnings).toEqual([
      {
        path: 'images',
        message: 'add an image: without one, shared links show no picture',
        severity: 'warning',
      },
    ]);
    const invalid = safeParseDocument({ ...makeArticle({ images: undefined }), headline: '' });
    expect(invalid.success).toBe(false);
    expect(invalid.warnings.map((warning) => warning.path)).toEqual(['images']);
    expect(safeParseDocument(makeArticle({ images: [image] })).warnings).toEqual([]);
  });

  it('an article with an image in its text needs no other', () => {
    const body = [{ type: 'image' as const, image }];
    expect(messages(makeArticle({ images: undefined, body }))).toEqual([]);
  });

  it('a headline over 110 characters or a summary over 300 is cut off in search results', () => {
    expect(
      messages(
        makeArticle({ images: [image], headline: 'h'.repeat(111), summary: 's'.repeat(301) }),
      ),
    ).toEqual([
      'headline: this headline is 111 characters; search results show about 110, so shorten it',
      'summary: this summary is 301 characters; search results show about 300, so shorten it',
    ]);
    expect(
      messages(
        makeArticle({ images: [image], headline: 'h'.repeat(110), summary: 's'.repeat(300) }),
      ),
    ).toEqual([]);
    expect(messages(makeProject({ summary: 's'.repeat(301) }))).toHaveLength(1);
  });

  it('an upcoming online event without onlineUrl gets one; a past or cancelled one does not', () => {
    const online = { attendanceMode: 'online' as const, onlineUrl: undefined };
    expect(messages(makeEvent({ ...online, start: '2026-07-01' }))).toEqual([
      'onlineUrl: this online event is upcoming: give the address where people join (onlineUrl)',
    ]);
    expect(messages(makeEvent({ ...online, start: '2026-06' }))).toHaveLength(1);
    expect(messages(makeEvent({ ...online, start: '2018-12-18' }))).toEqual([]);
    expect(messages(makeEvent({ ...online, start: '2026-07-01', status: 'cancelled' }))).toEqual(
      [],
    );
    expect(
      messages(
        makeEvent({ ...online, start: '2026-07-01', onlineUrl: 'https://example.org/join' }),
      ),
    ).toEqual([]);
  });

  it('pass over what is not a document', () => {
    expect(messages(null)).toEqual([]);
    expect(messages(['article'])).toEqual([]);
    expect(messages({ type: 'article', headline: 42 })).toEqual([
      'images: add an image: without one, shared links show no picture',
    ]);
  });
});
