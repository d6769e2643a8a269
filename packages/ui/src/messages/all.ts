// Every language the kit ships besides English, which is built in: what `@iom/ui` registers by
// itself on the server, and what a browser bundle gets from `import '@iom/ui/messages/all'`.
import './ar.js';
import './es.js';
import './fr.js';
import './ru.js';
import './zh.js';
