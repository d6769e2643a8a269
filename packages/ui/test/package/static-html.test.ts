import { createRequire } from 'node:module';
import { resolve } from '@iom/content';
import { sampleArticle, sampleCollection, sampleProject } from '@iom/content/samples';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const project = resolve(sampleProject, sampleCollection);

describe('the built package renders to static HTML', () => {
  it.each([
    ['ESM', () => import('@iom/ui')],
    ['CommonJS', async () => require('@iom/ui') as typeof import('@iom/ui')],
  ])('through %s', async (_, load) => {
    const { NewsCard, ProjectSummary } = await load();
    const card = renderToStaticMarkup(createElement(NewsCard, { article: sampleArticle }));
    expect(card).toMatch(/^<article class="iom-news-card iom-news-card--default/);
    expect(card).toContain(
      '<time class="iom-news-card__date" dateTime="2024-11-05T12:00:00+03:00">',
    );
    const summary = renderToStaticMarkup(createElement(ProjectSummary, { project }));
    expect(summary).toContain('Implemented by');
  });
});
