// The stylesheets a site imports, through the packages' own entry points.
import '@iom/tokens/tokens.css';
import '@iom/ui/styles.css';
import './preview.css';
// Storybook runs in the browser, which has English alone until a site imports its languages.
import '@iom/ui/messages/all';
import { directionOf } from '@iom/ui';
import type { Preview } from '@storybook/react-vite';
import { checkStoryContent } from '../src/content-check.js';
import { LANGUAGE_NAMES, UN_LANGUAGES } from '../src/languages.js';
import { setPageLanguage, withPage } from '../src/page.js';

const preview: Preview = {
  tags: ['autodocs'],
  globalTypes: {
    locale: {
      description: 'Language of the page and of the components (sets lang, dir and locale)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: UN_LANGUAGES.map((language) => ({
          value: language,
          title: `${LANGUAGE_NAMES[language]} (${language})`,
          right: directionOf(language) === 'rtl' ? 'RTL' : undefined,
        })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en' },
  decorators: [withPage],
  beforeEach: [({ args }) => checkStoryContent(args), setPageLanguage],
  parameters: {
    layout: 'padded',
    a11y: {
      // A violation fails the story, in the a11y panel and in the browser suite.
      test: 'error',
      // Storybook turns the landmark rule off for bare components; stories here sit in <main>.
      config: { rules: [{ id: 'region', enabled: true }] },
      // WCAG 2.2 A and AA, and axe's best practices (landmarks, heading order, one h1…).
      options: {
        runOnly: {
          type: 'tag',
          values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
        },
      },
    },
    viewport: {
      options: {
        narrow: {
          name: 'Narrow (320 px)',
          styles: { width: '320px', height: '640px' },
          type: 'mobile',
        },
        tablet: {
          name: 'Tablet (768 px)',
          styles: { width: '768px', height: '1024px' },
          type: 'tablet',
        },
        desktop: {
          name: 'Desktop (1280 px)',
          styles: { width: '1280px', height: '800px' },
          type: 'desktop',
        },
      },
    },
    controls: { expanded: true, sort: 'requiredFirst' },
    options: {
      storySort: {
        order: [
          'Introduction',
          ['For designers', 'For developers', 'Building a site'],
          'Components',
          'Site',
          'Pages',
        ],
      },
    },
  },
};

export default preview;
