import type { ReactNode } from 'react';
import {
  type ImageSet,
  ResponsiveImage,
  type ResponsiveImageProps,
} from '../responsive-image/responsive-image.js';
import { classNames } from '../shared/class-names.js';
import { type HeadingLevel, headingTag } from '../shared/heading.js';

export interface HeroProps {
  /** The page's title. Required. */
  title: ReactNode;
  /** A sentence or two under the title. Default: none. */
  text?: ReactNode;
  /** An image beside the text (above it in a narrow column), loaded first. Default: none. */
  image?: ResponsiveImageProps['image'];
  /** What the site's image pipeline made of the image: widths, formats, placeholder. Default: none. */
  imageSet?: ImageSet;
  /** Level of the title. Default: `1`. */
  headingLevel?: HeadingLevel;
  /** Anything after the text, like a link to more. Default: none. */
  children?: ReactNode;
  /** Extra class names. Default: none. */
  className?: string;
}

/** The top of a page: its title, a short text and an image. */
export function Hero({
  title,
  text,
  image,
  imageSet,
  headingLevel = 1,
  children,
  className,
}: HeroProps) {
  const Heading = headingTag(headingLevel);
  return (
    <div className={classNames('iom-hero', image !== undefined && 'iom-hero--image', className)}>
      <div className="iom-hero__text">
        <Heading className="iom-hero__title">{title}</Heading>
        {text !== undefined && <p className="iom-hero__lead">{text}</p>}
        {children}
      </div>
      {image !== undefined && (
        <ResponsiveImage
          image={image}
          {...imageSet}
          sizes="(min-width: 48rem) 50vw, 100vw"
          priority
          className="iom-hero__image"
        />
      )}
    </div>
  );
}
