// The content the benchmarks measure: generated with @iom/content's test factories, the same
// on every run (each document from its own seed).
import { makeArticle, makeCollection } from '@iom/content/testing';

/** `count` valid articles. */
export const articleFeed = (count) =>
  Array.from({ length: count }, (_, index) => makeArticle({}, { seed: index + 1 }));

/**
 * `count` articles of which every tenth is invalid in three ways an editor might get wrong: an
 * empty headline, a misspelt field, an unknown language code.
 */
export const feedWithInvalid = (count) =>
  articleFeed(count).map((article, index) => {
    if (index % 10 !== 0) return article;
    const { headline: _headline, ...rest } = article;
    return { ...rest, headline: '', headlne: article.headline, lang: 'english' };
  });

/** A valid collection of `count` documents, a quarter of each type, referring to one another. */
export const collectionOf = (count) => makeCollection({ count: count / 4 });
