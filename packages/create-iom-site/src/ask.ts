import { createInterface } from 'node:readline/promises';
import {
  checkName,
  checkUrl,
  DEFAULTS,
  type GivenOptions,
  parseLanguages,
  type SiteOptions,
  UN_LANGUAGES,
  UsageError,
} from './options.js';

/**
 * Asks for what the command line left out, each question with its default in brackets (Enter
 * takes it); a bad answer is explained and asked again.
 */
export async function ask(
  given: GivenOptions,
  input: NodeJS.ReadableStream,
  output: NodeJS.WritableStream,
): Promise<SiteOptions> {
  const prompts = createInterface({ input, output, terminal: false });
  const question = async <Value>(
    text: string,
    fallback: string,
    check: (answer: string) => Value,
  ): Promise<Value> => {
    for (;;) {
      const answer = (await prompts.question(`${text} [${fallback}]: `)).trim();
      try {
        return check(answer === '' ? fallback : answer);
      } catch (error) {
        if (!(error instanceof UsageError)) throw error;
        output.write(`  ${error.message}\n`);
      }
    }
  };
  try {
    const folder = given.folder ?? (await question('Folder to create', 'my-iom-site', (x) => x));
    const name = given.name ?? (await question("The office's name", DEFAULTS.name, checkName));
    const languages =
      given.languages ??
      (await question(
        `Languages (the six UN ones are ${UN_LANGUAGES.join(',')})`,
        DEFAULTS.languages.join(','),
        parseLanguages,
      ));
    const url = given.url ?? (await question("The site's address", DEFAULTS.url, checkUrl));
    return { folder, name, languages, url };
  } finally {
    prompts.close();
  }
}

/** Without questions: what was given, defaults for the rest; the folder must be named. */
export function withDefaults(given: GivenOptions): SiteOptions {
  if (given.folder === undefined) {
    throw new UsageError('name the folder to create, like: npm create iom-site@latest my-site');
  }
  return {
    folder: given.folder,
    name: given.name ?? DEFAULTS.name,
    languages: given.languages ?? DEFAULTS.languages,
    url: given.url ?? DEFAULTS.url,
  };
}
