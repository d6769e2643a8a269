import { type ComponentType, createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';

/**
 * Renders a React component (any `@iom/ui` component) to HTML for an `.astro` page:
 * `<Fragment set:html={renderStatic(NewsCard, { article, locale: lang })} />`. The page gets the
 * markup only: no hydration, no client JavaScript, and no `@astrojs/react` needed.
 */
export function renderStatic<Props extends object>(
  Component: ComponentType<Props>,
  props: Props,
): string {
  return renderToStaticMarkup(createElement(Component, props));
}
