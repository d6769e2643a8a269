import { resolve } from '@iom/content';
import { pageMetadata } from '@iom/content/publish';
import {
  sampleArticle,
  sampleCollection,
  sampleEvent,
  sampleProject,
  sampleTranslations,
} from '@iom/content/samples';
import type { ReactElement } from 'react';
import * as React from 'react';
import { renderToReadableStream } from 'react-server-dom-webpack/server';
import { describe, expect, it } from 'vitest';
import {
  ArticleBody,
  EventCard,
  NewsCard,
  PageHead,
  PartnerList,
  ProjectSummary,
  Quote,
} from '../../src/index.js';

/** Renders a tree as React Server Components do, and returns the RSC payload and any errors. */
async function renderOnServer(element: ReactElement) {
  const errors: unknown[] = [];
  // No client components, so no client manifest is needed.
  const stream = renderToReadableStream(
    element,
    {},
    {
      onError: (error) => {
        errors.push(error);
      },
    },
  );
  const payload = await new Response(stream).text();
  return { payload, errors };
}

const article = resolve(sampleArticle, sampleCollection);
const project = resolve(sampleProject, sampleCollection);
const event = resolve(sampleEvent, sampleCollection);
const quote = article.body.find((block) => block.type === 'quote');
if (quote?.type !== 'quote') throw new Error('The sample article has a quote.');

const CASES: [string, ReactElement, string][] = [
  [
    'NewsCard',
    <NewsCard key="n" article={sampleArticle} getHref={(a) => `/news/${a.id}`} />,
    sampleArticle.headline,
  ],
  [
    'NewsCard in Arabic',
    <NewsCard key="a" article={sampleTranslations.ar} />,
    sampleTranslations.ar.headline,
  ],
  [
    'PartnerList',
    <PartnerList key="p" organisations={event.participants ?? []} groupBy="kind" />,
    'World Health Organization',
  ],
  ['ProjectSummary', <ProjectSummary key="s" project={project} />, 'Good Health and Well-being'],
  ['EventCard', <EventCard key="e" event={{ ...event, status: 'cancelled' }} />, 'Cancelled'],
  ['Quote', <Quote key="q" quote={quote.quote} />, 'Mahym Orazmuhammedova'],
  ['ArticleBody', <ArticleBody key="b" body={article.body} />, 'Remaining healthy'],
  [
    'PageHead',
    <PageHead
      key="h"
      metadata={pageMetadata(
        { ...sampleArticle, url: '/en/news/partners/' },
        { url: 'https://belarus.iom.int/', name: 'IOM Belarus' },
      )}
    />,
    'og:locale',
  ],
];

describe('under the react-server condition', () => {
  it("runs on React's server build, which has no hooks, state or context", () => {
    expect('useState' in React).toBe(false);
    expect('useEffect' in React).toBe(false);
    expect('createContext' in React).toBe(false);
  });

  it.each(CASES)(
    'renders %s from the samples, without use client',
    async (_, element, expected) => {
      const { payload, errors } = await renderOnServer(element);
      expect(errors).toEqual([]);
      expect(payload).toContain(expected);
      // A client component would appear as a client reference (`I` row); there are none.
      expect(payload).not.toMatch(/^\w+:I\[/m);
    },
  );
});
