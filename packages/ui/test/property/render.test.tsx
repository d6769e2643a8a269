import { type ContentDocument, resolve, safeParseDocument } from '@iom/content';
import { sampleCollection } from '@iom/content/samples';
import { makeCollection } from '@iom/content/testing';
import { isSafeUrl } from '@iom/content/url';
import fc from 'fast-check';
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import {
  mutatedDocument,
  PROPERTY_RUNS,
  PROPERTY_SEED,
  PROPERTY_TIMEOUT_MS,
  retextedDocument,
} from '../../../content/test/property/arbitraries.js';
import {
  ArticleBody,
  EventCard,
  NewsCard,
  PartnerList,
  ProjectSummary,
  UN_LANGUAGES,
} from '../../src/index.js';

/** What references resolve against: the samples and the factories' documents. */
const collection = [...sampleCollection, ...makeCollection({ count: 8 })];

/** Every component that fits a document, as a site would render it. */
function componentsFor(document: ContentDocument, locale: string): ReactElement[] {
  switch (document.type) {
    case 'article': {
      const article = resolve(document, collection);
      return [
        <NewsCard key="card" article={article} locale={locale} />,
        <ArticleBody key="body" body={article.body} locale={locale} />,
      ];
    }
    case 'event': {
      const event = resolve(document, collection);
      return [
        <EventCard key="card" event={event} locale={locale} />,
        <PartnerList key="partners" organisations={event.participants ?? []} locale={locale} />,
        ...(event.body === undefined
          ? []
          : [<ArticleBody key="body" body={event.body} locale={locale} />]),
      ];
    }
    case 'project': {
      const project = resolve(document, collection);
      return [
        <ProjectSummary key="summary" project={project} locale={locale} />,
        ...(project.body === undefined
          ? []
          : [<ArticleBody key="body" body={project.body} locale={locale} />]),
      ];
    }
    case 'organisation':
      return [
        <PartnerList key="grid" organisations={[document]} locale={locale} />,
        <PartnerList key="list" organisations={[document]} layout="list" locale={locale} />,
      ];
  }
}

const decodeAttribute = (value: string) =>
  value
    .replaceAll('&quot;', '"')
    .replaceAll('&#x27;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');

/** Every `href` and `src` in rendered HTML. */
const urlsIn = (html: string) =>
  [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((match) => decodeAttribute(match[1] ?? ''));

let renders = 0;
let accepted = 0;
let rejected = 0;

function checkRendering(input: unknown) {
  const result = safeParseDocument(input);
  if (!result.success) {
    rejected += 1;
    return;
  }
  accepted += 1;
  for (const locale of UN_LANGUAGES) {
    for (const element of componentsFor(result.data, locale)) {
      const html = renderToStaticMarkup(element);
      renders += 1;
      for (const url of urlsIn(html)) expect(isSafeUrl(url), url).toBe(true);
    }
  }
}

const MODELS = ['organisation', 'project', 'event', 'article'] as const;

describe('rendering accepted hostile content (fast-check)', () => {
  it.each(MODELS)(
    'renders every accepted %s in every component that fits, in all six languages, without throwing or a dangerous URL',
    (model) => {
      renders = accepted = rejected = 0;
      for (const arbitrary of [retextedDocument(model), mutatedDocument(model)]) {
        fc.assert(fc.property(arbitrary, checkRendering), {
          seed: PROPERTY_SEED,
          numRuns: Math.ceil(PROPERTY_RUNS / 2),
        });
      }
      console.log(
        `property cases, rendering ${model}: ${accepted + rejected} documents (${accepted} accepted and rendered, ${rejected} rejected), ${renders} renders, seed ${PROPERTY_SEED}`,
      );
    },
    PROPERTY_TIMEOUT_MS,
  );
});
