import type { LanguageMessages } from '../messages/languages.js';
import { primaryLanguageOf } from './languages.js';

/**
 * What a site may override: any string, and any entry of a group of strings (a status name,
 * an SDG name) without restating the rest of the group.
 */
export type MessageOverrides<Messages> = {
  [Key in keyof Messages]?: Messages[Key] extends string ? string : Partial<Messages[Key]>;
};

type Registry = Map<string, Partial<LanguageMessages>>;
const REGISTRY = Symbol.for('@iom/ui/messages');

/**
 * The registered languages live on `globalThis`, not in this module, so that one registration
 * reaches every copy of the package a site ends up with: its ESM and CommonJS builds, or two
 * copies a bundler made. Created on first use, so importing a component has no side effect.
 */
function registry(): Registry {
  const global = globalThis as { [REGISTRY]?: Registry };
  global[REGISTRY] ??= new Map();
  return global[REGISTRY];
}

/**
 * Makes a language's built-in words available to every component, as importing
 * `@iom/ui/messages/fr` does for French. A site may register a language the kit does not
 * ship (`registerMessages('uk', { … })`); a group it leaves out stays English.
 */
export function registerMessages(language: string, messages: Partial<LanguageMessages>): void {
  registry().set(primaryLanguageOf(language), messages);
}

/**
 * One group of built-in words in `locale`'s language (`fr-CH` reads French), or `english`
 * (the words each component has built in) when that language is not registered.
 */
export function messagesIn<Group extends keyof LanguageMessages>(
  locale: string,
  group: Group,
  english: LanguageMessages[Group],
): LanguageMessages[Group] {
  return registry().get(primaryLanguageOf(locale))?.[group] ?? english;
}

/** The built-in words with a site's overrides laid over them, group by group. */
export function withOverrides<Messages extends object>(
  base: Messages,
  overrides: MessageOverrides<Messages> | undefined,
): Messages {
  if (overrides === undefined) return base;
  const merged: Record<string, unknown> = { ...(base as object) };
  for (const [key, value] of Object.entries(overrides)) {
    const original = merged[key];
    merged[key] =
      typeof original === 'object' && original !== null
        ? { ...original, ...(value as object) }
        : value;
  }
  return merged as Messages;
}

/** `fill('Goal {number}', { number: 3 })` → `Goal 3`. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}
