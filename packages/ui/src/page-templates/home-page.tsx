import type { ReactNode } from 'react';
import { PageSection } from './page-section.js';

/** A titled section of the home page. */
export interface HomePageSection {
  /** Its anchor. Required. */
  id: string;
  /** Its heading (`h2`). Required. */
  title: ReactNode;
  /** What it shows: key facts, a NewsList, an EventList, a ProjectSummary, a PartnerList… Required. */
  content: ReactNode;
}

export interface HomePageProps {
  /** The top of the page: a `Hero` with the office's name as `h1`. Required. */
  hero: ReactNode;
  /** The sections, in the order to show them; each is a `<section>` named by its `h2`. Required. */
  sections: readonly HomePageSection[];
}

/** An office's home page inside `<main>`: its hero, then its sections, each under an `h2`. */
export function HomePage({ hero, sections }: HomePageProps) {
  return (
    <div className="iom-page">
      {hero}
      {sections.map((section) => (
        <PageSection key={section.id} id={section.id} title={section.title}>
          {section.content}
        </PageSection>
      ))}
    </div>
  );
}
