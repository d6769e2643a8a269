import * as eventCard from '../event-card/messages.js';
import * as newsCard from '../news-card/messages.js';
import * as eventPage from '../page-templates/messages.js';
import * as partnerList from '../partner-list/messages.js';
import * as projectSummary from '../project-summary/messages.js';
import * as sdgNames from '../project-summary/sdg-names.js';
import * as dates from '../shared/date-messages.js';
import * as site from '../site/messages.js';

/**
 * Every built-in word of the kit in one language, group by group: what a language module
 * registers. Each group's words live beside the component that uses them; a component has
 * its English built in and reads any other language from the registered ones.
 */
export interface LanguageMessages {
  dates: dates.DateMessages;
  eventCard: eventCard.EventCardWords;
  eventPage: eventPage.EventPageWords;
  newsCard: newsCard.NewsCardMessages;
  partnerList: partnerList.PartnerListMessages;
  projectSummary: projectSummary.ProjectSummaryWords;
  sdgNames: sdgNames.SdgNames;
  site: site.SiteMessages;
}

// One object per language, written out so a bundle keeps only the languages a site imports.
export const en: LanguageMessages = {
  dates: dates.en,
  eventCard: eventCard.en,
  eventPage: eventPage.en,
  newsCard: newsCard.en,
  partnerList: partnerList.en,
  projectSummary: projectSummary.en,
  sdgNames: sdgNames.en,
  site: site.en,
};
export const fr: LanguageMessages = {
  dates: dates.fr,
  eventCard: eventCard.fr,
  eventPage: eventPage.fr,
  newsCard: newsCard.fr,
  partnerList: partnerList.fr,
  projectSummary: projectSummary.fr,
  sdgNames: sdgNames.fr,
  site: site.fr,
};
export const es: LanguageMessages = {
  dates: dates.es,
  eventCard: eventCard.es,
  eventPage: eventPage.es,
  newsCard: newsCard.es,
  partnerList: partnerList.es,
  projectSummary: projectSummary.es,
  sdgNames: sdgNames.es,
  site: site.es,
};
export const ar: LanguageMessages = {
  dates: dates.ar,
  eventCard: eventCard.ar,
  eventPage: eventPage.ar,
  newsCard: newsCard.ar,
  partnerList: partnerList.ar,
  projectSummary: projectSummary.ar,
  sdgNames: sdgNames.ar,
  site: site.ar,
};
export const ru: LanguageMessages = {
  dates: dates.ru,
  eventCard: eventCard.ru,
  eventPage: eventPage.ru,
  newsCard: newsCard.ru,
  partnerList: partnerList.ru,
  projectSummary: projectSummary.ru,
  sdgNames: sdgNames.ru,
  site: site.ru,
};
export const zh: LanguageMessages = {
  dates: dates.zh,
  eventCard: eventCard.zh,
  eventPage: eventPage.zh,
  newsCard: newsCard.zh,
  partnerList: partnerList.zh,
  projectSummary: projectSummary.zh,
  sdgNames: sdgNames.zh,
  site: site.zh,
};
