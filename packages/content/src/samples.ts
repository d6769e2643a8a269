/**
 * The IOM Belarus page as a validated collection: the organisations it names, the migration
 * health project, the roundtable and the article, plus the article's Russian and Arabic sample
 * translations for language and right-to-left work. Parsed on import, so a sample that breaks
 * the schemas fails loudly instead of reaching a component.
 */
import arabicArticleJson from '../samples/article.ar.json';
import articleJson from '../samples/article.en.json';
import russianArticleJson from '../samples/article.ru.json';
import eventJson from '../samples/event.json';
import publicPagesArticleJson from '../samples/iom-pages/article.json';
import publicPagesStoryJson from '../samples/iom-pages/article-story.json';
import publicPagesEventJson from '../samples/iom-pages/event.json';
import publicPagesDialogueJson from '../samples/iom-pages/event-idm-2022.json';
import publicPagesDisseminationJson from '../samples/iom-pages/event-remaker-dissemination.json';
import publicPagesOrganisationsJson from '../samples/iom-pages/organisations.json';
import publicPagesProjectJson from '../samples/iom-pages/project.json';
import publicPagesYearsProjectJson from '../samples/iom-pages/project-remaker.json';
import organisationsJson from '../samples/organisations.json';
import projectJson from '../samples/project.json';
import { parseContent } from './parse.js';
import { ArticleSchema } from './schemas/article.js';
import type { ContentDocument } from './schemas/document.js';
import { EventSchema } from './schemas/event.js';
import { OrganisationSchema } from './schemas/organisation.js';
import { ProjectSchema } from './schemas/project.js';

export const sampleOrganisations = organisationsJson.map((json) =>
  parseContent(OrganisationSchema, json),
);
export const sampleProject = parseContent(ProjectSchema, projectJson);
export const sampleEvent = parseContent(EventSchema, eventJson);
export const sampleArticle = parseContent(ArticleSchema, articleJson);

/**
 * The article in Russian and Arabic. They are sample translations made for this kit, not
 * IOM's own, and carry a label saying so.
 */
export const sampleTranslations = {
  ru: parseContent(ArticleSchema, russianArticleJson),
  ar: parseContent(ArticleSchema, arabicArticleJson),
};

/** Every sample document, in one list, as a site would load its collection. */
export const sampleCollection: readonly ContentDocument[] = [
  ...sampleOrganisations,
  sampleProject,
  sampleEvent,
  sampleArticle,
  sampleTranslations.ru,
  sampleTranslations.ar,
];

/** Looks up a sample organisation by id, for stories and tests. */
export function sampleOrganisation(id: string) {
  const organisation = sampleOrganisations.find((candidate) => candidate.id === id);
  if (organisation === undefined) throw new Error(`No sample organisation has the id '${id}'.`);
  return organisation;
}

/**
 * A second set, written from other IOM public pages (each source is named in
 * samples/iom-pages/SOURCES.txt): an International Migrants Day in Valletta with a local time zone
 * and a session; an online dialogue in New York's time zone with no join address (it is past),
 * held over three sessions; a completed two-year project with month-only dates; a completed
 * multi-year project dated by the year, with IOM's project codes, an acronym, coverage and region;
 * the event that closed it; a press release dated by the day and a story quoting a person known by
 * a description rather than a job title. Its collection adds the IOM organisations it shares with
 * the Belarus set.
 */
const publicPageOrganisations = publicPagesOrganisationsJson.map((json) =>
  parseContent(OrganisationSchema, json),
);
const publicPageEvent = parseContent(EventSchema, publicPagesEventJson);
const publicPageDialogue = parseContent(EventSchema, publicPagesDialogueJson);
const publicPageProjectEvent = parseContent(EventSchema, publicPagesDisseminationJson);
const publicPageProject = parseContent(ProjectSchema, publicPagesProjectJson);
const publicPageYearsProject = parseContent(ProjectSchema, publicPagesYearsProjectJson);
const publicPagePressRelease = parseContent(ArticleSchema, publicPagesArticleJson);
const publicPageStory = parseContent(ArticleSchema, publicPagesStoryJson);

export const publicPageSamples = {
  organisations: publicPageOrganisations,
  /** Celebration of International Migrants Day 2018, Valletta: local times, a session, a contact. */
  event: publicPageEvent,
  /** IOM's International Dialogue on Migration 2022, first session: online, past, three sessions. */
  dialogue: publicPageDialogue,
  /** IOM Bangladesh's event on the completed REMA(K)ER project: dated by the day. */
  projectEvent: publicPageProjectEvent,
  /** IOM Albania's completed reintegration project, 2003–2005: dated by the month. */
  project: publicPageProject,
  /** REMA(K)ER, IOM Bangladesh, 2019–2023: dated by the year, with IOM's codes and an acronym. */
  yearsProject: publicPageYearsProject,
  pressRelease: publicPagePressRelease,
  /** IOM Turkey's story of Ayşe: a quote from a person described, not titled. */
  story: publicPageStory,
  collection: [
    sampleOrganisation('iom'),
    sampleOrganisation('iom-development-fund'),
    ...publicPageOrganisations,
    publicPageProject,
    publicPageYearsProject,
    publicPageEvent,
    publicPageDialogue,
    publicPageProjectEvent,
    publicPagePressRelease,
    publicPageStory,
  ] as readonly ContentDocument[],
};
