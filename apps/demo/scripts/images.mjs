// The content's images through the pipeline (tools/images): every image whose `src` is a site
// path `/images/<file>` with the file in images/ becomes AVIF, WebP and original-format files
// under dist/images/. The documents get the widest file's address and its real width and
// height; the variants are returned for srcset, keyed by that address.
import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { processImage } from '@iom/images';

const SITE_IMAGE = /^\/images\/([^/]+)$/;

/**
 * Every object in `value` that is an image with a site path `src`, found at any depth.
 *
 * @param {unknown} value
 * @param {{ src: string, width?: number, height?: number }[]} found
 */
function imagesIn(value, found = []) {
  if (Array.isArray(value)) for (const item of value) imagesIn(item, found);
  else if (typeof value === 'object' && value !== null) {
    const image = /** @type {{ src?: unknown }} */ (value);
    if (typeof image.src === 'string' && SITE_IMAGE.test(image.src)) {
      found.push(/** @type {{ src: string }} */ (image));
    }
    for (const child of Object.values(value)) imagesIn(child, found);
  }
  return found;
}

/**
 * @param {readonly object[]} documents validated content
 * @param {{ imagesDirectory: string, outDirectory: string }} folders
 */
export async function processContentImages(documents, { imagesDirectory, outDirectory }) {
  const copies = structuredClone(documents);
  /** @type {Map<string, import('@iom/images').ProcessedImage>} */
  const processed = new Map();
  for (const image of imagesIn(copies)) {
    const file = SITE_IMAGE.exec(image.src)?.[1] ?? '';
    const input = join(imagesDirectory, file);
    try {
      await access(input);
    } catch {
      throw new Error(`${image.src}: no file ${file} in ${imagesDirectory}`);
    }
    const result =
      processed.get(input) ??
      (await processImage(input, { outDir: join(outDirectory, 'images'), publicPath: '/images' }));
    processed.set(input, result);
    Object.assign(image, { src: result.src, width: result.width, height: result.height });
  }
  const variants = Object.fromEntries(
    [...processed.values()].map(({ src, variants, sources, placeholder }) => [
      src,
      { variants, sources, placeholder },
    ]),
  );
  return { documents: copies, variants };
}
