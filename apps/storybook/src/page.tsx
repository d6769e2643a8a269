import { directionOf } from '@iom/ui';
import type { Decorator, Preview } from '@storybook/react-vite';
import type { ReactNode } from 'react';
import { toLanguage } from './languages.js';

/**
 * `lang` and `dir` of the toolbar's language on `<html>` while a story is shown on its own, as a
 * site sets them for its page; back to English, left to right, when it goes, so the docs pages
 * (which are in English) never inherit right to left from an Arabic story.
 */
export const setPageLanguage: NonNullable<Preview['beforeEach']> = ({ globals, viewMode }) => {
  if (viewMode !== 'story') return;
  const language = toLanguage(globals.locale);
  const root = document.documentElement;
  root.lang = language;
  root.dir = directionOf(language);
  return () => {
    root.lang = 'en';
    root.dir = 'ltr';
  };
};

/** Hidden headings above a component, so it sits in an outline as on a real page. */
function PageOutline({ title, story, below }: { title: string; story: string; below: number }) {
  const headings: ReactNode[] = [];
  for (let level = 1; level < below; level++) {
    const Tag = `h${level}` as 'h1';
    headings.push(
      <Tag key={level} className="iom-visually-hidden" lang="en" dir="ltr">
        {level === 1 ? title : story}
      </Tag>,
    );
  }
  return headings;
}

/**
 * Shows every story as a page in the toolbar's language: the component gets the language as
 * `locale` unless the story sets one, and in the canvas it sits in a `<main>` landmark under
 * the headings above its own level, so axe judges landmarks and heading order as on a site. In
 * the docs, which stay in English, the story's wrapper carries `lang` and `dir` instead of
 * `<html>`. `parameters.containerWidth` narrows the story to the column it is built for;
 * `parameters.frame` (`'header'` or `'footer'`) puts the story before or after `<main>`.
 */
export const withPage: Decorator = (Story, context) => {
  const language = toLanguage(context.globals.locale);
  const args = { ...context.args, locale: context.args.locale ?? language };
  const width = context.parameters.containerWidth as string | undefined;
  const story = (
    <div style={width === undefined ? undefined : { maxInlineSize: width }}>
      <Story args={args} />
    </div>
  );
  if (context.viewMode === 'docs') {
    return (
      <div lang={language} dir={directionOf(language)}>
        {story}
      </div>
    );
  }
  // A whole page (`parameters.pageTitle`) brings its own h1; a component sits below the page's.
  const level = context.parameters.pageTitle
    ? 1
    : typeof context.args.headingLevel === 'number'
      ? context.args.headingLevel
      : 2;
  const outline = (
    <PageOutline
      title={context.title.split('/').at(-1) ?? context.title}
      story={context.name}
      below={level}
    />
  );
  // A site's frame (`parameters.frame`: its header or footer) sits beside `<main>`, as on a page.
  const frame = context.parameters.frame as 'header' | 'footer' | undefined;
  if (frame !== undefined) {
    const main = (
      <main id="main">
        <PageOutline title={context.title.split('/').at(-1) ?? context.title} story="" below={2} />
      </main>
    );
    return frame === 'header' ? (
      <>
        {story}
        {main}
      </>
    ) : (
      <>
        {main}
        {story}
      </>
    );
  }
  return (
    <main>
      {outline}
      {story}
    </main>
  );
};
