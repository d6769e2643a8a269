/** Joins the class names that are set: `classNames('a', false && 'b', 'c')` → `'a c'`. */
export const classNames = (...names: (string | false | undefined)[]) =>
  names.filter(Boolean).join(' ');
