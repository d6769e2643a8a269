// English: the words every component has built in, so importing this registers nothing. It is
// the starting point for a language the kit does not ship: copy it, translate each string, and
// pass the result to `registerMessages` (create-iom-site writes such a file for a new language).
export { en as messages } from './languages.js';
