import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

document.documentElement.lang = 'en';
document.title = 'IOM Web Kit test page';

afterEach(() => cleanup());

// The stories and tests speak all six languages, as a site that imports them all would.
import '../src/messages/all.js';
