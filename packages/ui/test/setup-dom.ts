import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

document.documentElement.lang = 'en';
document.title = 'IOM Web Kit test page';

afterEach(() => cleanup());
