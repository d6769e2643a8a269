import { paths } from '../routes.js';

/**
 * `/` for static hosts that cannot redirect: it sends browsers to the English home page
 * without JavaScript, and says where it goes for anyone the refresh does not move.
 */
export function RootRedirect({ siteName }: { siteName: string }) {
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
          <p>
            <a href={paths.home}>Go to the English home page</a>
          </p>
        </main>
      </body>
    </html>
  );
}
