import { registerMessages } from '../shared/messages.js';
import { fr } from './languages.js';

/** French for every component: `import '@iom/ui/messages/fr'` once, where the site starts. */
registerMessages('fr', fr);

export { fr as messages };
