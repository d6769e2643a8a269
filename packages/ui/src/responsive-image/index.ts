export {
  type ImageVariant,
  ResponsiveImage,
  type ResponsiveImageProps,
} from './responsive-image.js';
