// The demo build's image pipeline. sharp (libvips) turns each content image into AVIF and
// WebP variants at a few widths plus its own format, reads its size from the file, and makes a
// small blurred placeholder. Files are named by a hash of their content, so a rebuild reuses
// what an earlier build made and a changed image never hides behind a cached one.
import { createHash } from 'node:crypto';
import { access, mkdir, readFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import sharp from 'sharp';

/** Widths for phones, tablets and wide screens (1x and 2x of a ~720px column). */
export const DEFAULT_WIDTHS = [480, 960, 1440];

/** The modern formats every image gets, with what browsers are told in `<source type>`. */
const MODERN_FORMATS = [
  { format: 'avif', type: 'image/avif', options: { quality: 50, effort: 4 } },
  { format: 'webp', type: 'image/webp', options: { quality: 75 } },
];

/** The formats an original may have, with their file extension and media type. */
const ORIGINAL_FORMATS = {
  jpeg: { extension: 'jpg', type: 'image/jpeg', options: { quality: 80, mozjpeg: true } },
  png: { extension: 'png', type: 'image/png', options: { compressionLevel: 9 } },
  webp: { extension: 'webp', type: 'image/webp', options: { quality: 75 } },
  avif: { extension: 'avif', type: 'image/avif', options: { quality: 50 } },
};

/** Placeholder width: a few hundred bytes inline, blurred so it reads as colour, not detail. */
const PLACEHOLDER_WIDTH = 16;

const exists = (path) =>
  access(path).then(
    () => true,
    () => false,
  );

/** The widths to make: those narrower than the image, and the image's own up to the widest. */
export function widthsFor(imageWidth, widths = DEFAULT_WIDTHS) {
  const widest = Math.max(...widths);
  const chosen = widths.filter((width) => width < imageWidth);
  chosen.push(Math.min(imageWidth, widest));
  return [...new Set(chosen)].sort((a, b) => a - b);
}

/**
 * Processes one image file into `outDir`, served from `publicPath` (like `/images`).
 *
 * @param {string} input path of the image file
 * @param {{ outDir: string, publicPath: string, widths?: number[] }} options
 * @returns {Promise<import('./images.d.ts').ProcessedImage>}
 */
export async function processImage(input, { outDir, publicPath, widths = DEFAULT_WIDTHS }) {
  const file = await readFile(input);
  let metadata;
  try {
    metadata = await sharp(file).metadata();
  } catch (error) {
    throw new Error(`${input}: not an image sharp can read (${error.message})`);
  }
  const original = ORIGINAL_FORMATS[metadata.format];
  if (original === undefined) {
    throw new Error(
      `${input}: ${metadata.format} images are not supported; use JPEG, PNG, WebP or AVIF`,
    );
  }
  // Width and height as the image is shown: EXIF orientation turns a portrait photo upright.
  const { width, height } = metadata.autoOrient ?? metadata;
  const hash = createHash('sha256').update(file).digest('hex').slice(0, 10);
  const name = basename(input, extname(input))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-');
  const base = publicPath.replace(/\/$/, '');
  await mkdir(outDir, { recursive: true });

  const encode = async (format, extension, options, targetWidth) => {
    const fileName = `${name}-${hash}-${targetWidth}.${extension}`;
    const path = join(outDir, fileName);
    if (!(await exists(path))) {
      await sharp(file)
        .autoOrient()
        .resize({ width: targetWidth, withoutEnlargement: true })
        .toFormat(format, options)
        .toFile(path);
    }
    return { src: `${base}/${fileName}`, width: targetWidth };
  };
  const targetWidths = widthsFor(width, widths);
  const listIn = (format, extension, options) =>
    Promise.all(targetWidths.map((each) => encode(format, extension, options, each)));

  const sources = [];
  for (const modern of MODERN_FORMATS) {
    sources.push({
      type: modern.type,
      variants: await listIn(modern.format, modern.format, modern.options),
    });
  }
  const variants = await listIn(metadata.format, original.extension, original.options);
  const largest = variants[variants.length - 1];
  const placeholder = await sharp(file)
    .autoOrient()
    .resize({ width: PLACEHOLDER_WIDTH })
    .blur(1)
    .webp({ quality: 40 })
    .toBuffer();
  return {
    src: largest.src,
    width: largest.width,
    height: Math.round((largest.width * height) / width),
    original: { width, height, type: original.type },
    variants,
    sources,
    placeholder: `data:image/webp;base64,${placeholder.toString('base64')}`,
  };
}

/**
 * A share card for pages without a picture of their own: an illustration in the site's colour
 * (a white tile on it, like the favicon), at the 1200 × 630 that link previews show.
 *
 * @param {string} outFile where the PNG goes
 * @param {{ color: string }} options
 */
export async function shareCard(outFile, { color }) {
  const width = 1200;
  const height = 630;
  const tile = 240;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="${color}"/><rect x="${(width - tile) / 2}" y="${(height - tile) / 2}" width="${tile}" height="${tile}" rx="${tile / 5}" fill="#ffffff"/></svg>`;
  await mkdir(dirname(outFile), { recursive: true });
  await sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toFile(outFile);
  return { width, height };
}
