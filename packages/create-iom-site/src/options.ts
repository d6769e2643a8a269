import { parseArgs } from 'node:util';

/** The six official UN languages: a site's languages by default. */
export const UN_LANGUAGES = ['en', 'fr', 'es', 'ar', 'ru', 'zh'] as const;

export const DEFAULTS = {
  name: 'IOM Belarus',
  languages: [...UN_LANGUAGES] as string[],
  url: 'https://example.org',
};

/** A mistake in what the user asked for, told in plain words (exit code 2). */
export class UsageError extends Error {}

export interface SiteOptions {
  /** The folder to create, as given. */
  folder: string;
  /** The office's name, shown on every page: "IOM Ukraine". */
  name: string;
  /** BCP 47 codes, in the order of the language switcher. */
  languages: string[];
  /** The site's address, for canonical links and JSON-LD. */
  url: string;
}

/** What the command line gives; what it leaves out is asked for or defaulted. */
export type GivenOptions = Partial<SiteOptions> & { yes: boolean; help: boolean };

export function parseCommandLine(args: readonly string[]): GivenOptions {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(args);
  } catch (error) {
    // parseArgs explains "--" at length after its first sentence; the first is what matters.
    throw new UsageError((error as Error).message.split('. ')[0] ?? String(error));
  }
  const { values, positionals } = parsed;
  if (positionals.length > 1) {
    throw new UsageError(
      `give one folder to create, not ${positionals.length} (${positionals.join(', ')}); put a name with spaces in quotes`,
    );
  }
  return {
    yes: values.yes === true,
    help: values.help === true,
    ...(positionals[0] === undefined ? {} : { folder: positionals[0] }),
    ...(values.name === undefined ? {} : { name: checkName(values.name) }),
    ...(values.languages === undefined ? {} : { languages: parseLanguages(values.languages) }),
    ...(values.url === undefined ? {} : { url: checkUrl(values.url) }),
  };
}

const parse = (args: readonly string[]) =>
  parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      name: { type: 'string' },
      languages: { type: 'string' },
      url: { type: 'string' },
      yes: { type: 'boolean', short: 'y' },
      help: { type: 'boolean', short: 'h' },
    },
  });

export function checkName(name: string): string {
  const trimmed = name.trim();
  if (trimmed === '')
    throw new UsageError('the office\'s name is empty; give one, like --name "IOM Ukraine"');
  return trimmed;
}

/** `en,uk, ru` → `['en', 'uk', 'ru']`, each a valid BCP 47 code, canonical and once. */
export function parseLanguages(list: string): string[] {
  const codes = list
    .split(',')
    .map((code) => code.trim())
    .filter((code) => code !== '');
  if (codes.length === 0) {
    throw new UsageError('no languages given; list their codes, like --languages en,uk,ru');
  }
  const languages: string[] = [];
  for (const code of codes) {
    let canonical: string | undefined;
    try {
      [canonical] = Intl.getCanonicalLocales(code);
    } catch {
      canonical = undefined;
    }
    // Codes name folders and URLs: a plain language code, with a region or script at most.
    if (canonical === undefined || !/^[a-z]{2,3}(-[A-Za-z0-9]{2,4})?$/.test(canonical)) {
      throw new UsageError(
        `'${code}' is not a language code; use codes like en, uk, ru or pt-BR (BCP 47)`,
      );
    }
    if (languages.includes(canonical))
      throw new UsageError(`'${code}' is listed twice in --languages`);
    languages.push(canonical);
  }
  return languages;
}

export function checkUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new UsageError(`'${url}' is not a web address; give one like https://ukraine.iom.int`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new UsageError(`'${url}' is not a web address; give one like https://ukraine.iom.int`);
  }
  return parsed.href.replace(/\/$/, '');
}

export const USAGE = `Usage: npm create iom-site@latest <folder> [-- --name "IOM Ukraine" --languages en,uk,ru]
       create-iom-site <folder> [options]

Creates an Astro site for an IOM office in <folder>: the kit's page templates, a route per
language, and the IOM Belarus samples as content to replace with the office's own.

Options:
  --name <name>         the office's name, shown on every page (default: "${DEFAULTS.name}")
  --languages <codes>   the site's languages, comma-separated (default: ${UN_LANGUAGES.join(',')});
                        a language outside the six UN ones gets a messages file to translate
  --url <address>       the site's address, for canonical links and JSON-LD
                        (default: ${DEFAULTS.url})
  -y, --yes             ask nothing: use the defaults for what is not given (also the case
                        when input is not a terminal)
  -h, --help            show this help`;
