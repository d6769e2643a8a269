// A TypeScript site: the published types must resolve and describe the real API.
import { type Article, type ContentDocument, parseDocument, safeParseDocument } from '@iom/content';
import { sampleArticle, sampleCollection } from '@iom/content/samples';
import { NewsCard } from '@iom/ui';

const documents: readonly ContentDocument[] = sampleCollection;
const article: Article = sampleArticle;
const parsed = parseDocument(JSON.parse(JSON.stringify(article)));
if (parsed.type === 'article') {
  const headline: string = parsed.headline;
  console.log(headline.length, documents.length);
}
const result = safeParseDocument({});
if (!result.success) {
  const firstPath: string | undefined = result.errors[0]?.path;
  console.log(firstPath);
}
export const card = <NewsCard article={article} headingLevel={2} />;

// @ts-expect-error A NewsCard needs an article: a wrong prop must fail the type check.
export const broken = <NewsCard story={article} />;
