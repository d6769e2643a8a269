import type { Image } from '@iom/content';
import { safeUrl } from '../shared/url.js';

/** One file of an image at one width, as the site's image pipeline made it. */
export interface ImageVariant {
  /** The file. Required. */
  src: string;
  /** Its width in pixels. Required. */
  width: number;
}

export interface ResponsiveImageProps {
  /** The image: its file, alt text (empty when decorative), width and height. Required. */
  image: Pick<Image, 'src' | 'alt' | 'decorative' | 'width' | 'height'>;
  /** The same image at other widths, for `srcset`; unsafe ones are left out. Default: none. */
  variants?: readonly ImageVariant[];
  /** How wide the image is shown, for `sizes`, like `'(min-width: 60rem) 50vw, 100vw'`. Default: `'100vw'` when there are variants. */
  sizes?: string;
  /** True for the page's main image: loaded at once, first (`fetchpriority="high"`). Default: `false`, loaded lazily. */
  priority?: boolean;
  /** Alt text to use instead of the image's own, like `''` when adjacent text names it. Default: the image's. */
  alt?: string;
  /** Class names for the `<img>`. Default: none. */
  className?: string;
}

/**
 * An image with its alt text, `width` and `height` (so the page does not jump as it loads),
 * `srcset` from the variants a site supplies, and lazy loading unless it is the page's main
 * image. Nothing when its URL is unsafe.
 */
export function ResponsiveImage({
  image,
  variants = [],
  sizes,
  priority = false,
  alt,
  className,
}: ResponsiveImageProps) {
  const src = safeUrl(image.src);
  if (src === undefined) return null;
  const srcSet = variants
    .filter((variant) => safeUrl(variant.src) !== undefined && variant.width > 0)
    // A comma would end the candidate early in `srcset`; encoded, it names the same file.
    .map((variant) => `${variant.src.replaceAll(',', '%2C')} ${Math.round(variant.width)}w`)
    .join(', ');
  return (
    <img
      className={className}
      src={src}
      srcSet={srcSet === '' ? undefined : srcSet}
      sizes={srcSet === '' ? undefined : (sizes ?? '100vw')}
      alt={alt ?? (image.decorative ? '' : (image.alt ?? ''))}
      width={image.width}
      height={image.height}
      loading={priority ? 'eager' : 'lazy'}
      fetchPriority={priority ? 'high' : undefined}
      decoding="async"
    />
  );
}
