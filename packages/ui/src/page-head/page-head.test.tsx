import { type PageMetadata, pageMetadata } from '@iom/content/publish';
import { sampleArticle, sampleTranslations } from '@iom/content/samples';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { PageHead } from './page-head.js';

const site = {
  url: 'https://belarus.iom.int/',
  name: 'IOM Belarus',
  twitterAccount: '@IOMBelarus',
};
const article = {
  ...sampleArticle,
  url: '/en/news/partners/',
  images: [{ src: '/images/roundtable.jpg', alt: 'The roundtable', width: 1200, height: 800 }],
};
const russian = { ...sampleTranslations.ru, url: '/ru/news/partners/' };

/** The head as a browser parses it, so each test reads elements, not markup. */
function renderHead(metadata: PageMetadata) {
  const html = renderToStaticMarkup(
    <html lang="en">
      <head>
        <PageHead metadata={metadata}>
          <link rel="stylesheet" href="/site.css" />
        </PageHead>
      </head>
      <body />
    </html>,
  );
  return new DOMParser().parseFromString(html, 'text/html').head;
}

const content = (head: HTMLElement, selector: string) =>
  [...head.querySelectorAll(selector)].map(
    (element) => element.getAttribute('content') ?? element.getAttribute('href'),
  );

describe('PageHead', () => {
  const metadata = pageMetadata(article, site, { alternates: [article, russian] });
  const head = renderHead(metadata);

  it('renders the title, description and canonical URL', () => {
    expect(head.querySelector('title')?.textContent).toBe(metadata.title);
    expect(content(head, 'meta[name="description"]')).toEqual([sampleArticle.summary]);
    expect(content(head, 'link[rel="canonical"]')).toEqual([
      'https://belarus.iom.int/en/news/partners/',
    ]);
  });

  it('links every language with hreflang, x-default included', () => {
    const links = [...head.querySelectorAll('link[rel="alternate"]')].map((link) => [
      link.getAttribute('hreflang'),
      link.getAttribute('href'),
    ]);
    expect(links).toEqual([
      ['en', 'https://belarus.iom.int/en/news/partners/'],
      ['ru', 'https://belarus.iom.int/ru/news/partners/'],
      ['x-default', 'https://belarus.iom.int/en/news/partners/'],
    ]);
  });

  it('renders every Open Graph and Twitter tag pageMetadata gives, in order', () => {
    const openGraph = [...head.querySelectorAll('meta[property]')].map((meta) => ({
      property: meta.getAttribute('property'),
      content: meta.getAttribute('content'),
    }));
    expect(openGraph).toEqual(metadata.openGraph);
    expect(content(head, 'meta[property="og:image"]')).toEqual([
      'https://belarus.iom.int/images/roundtable.jpg',
    ]);
    expect(content(head, 'meta[property="og:locale"]')).toEqual(['en_GB']);
    const twitter = [...head.querySelectorAll('meta[name^="twitter:"]')].map((meta) => ({
      name: meta.getAttribute('name'),
      content: meta.getAttribute('content'),
    }));
    expect(twitter).toEqual(metadata.twitter);
  });

  it('keeps the elements the site adds after the metadata', () => {
    expect(head.lastElementChild?.outerHTML).toBe('<link rel="stylesheet" href="/site.css">');
  });

  it('marks a page search engines should not list, and leaves out unsafe links', () => {
    const notFound = renderHead({
      ...pageMetadata({ type: 'page', title: 'Not found', lang: 'en', url: '/404.html' }, site, {
        indexed: false,
      }),
      alternates: [{ hrefLang: 'fr', href: 'javascript:alert(1)' }],
    });
    expect(content(notFound, 'meta[name="robots"]')).toEqual(['noindex']);
    expect(notFound.querySelector('link[rel="canonical"]')).toBeNull();
    expect(notFound.querySelector('link[rel="alternate"]')).toBeNull();
  });
});
