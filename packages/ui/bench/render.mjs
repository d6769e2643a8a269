// What our components cost to server-render, next to the same markup written as bare JSX
// (here its compiled form, createElement), rendered in the same run with the same React.
// Target: NewsCard costs at most 1.2x the bare markup. Prints figures; run after a build:
//   pnpm --filter @iom/ui bench
import { sampleArticle } from '@iom/content/samples';
import { createElement as h } from 'react';
import { renderToString } from 'react-dom/server';
import { NewsCard } from '../dist/index.js';

const article = { ...sampleArticle, url: '/en/news/partners-discuss-migrant-healthcare-plan/' };

// The baseline: what a developer would write by hand for the same card, with the one
// formatter a careful hand-written card would also keep outside the render.
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

const ours = () => renderToString(h(NewsCard, { article }));
const bare = () => renderToString(h(BareNewsCard, { article }));
if (ours() !== bare()) {
  console.error(
    'The baseline no longer renders the same markup as NewsCard:\n',
    ours(),
    '\n',
    bare(),
  );
  process.exit(1);
}

function microsecondsPerRender(render, runs = 4000) {
  const start = performance.now();
  for (let i = 0; i < runs; i++) render();
  return ((performance.now() - start) * 1000) / runs;
}

for (let i = 0; i < 3000; i++) {
  ours();
  bare();
}
// Alternate rounds so both see the same machine load; report the median of the ratios.
const ratios = [];
let oursTotal = 0;
let bareTotal = 0;
for (let round = 0; round < 9; round++) {
  const bareTime = microsecondsPerRender(bare);
  const oursTime = microsecondsPerRender(ours);
  bareTotal += bareTime;
  oursTotal += oursTime;
  ratios.push(oursTime / bareTime);
}
ratios.sort((a, b) => a - b);
const median = ratios[Math.floor(ratios.length / 2)];
console.log(`renderToString, NewsCard (sample article), same markup both ways`);
console.log(`  bare JSX (baseline)  ${(bareTotal / 9).toFixed(1).padStart(6)} µs per render`);
console.log(`  <NewsCard>           ${(oursTotal / 9).toFixed(1).padStart(6)} µs per render`);
console.log(
  `  ratio (median of 9 rounds): ${median.toFixed(2)}x — ${median <= 1.2 ? 'within' : 'OVER'} the 1.2x target`,
);
