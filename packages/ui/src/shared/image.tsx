import type { Image } from '@iom/content';
import { safeUrl } from './url.js';

interface ContentImageProps {
  image: Image;
  className?: string;
  /** Alt text to use instead of the image's own, like `''` when adjacent text names it. */
  alt?: string;
}

/** The image with its alt text (empty when decorative); nothing when its URL is unsafe. */
export function ContentImage({ image, className, alt }: ContentImageProps) {
  const src = safeUrl(image.src);
  if (src === undefined) return null;
  return (
    <img
      className={className}
      src={src}
      alt={alt ?? (image.decorative ? '' : (image.alt ?? ''))}
      width={image.width}
      height={image.height}
      loading="lazy"
      decoding="async"
    />
  );
}
