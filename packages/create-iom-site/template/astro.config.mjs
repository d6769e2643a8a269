import { defineConfig } from 'astro/config';
import site from './src/site.json' with { type: 'json' };

// Static HTML only: the kit's components are rendered on the server, no client JavaScript.
export default defineConfig({
  site: site.url,
  output: 'static',
  trailingSlash: 'always',
});
