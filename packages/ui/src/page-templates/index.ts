export { ArticlePage, type ArticlePageProps } from './article-page.js';
export { EventPage, type EventPageProps } from './event-page.js';
export { HomePage, type HomePageProps, type HomePageSection } from './home-page.js';
export type { EventPageMessages, EventPageWords } from './messages.js';
export { PageSection, type PageSectionProps } from './page-section.js';
export { ProjectPage, type ProjectPageProps } from './project-page.js';
