import { directionOf } from '@iom/ui';
import { paths } from '../routes.js';

/** A language's home page, for the root page's choice. */
export interface HomeChoice {
  lang: string;
  path: string;
}

/** The language's name in that language ("Français", "العربية"), as readers look for it. */
const ownName = (lang: string) => new Intl.DisplayNames([lang], { type: 'language' }).of(lang);

/**
 * `/`: the site's languages, each named in itself, for hosts that cannot redirect. Without
 * JavaScript it also moves browsers to the English home page (a server that can redirect
 * answers `/` with a 301 instead; see scripts/serve.mjs).
 */
export function RootRedirect({ siteName, homes }: { siteName: string; homes: HomeChoice[] }) {
  return (
    <html lang="en" dir="ltr">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{siteName}</title>
        <meta httpEquiv="refresh" content={`0; url=${paths.home}`} />
        <meta name="robots" content="noindex" />
      </head>
      <body>
        <main>
          <h1>{siteName}</h1>
          <ul>
            {homes.map(({ lang, path }) => (
              <li key={lang}>
                <a href={path} lang={lang} hrefLang={lang} dir={directionOf(lang)}>
                  {ownName(lang)}
                </a>
              </li>
            ))}
          </ul>
        </main>
      </body>
    </html>
  );
}
