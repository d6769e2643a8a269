import type { Image } from '@iom/content';

/** A stand-in photo for layouts with an image; the samples from the seed page have none. */
export const testImage: Image = {
  src: '/images/test-photo.jpg',
  alt: 'Placeholder photo used by the tests',
  width: 1200,
  height: 800,
};

/** Every URL the components must never put in an `href` or `src`. */
export const UNSAFE_URLS = [
  'javascript:alert(1)',
  'JavaScript:alert(1)',
  'data:text/html;base64,PHNjcmlwdD4=',
  'vbscript:msgbox',
  '//evil.example/path',
];
