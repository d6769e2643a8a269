import { ContentValidationError, resolve } from '@iom/content';
import { sampleArticle, sampleCollection, sampleEvent, sampleProject } from '@iom/content/samples';
import { describe, expect, it } from 'vitest';
import { checkStoryContent } from '../src/content-check.js';

const errorsOf = (args: Record<string, unknown>) => {
  try {
    checkStoryContent(args);
    return [];
  } catch (error) {
    if (!(error instanceof ContentValidationError)) throw error;
    return error.errors;
  }
};

const project = resolve(sampleProject, sampleCollection);
const article = resolve(sampleArticle, sampleCollection);

describe('checkStoryContent', () => {
  it('accepts the samples as stories pass them, references resolved', () => {
    expect(
      errorsOf({
        project,
        article,
        body: article.body,
        organisations: project.participants,
        event: resolve(sampleEvent, sampleCollection),
        headingLevel: 3,
        getHref: () => '/en/news',
      }),
    ).toEqual([]);
  });

  it('reports each problem with the path from the story arg, in the editor’s words', () => {
    const [first, ...others] = project.participants;
    const broken = {
      ...project,
      participants: [
        { ...first, organisation: { ...first?.organisation, website: 'javascript:alert(1)' } },
        ...others,
      ],
    };
    expect(
      errorsOf({
        project: broken,
        body: [{ type: 'paragraph', children: [] }],
        article: { ...sampleArticle, images: [{ src: '/images/test-photo.jpg', alt: '' }] },
      }),
    ).toEqual([
      {
        path: 'project.participants[0].organisation.website',
        message: "'javascript:' links are not allowed; use an https:// address",
      },
      { path: 'body[0].children', message: 'this block has no text' },
      {
        path: 'article.images[0].alt',
        message: 'describe the image for screen-reader users, or mark it decorative',
      },
    ]);
  });
});
