import { registerMessages } from '../shared/messages.js';
import { ar } from './languages.js';

/** Arabic for every component: `import '@iom/ui/messages/ar'` once, where the site starts. */
registerMessages('ar', ar);

export { ar as messages };
