import { registerMessages } from '../shared/messages.js';
import { zh } from './languages.js';

/** Chinese for every component: `import '@iom/ui/messages/zh'` once, where the site starts. */
registerMessages('zh', zh);

export { zh as messages };
