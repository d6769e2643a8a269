import type { Image } from '../schemas/blocks.js';

/** What publishing needs to know about the site itself, once for every page and feed. */
export interface PublishSite {
  /** The site's public address, like `https://belarus.iom.int/`; every URL is made absolute with it. */
  url: string | URL;
  /** The site's name, added to page titles and used as the feeds' author: `IOM Belarus`. */
  name: string;
  /** The language of `x-default`, the version shown to readers of any other language. Default: `en`. */
  defaultLanguage?: string;
  /** The picture shared links show for pages without an image of their own (a logo, a photo). */
  image?: Image;
  /** The site's account on X (Twitter), like `@IOMBelarus`, for `twitter:site`. */
  twitterAccount?: string;
  /** Longest document title before it is shortened (search results cut near 60). Default: 60. */
  titleLength?: number;
}
