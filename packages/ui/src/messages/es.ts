import { registerMessages } from '../shared/messages.js';
import { es } from './languages.js';

/** Spanish for every component: `import '@iom/ui/messages/es'` once, where the site starts. */
registerMessages('es', es);

export { es as messages };
