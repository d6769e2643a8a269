import type { ReactNode } from 'react';

/** A titled part of a page: an `h2` and the `<section>` it names, with an anchor. */
export function Section({
  id,
  title,
  children,
}: {
  id: string;
  title: ReactNode;
  children: ReactNode;
}) {
  return (
    <section className="page-section" id={id} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="page-section__title">
        {title}
      </h2>
      {children}
    </section>
  );
}
