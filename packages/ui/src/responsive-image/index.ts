export {
  type GetImageSet,
  type ImageSet,
  type ImageSource,
  type ImageVariant,
  ResponsiveImage,
  type ResponsiveImageProps,
} from './responsive-image.js';
