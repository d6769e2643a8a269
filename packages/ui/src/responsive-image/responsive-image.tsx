import type { Image } from '@iom/content';
import { safeUrl } from '../shared/url.js';

/** One file of an image at one width, as the site's image pipeline made it. */
export interface ImageVariant {
  /** The file. Required. */
  src: string;
  /** Its width in pixels. Required. */
  width: number;
}

/** The image in another format, like AVIF or WebP, at the widths the pipeline made. */
export interface ImageSource {
  /** The format's media type, like `'image/avif'`. Required. */
  type: string;
  /** The files in that format. Required. */
  variants: readonly ImageVariant[];
}

/** What a site's image pipeline made of one image: other widths, other formats, a placeholder. */
export interface ImageSet {
  /** The image in its own format at other widths, for `srcset`. Default: none. */
  variants?: readonly ImageVariant[];
  /** The image in other formats, preferred first (AVIF, then WebP), each a `<source>`. Default: none. */
  sources?: readonly ImageSource[];
  /** A tiny blurred image as a `data:image/…` URL, shown until the image arrives. It is written as an inline `style`: leave it out where a Content-Security-Policy or validator forbids those. Default: none. */
  placeholder?: string;
}

/** How a component finds what the pipeline made of a content image, like a lookup by `src`. */
export type GetImageSet = (image: Pick<Image, 'src'>) => ImageSet | undefined;

export interface ResponsiveImageProps extends ImageSet {
  /** The image: its file, alt text (empty when decorative), width and height. Required. */
  image: Pick<Image, 'src' | 'alt' | 'decorative' | 'width' | 'height'>;
  /** How wide the image is shown, for `sizes`, like `'(min-width: 60rem) 50vw, 100vw'`. Default: `'100vw'` when there are variants. */
  sizes?: string;
  /** True for the page's main image: loaded at once, first (`fetchpriority="high"`). Default: `false`, loaded lazily. */
  priority?: boolean;
  /** Alt text to use instead of the image's own, like `''` when adjacent text names it. Default: the image's. */
  alt?: string;
  /** Class names for the `<img>`. Default: none. */
  className?: string;
}

/** `srcset` of the safe variants; a comma would end a candidate early, so it is encoded. */
const srcSetOf = (variants: readonly ImageVariant[]) =>
  variants
    .filter((variant) => safeUrl(variant.src) !== undefined && variant.width > 0)
    .map((variant) => `${variant.src.replaceAll(',', '%2C')} ${Math.round(variant.width)}w`)
    .join(', ');

/** Only a raster `data:` image can be a placeholder: nothing else reaches the style. */
const PLACEHOLDER = /^data:image\/(?:webp|png|jpeg|avif|gif);base64,[A-Za-z0-9+/=]+$/;

/**
 * An image with its alt text, `width` and `height` (so the page does not jump as it loads),
 * `srcset` from the variants a site supplies, modern formats as `<source>`s of a `<picture>`,
 * a blurred placeholder while it loads, and lazy loading unless it is the page's main image.
 * Nothing when its URL is unsafe.
 */
export function ResponsiveImage({
  image,
  variants = [],
  sources = [],
  placeholder,
  sizes,
  priority = false,
  alt,
  className,
}: ResponsiveImageProps) {
  const src = safeUrl(image.src);
  if (src === undefined) return null;
  const srcSet = srcSetOf(variants);
  const formats = sources
    .map((source) => ({ type: source.type, srcSet: srcSetOf(source.variants) }))
    .filter((source) => /^image\/[a-z0-9.+-]+$/.test(source.type) && source.srcSet !== '');
  const shownSizes = srcSet === '' && formats.length === 0 ? undefined : (sizes ?? '100vw');
  const img = (
    <img
      className={className}
      src={src}
      srcSet={srcSet === '' ? undefined : srcSet}
      sizes={shownSizes}
      alt={alt ?? (image.decorative ? '' : (image.alt ?? ''))}
      width={image.width}
      height={image.height}
      loading={priority ? 'eager' : 'lazy'}
      fetchPriority={priority ? 'high' : undefined}
      decoding="async"
      style={
        placeholder !== undefined && PLACEHOLDER.test(placeholder)
          ? { backgroundImage: `url(${placeholder})`, backgroundSize: 'cover' }
          : undefined
      }
    />
  );
  if (formats.length === 0) return img;
  return (
    <picture className="iom-picture">
      {formats.map((source) => (
        <source key={source.type} type={source.type} srcSet={source.srcSet} sizes={shownSizes} />
      ))}
      {img}
    </picture>
  );
}
