import type { ImageObject, QuantitativeValue } from 'schema-dts';
import type { Image } from '../schemas/blocks.js';
import type { AbsoluteUrl } from './urls.js';

/** schema.org measures images in QuantitativeValues; E37 is UN/CEFACT's code for a pixel. */
function pixels(value: number | undefined): QuantitativeValue | undefined {
  return value === undefined ? undefined : { '@type': 'QuantitativeValue', value, unitCode: 'E37' };
}

/** An image as schema.org describes it; `url` too, the property Google's rich results read. */
export function imageObject(image: Image, absoluteUrl: AbsoluteUrl): ImageObject {
  const src = absoluteUrl(image.src);
  return {
    '@type': 'ImageObject',
    url: src,
    contentUrl: src,
    caption: image.caption,
    creditText: image.credit,
    width: pixels(image.width),
    height: pixels(image.height),
  };
}
