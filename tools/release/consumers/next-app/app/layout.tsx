import '@iom/tokens/tokens.css';
import '@iom/ui/styles.css';
import type { ReactNode } from 'react';

export const metadata = { title: 'IOM Web Kit consumer' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
