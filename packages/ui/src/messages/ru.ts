import { registerMessages } from '../shared/messages.js';
import { ru } from './languages.js';

/** Russian for every component: `import '@iom/ui/messages/ru'` once, where the site starts. */
registerMessages('ru', ru);

export { ru as messages };
