import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface IndexEntry {
  type: 'story' | 'docs';
  id: string;
  title: string;
  name: string;
  tags?: string[];
}

/** The ids of the stories (or docs pages) in a built Storybook, read from its `index.json`. */
export function storiesIn(buildDirectory: string, type: IndexEntry['type'] = 'story'): string[] {
  const file = join(buildDirectory, 'index.json');
  if (!existsSync(file)) {
    throw new Error(`No Storybook build at ${buildDirectory}: run \`pnpm build\` first.`);
  }
  const { entries } = JSON.parse(readFileSync(file, 'utf8')) as {
    entries: Record<string, IndexEntry>;
  };
  return Object.values(entries)
    .filter((entry) => entry.type === type)
    .map((entry) => entry.id);
}
