// Server rendering: 1,000 NewsCards in one renderToString call, next to the same markup written
// as bare JSX (here its compiled form, createElement), with the same React in the same run.

import { NewsCard } from '@iom/ui';
import { createElement as h } from 'react';
import { renderToString } from 'react-dom/server';
import { articleFeed } from './feeds.mjs';
import { paired } from './paired.mjs';

const CARDS = 1_000;

// What a developer would write by hand for the same card, with the one formatter a careful
// hand-written card would also keep outside the render.
const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' });
function BareNewsCard({ article }) {
  const [year, month, day] = article.published.slice(0, 10).split('-').map(Number);
  return h(
    'article',
    {
      className: 'iom-news-card iom-news-card--default iom-news-card--no-image',
      lang: 'en',
      dir: 'ltr',
    },
    h(
      'div',
      { className: 'iom-news-card__inner' },
      h(
        'div',
        { className: 'iom-news-card__body' },
        h(
          'h3',
          { className: 'iom-news-card__headline' },
          h('a', { href: article.url, className: 'iom-news-card__link' }, article.headline),
        ),
        h(
          'p',
          { className: 'iom-news-card__meta' },
          h('span', { className: 'iom-news-card__dateline' }, article.dateline.name),
          h(
            'time',
            { className: 'iom-news-card__date', dateTime: article.published },
            dateFormat.format(Date.UTC(year, month - 1, day)),
          ),
        ),
        h('p', { className: 'iom-news-card__summary' }, article.summary),
      ),
    ),
  );
}

const list = (Card, articles) =>
  h(
    'ul',
    null,
    articles.map((article) => h('li', { key: article.id }, h(Card, { article }))),
  );

export function* renderBenchmarks() {
  const articles = articleFeed(CARDS).map(({ images: _images, ...article }) => ({
    ...article,
    url: `/en/news/${article.id}/`,
  }));
  const ours = () => renderToString(list(NewsCard, articles));
  const bare = () => renderToString(list(BareNewsCard, articles));
  if (ours() !== bare()) {
    throw new Error('the bare JSX no longer renders the same markup as NewsCard; update it');
  }
  yield {
    name: 'renderToString, 1,000 NewsCards, vs bare JSX',
    unit: 'ms',
    target: { ratio: 1.2 },
    ...paired({ figure: ours, baseline: bare, rounds: 7 }),
  };
}
