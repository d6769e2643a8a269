import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { stringify } from 'yaml';
import { hastToRichText } from '../rich-text/from-html.js';
import { ConversionLog, type ConversionProblem, TOO_DEEP } from '../rich-text/problems.js';
import { richTextToMarkdown } from '../rich-text/to-markdown.js';
import { isSafeUrl } from '../url.js';

const HTML_EXTENSIONS = new Set(['.html', '.htm']);

/** What an article needs that a page may not say, with a hint for the editor. */
const REQUIRED_FIELDS: Record<string, string> = {
  id: 'the-article-in-lower-case-words',
  lang: 'the language tag, like en',
  headline: 'the title of the article',
  summary: 'one or two sentences for lists and search results',
  published: 'when it was first published, like 2024-11-05T10:00:00+03:00',
};

/** An imported page: the Markdown content file, and what the editor has to check. */
export interface ImportedPage {
  markdown: string;
  problems: ConversionProblem[];
  /** Article fields the page did not give, left for the editor (as comments in the front matter). */
  missing: string[];
}

function* elements(node: Root | Element): Generator<Element> {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    yield child;
    yield* elements(child);
  }
}

const textOf = (node: Element | RootContent): string =>
  node.type === 'text'
    ? node.value
    : node.type === 'element'
      ? node.children.map(textOf).join('')
      : '';
const words = (node: Element) => textOf(node).replace(/\s+/g, ' ').trim();

/** `Partners Discuss a Plan.html` → `partners-discuss-a-plan` */
const idFromName = (name: string) =>
  name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/**
 * Turns a page of HTML into a Markdown content file: the front matter from its `<title>`,
 * `<meta>` description and publication time and `<html lang>`, the text from its `<article>`,
 * `<main>` or `<body>`. What it cannot carry over is reported; fields it cannot find are left
 * as comments for the editor.
 */
export function importHtmlPage(html: string, fileName: string): ImportedPage {
  const root = fromHtml(html);
  const all = [...elements(root)];
  const find = (tag: string) => all.find((element) => element.tagName === tag);
  const meta = (...names: string[]) => {
    for (const element of all) {
      if (element.tagName !== 'meta') continue;
      const { name, property, content } = element.properties;
      if (
        typeof content === 'string' &&
        content.trim() !== '' &&
        names.some((wanted) => wanted === name || wanted === property)
      )
        return content.trim();
    }
    return undefined;
  };

  const container = find('article') ?? find('main') ?? find('body') ?? root;
  const title = find('title');
  const firstHeading = all.find((element) => element.tagName === 'h1' && container !== root);
  // The page's own h1 is the headline, not a heading of the text; a <title> often adds the
  // site's name, so it only stands in when there is no h1.
  const headline =
    (firstHeading === undefined ? '' : words(firstHeading)) ||
    (title === undefined ? '' : words(title));
  const children = container.children.filter((child) => child !== firstHeading);
  const log = new ConversionLog();
  const body = hastToRichText({ type: 'root', children }, log);

  const lang = find('html')?.properties.lang;
  const published = meta('article:published_time', 'date', 'dcterms.date');
  const image = meta('og:image');
  const fields: Record<string, unknown> = {
    type: 'article',
    id: idFromName(fileName) || undefined,
    lang: typeof lang === 'string' && lang !== '' ? lang : undefined,
    headline: headline || undefined,
    summary: meta('description', 'og:description'),
    published:
      published !== undefined && /\d{4}-\d{2}-\d{2}T.*(?:Z|[+-]\d{2}:\d{2})$/.test(published)
        ? published
        : undefined,
    ...(image !== undefined && isSafeUrl(image) ? { images: [{ src: image }] } : {}),
  };
  const given = Object.fromEntries(
    Object.entries(fields).filter(([, value]) => value !== undefined),
  );
  const missing = Object.keys(REQUIRED_FIELDS).filter((field) => !(field in given));
  if (given.images !== undefined) missing.push('images[0].alt');
  const reminders = missing.map(
    (field) =>
      `# ${field}: ${REQUIRED_FIELDS[field] ?? 'describe the image for screen-reader users'}\n`,
  );
  const frontMatter = `---\n${stringify(given, { lineWidth: 0 })}${reminders.join('')}---\n`;
  return {
    markdown: body.length === 0 ? frontMatter : `${frontMatter}\n${richTextToMarkdown(body)}`,
    problems: log.problems,
    missing,
  };
}

export interface ImportOutput {
  out: (text: string) => void;
}

/** Finds the HTML files named, folders searched recursively; `undefined` for a missing path. */
async function htmlFiles(path: string): Promise<string[] | undefined> {
  const info = await stat(path).catch(() => undefined);
  if (info === undefined) return undefined;
  if (info.isFile()) return [path];
  const found: string[] = [];
  const walk = async (folder: string) => {
    const entries = await readdir(folder, { withFileTypes: true });
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const child = join(folder, entry.name);
      if (entry.isDirectory()) await walk(child);
      else if (HTML_EXTENSIONS.has(extname(entry.name).toLowerCase())) found.push(child);
    }
  };
  await walk(path);
  return found;
}

/**
 * `iom-content import`: writes a Markdown content file for each HTML page, beside it or in
 * `outFolder` (keeping the folders below a named folder), and prints what needs the editor.
 * Returns the exit code: 0 when every page was written, 1 when one could not be, 2 when a named
 * path does not exist.
 */
export async function importPaths(
  paths: readonly string[],
  outFolder: string | undefined,
  output: ImportOutput,
  cwd = process.cwd(),
): Promise<number> {
  const display = (path: string) => {
    const fromCwd = relative(cwd, path);
    return fromCwd.startsWith('..') ? path : fromCwd;
  };
  let code = 0;
  let written = 0;
  for (const path of paths) {
    const absolute = resolve(cwd, path);
    const files = await htmlFiles(absolute);
    if (files === undefined) {
      output.out(`${path}: no such file or folder`);
      code = 2;
      continue;
    }
    if (files.length === 0) output.out(`${path}: the folder holds no .html files`);
    for (const file of files) {
      const name = display(file);
      const html = await readFile(file, 'utf8').catch(() => undefined);
      if (html === undefined) {
        output.out(`${name}: cannot be read`);
        code = Math.max(code, 1);
        continue;
      }
      const stem = basename(file, extname(file));
      const inside = file === absolute ? '' : dirname(relative(absolute, file));
      const target = join(
        outFolder === undefined ? dirname(file) : resolve(cwd, outFolder, inside),
        `${stem}.md`,
      );
      if (await stat(target).catch(() => undefined)) {
        output.out(
          `${name}: not imported: ${display(target)} already exists (move it away to import again)`,
        );
        code = Math.max(code, 1);
        continue;
      }
      let page: ImportedPage;
      try {
        page = importHtmlPage(html, stem);
      } catch (error) {
        if (!(error instanceof RangeError)) throw error;
        output.out(`${name}: not imported: ${TOO_DEEP}`);
        code = Math.max(code, 1);
        continue;
      }
      for (const problem of page.problems) {
        const place =
          problem.line === undefined ? name : `${name}:${problem.line}:${problem.column}`;
        output.out(`${place}: ${problem.message}`);
      }
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, page.markdown);
      written++;
      const todo = page.missing.length === 0 ? '' : `; fill in ${page.missing.join(', ')}`;
      output.out(`${display(target)}: written from ${name}${todo}`);
    }
  }
  output.out(`${written} page${written === 1 ? '' : 's'} imported.`);
  return code;
}
