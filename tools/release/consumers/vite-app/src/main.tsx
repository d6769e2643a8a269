import '@iom/tokens/tokens.css';
import '@iom/ui/styles.css';
import { sampleArticle } from '@iom/content/samples';
import { NewsCard } from '@iom/ui';
import { createRoot } from 'react-dom/client';

const root = document.getElementById('root');
if (root) createRoot(root).render(<NewsCard article={sampleArticle} />);
