import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { testImage, UNSAFE_URLS } from '../../test/fixtures.js';
import { ResponsiveImage } from './responsive-image.js';

const variants = [
  { src: '/images/photo-480.jpg', width: 480 },
  { src: '/images/photo-960.jpg', width: 960 },
];

describe('ResponsiveImage', () => {
  it('lists the variants in srcset, with sizes, width and height', () => {
    render(<ResponsiveImage image={testImage} variants={variants} sizes="50vw" />);
    const image = screen.getByRole('img');
    expect(image.getAttribute('srcset')).toBe(
      '/images/photo-480.jpg 480w, /images/photo-960.jpg 960w',
    );
    expect(image.getAttribute('sizes')).toBe('50vw');
    expect(image.getAttribute('width')).toBe('1200');
    expect(image.getAttribute('height')).toBe('800');
    expect(image.getAttribute('alt')).toBe(testImage.alt);
  });

  it('loads lazily, or at once and first for the page’s main image', () => {
    const { unmount } = render(<ResponsiveImage image={testImage} />);
    expect(screen.getByRole('img').getAttribute('loading')).toBe('lazy');
    expect(screen.getByRole('img').getAttribute('fetchpriority')).toBeNull();
    unmount();
    render(<ResponsiveImage image={testImage} priority />);
    expect(screen.getByRole('img').getAttribute('loading')).toBe('eager');
    expect(screen.getByRole('img').getAttribute('fetchpriority')).toBe('high');
  });

  it('drops unsafe files: the image without a safe src, a variant without one', () => {
    for (const url of UNSAFE_URLS) {
      const { container, unmount } = render(<ResponsiveImage image={{ ...testImage, src: url }} />);
      expect(container.innerHTML).toBe('');
      unmount();
    }
    render(
      <ResponsiveImage
        image={testImage}
        variants={[...variants, { src: 'javascript:alert(1)', width: 100 }]}
      />,
    );
    expect(screen.getByRole('img').getAttribute('srcset')).not.toContain('javascript');
  });

  it('offers AVIF and WebP first in a <picture>, each <source> with the same sizes', () => {
    const sources = [
      {
        type: 'image/avif',
        variants: variants.map((v) => ({ ...v, src: v.src.replace('.jpg', '.avif') })),
      },
      {
        type: 'image/webp',
        variants: variants.map((v) => ({ ...v, src: v.src.replace('.jpg', '.webp') })),
      },
      { type: 'text/html', variants },
    ];
    const { container } = render(
      <ResponsiveImage image={testImage} variants={variants} sources={sources} sizes="24rem" />,
    );
    const picture = container.querySelector('picture');
    expect(picture?.lastElementChild?.tagName).toBe('IMG');
    const offered = [...container.querySelectorAll('source')].map((source) => [
      source.getAttribute('type'),
      source.getAttribute('srcset'),
      source.getAttribute('sizes'),
    ]);
    // Only image formats: anything else is left out.
    expect(offered).toEqual([
      ['image/avif', '/images/photo-480.avif 480w, /images/photo-960.avif 960w', '24rem'],
      ['image/webp', '/images/photo-480.webp 480w, /images/photo-960.webp 960w', '24rem'],
    ]);
    expect(screen.getByRole('img').getAttribute('srcset')).toContain('photo-480.jpg 480w');
  });

  it('shows a data: placeholder behind the image while it loads, and nothing else there', () => {
    const placeholder = 'data:image/webp;base64,UklGRhIAAABXRUJQVlA4';
    const { unmount } = render(<ResponsiveImage image={testImage} placeholder={placeholder} />);
    expect(screen.getByRole('img').style.backgroundImage).toBe(`url("${placeholder}")`);
    unmount();
    render(<ResponsiveImage image={testImage} placeholder="https://evil.example/x.png" />);
    expect(screen.getByRole('img').getAttribute('style')).toBeNull();
  });

  it('is a bare <img> without other formats', () => {
    const { container } = render(<ResponsiveImage image={testImage} variants={variants} />);
    expect(container.querySelector('picture')).toBeNull();
  });

  it('gives a decorative image empty alt text', () => {
    const { container } = render(<ResponsiveImage image={{ src: '/a.jpg', decorative: true }} />);
    expect(container.querySelector('img')?.getAttribute('alt')).toBe('');
  });
});
