import type { LinkComponentProps } from '../src/shared/link.js';

/** Stands in for a router's link (Next.js `Link`): marks what it renders so tests can see it. */
export function RouterLink({ href, children, ...props }: LinkComponentProps) {
  return (
    <a href={href} {...props} data-router="yes">
      {children}
    </a>
  );
}
