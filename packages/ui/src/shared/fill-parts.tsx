import { Fragment, type ReactNode } from 'react';

/**
 * `fillParts('{start} – {end}', { start: <time …/>, end: <time …/> })`: a message whose
 * placeholders are elements, so translators place them (Chinese writes `{start}至{end}`).
 */
export function fillParts(template: string, values: Readonly<Record<string, ReactNode>>) {
  return template
    .split(/(\{\w+\})/)
    .filter((part) => part !== '')
    .map((part, position) => {
      const name = /^\{(\w+)\}$/.exec(part)?.[1];
      return (
        // The parts of one message never move, so their position is a stable key.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        <Fragment key={position}>
          {name !== undefined && name in values ? values[name] : part}
        </Fragment>
      );
    });
}
