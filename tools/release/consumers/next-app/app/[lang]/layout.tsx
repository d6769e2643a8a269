import '@iom/tokens/tokens.css';
import '@iom/ui/styles.css';
import { directionOf } from '@iom/ui';
import type { ReactNode } from 'react';
import { languages } from '../site';

// The root layout, one per language, so <html> carries the page's lang and dir.
export const dynamicParams = false;
export const generateStaticParams = () => languages.map((lang) => ({ lang }));

export default async function RootLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ lang: string }>;
}) {
  const { lang } = await params;
  return (
    <html lang={lang} dir={directionOf(lang)}>
      <body>{children}</body>
    </html>
  );
}
