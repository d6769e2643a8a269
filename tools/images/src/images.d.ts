/** One file of an image at one width: the shape `@iom/ui`'s `ResponsiveImage` takes. */
export interface ImageVariant {
  src: string;
  width: number;
}

export interface ProcessedImage {
  /** The widest file in the original's format: the `<img src>`. */
  src: string;
  /** Its width and height in pixels, read from the file (upright, after EXIF orientation). */
  width: number;
  height: number;
  /** The file as given: its size and media type. */
  original: { width: number; height: number; type: string };
  /** The image in its own format at each width, narrowest first (for `srcset`). */
  variants: ImageVariant[];
  /** The same widths as AVIF, then WebP, for `<source type srcset>` in a `<picture>`. */
  sources: { type: 'image/avif' | 'image/webp'; variants: ImageVariant[] }[];
  /** A 16-pixel-wide blurred WebP as a data: URL, shown (as a CSS background) while the image loads. */
  placeholder: string;
}

export declare const DEFAULT_WIDTHS: number[];
export declare function widthsFor(imageWidth: number, widths?: number[]): number[];
export declare function processImage(
  input: string,
  options: { outDir: string; publicPath: string; widths?: number[] },
): Promise<ProcessedImage>;

/** Writes a 1200 × 630 PNG share card (an illustration in `color`); returns its size. */
export declare function shareCard(
  outFile: string,
  options: { color: string },
): Promise<{ width: number; height: number }>;
