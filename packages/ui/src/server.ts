// `@iom/ui` on the server (the `react-server` and `node` export conditions): every component,
// with all six languages registered, so server rendering needs no setup. Browsers get
// `index.ts`, English only, plus the languages the site imports.
import './messages/all.js';

export * from './index.js';
