import { defineCollection } from 'astro:content';
import { iomLoader } from '@iom/astro';

// Every collection reads the one `content` folder: its documents are validated one by one and
// then together (ids, references, translations); any problem stops the build with its file and line.
export const collections = {
  news: defineCollection({ loader: iomLoader({ base: 'content', type: 'article' }) }),
  events: defineCollection({ loader: iomLoader({ base: 'content', type: 'event' }) }),
  projects: defineCollection({ loader: iomLoader({ base: 'content', type: 'project' }) }),
  organisations: defineCollection({ loader: iomLoader({ base: 'content', type: 'organisation' }) }),
};
