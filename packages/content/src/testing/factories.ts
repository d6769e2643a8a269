import { sampleArticle, sampleEvent, sampleOrganisations, sampleProject } from '../samples.js';
import type { Article } from '../schemas/article.js';
import type { Quote } from '../schemas/blocks.js';
import type { ContentDocument } from '../schemas/document.js';
import type { Event } from '../schemas/event.js';
import type { Organisation } from '../schemas/organisation.js';
import type { Project } from '../schemas/project.js';
import type { Block } from '../schemas/rich-text.js';
import { checkSeed, randomInt, seededRandom, shiftDays } from './seeded.js';

export interface FactoryOptions {
  /**
   * Makes the document: its id is `<type>-<seed>` (`article-2`), its references point at the
   * documents of the same seed (`organisation-2`, `project-2`, `event-2`), and the seed picks
   * which sample text, dates and optional fields it has. The same seed always gives the same
   * document. A whole number of 0 or more. Default: 1.
   */
  seed?: number;
}

/** Ids of the documents one seed makes, so each factory can refer to the others. */
const idsFor = (seed: number) => ({
  organisation: `organisation-${seed}`,
  project: `project-${seed}`,
  event: `event-${seed}`,
  article: `article-${seed}`,
});

/**
 * A quote without its speaker's organisation: the sample speaker works for IOM Belarus, and a
 * generated collection may not hold it. The job title still says who she is.
 */
const withoutSpeakerOrganisation = ({ text, speaker }: Quote): Quote => ({
  text,
  speaker: { name: speaker.name, ...(speaker.jobTitle && { jobTitle: speaker.jobTitle }) },
});

/** The sample article's blocks: the first always, each other one as the seed decides. */
function bodyFor(random: () => number): Block[] {
  return sampleArticle.body
    .filter((_, index) => index === 0 || random() < 0.6)
    .map((block) =>
      block.type === 'quote' ? { ...block, quote: withoutSpeakerOrganisation(block.quote) } : block,
    );
}

/**
 * An organisation from the IOM Belarus page: seed 1 is IOM, 2 IOM Belarus, 3 the IOM
 * Development Fund, and so on through the partners, then round again. It has no parent, so it
 * refers to nothing.
 */
export function makeOrganisation(
  overrides: Partial<Organisation> = {},
  { seed = 1 }: FactoryOptions = {},
): Organisation {
  checkSeed(seed);
  const sample =
    sampleOrganisations[(seed + sampleOrganisations.length - 1) % sampleOrganisations.length];
  const {
    parent: _parent,
    translations: _translations,
    ...fields
  } = structuredClone(sample as Organisation);
  return { ...fields, id: idsFor(seed).organisation, ...overrides };
}

/** The sample project, run by `organisation-<seed>` as its implementing participant. */
export function makeProject(
  overrides: Partial<Project> = {},
  { seed = 1 }: FactoryOptions = {},
): Project {
  checkSeed(seed);
  const { translations: _translations, ...fields } = structuredClone(sampleProject);
  return {
    ...fields,
    id: idsFor(seed).project,
    participants: [{ organisation: idsFor(seed).organisation, role: 'implementing' }],
    ...overrides,
  };
}

/**
 * The sample roundtable, moved by up to a year, organised by `organisation-<seed>` as part of
 * `project-<seed>`.
 */
export function makeEvent(
  overrides: Partial<Event> = {},
  { seed = 1 }: FactoryOptions = {},
): Event {
  const random = seededRandom(checkSeed(seed));
  const ids = idsFor(seed);
  const {
    translations: _translations,
    participants: _participants,
    ...fields
  } = structuredClone(sampleEvent);
  return {
    ...fields,
    id: ids.event,
    start: shiftDays(sampleEvent.start, -randomInt(random, 365)),
    organisers: [ids.organisation],
    speakers: sampleEvent.speakers?.map(({ organisation: _organisation, ...speaker }) => speaker),
    project: ids.project,
    ...overrides,
  };
}

/**
 * The sample article, published up to a year earlier, with some of its paragraphs, written and
 * published by `organisation-<seed>` about `project-<seed>` and `event-<seed>`.
 */
export function makeArticle(
  overrides: Partial<Article> = {},
  { seed = 1 }: FactoryOptions = {},
): Article {
  const random = seededRandom(checkSeed(seed));
  const ids = idsFor(seed);
  const published = shiftDays(sampleArticle.published, -randomInt(random, 365));
  const {
    translations: _translations,
    relatedOrganisations: _relatedOrganisations,
    ...fields
  } = structuredClone(sampleArticle);
  const article: Article = {
    ...fields,
    id: ids.article,
    body: bodyFor(random),
    published,
    author: ids.organisation,
    publisher: ids.organisation,
    relatedProjects: [ids.project],
    relatedEvents: [ids.event],
  };
  if (random() < 0.5) article.modified = shiftDays(published, 1 + randomInt(random, 30));
  return { ...article, ...overrides };
}

export interface CollectionOptions extends FactoryOptions {
  /** How many sets of documents, with seeds `seed`, `seed + 1`…. Default: 1. */
  count?: number;
}

/**
 * A collection that passes `validateCollection`: for each seed, an organisation, a project,
 * an event and an article that refer to one another.
 */
export function makeCollection({ seed = 1, count = 1 }: CollectionOptions = {}): ContentDocument[] {
  checkSeed(seed);
  if (!Number.isSafeInteger(count) || count < 0) {
    throw new RangeError(`A collection count is a whole number of 0 or more; got ${count}.`);
  }
  return Array.from({ length: count }, (_, index) => {
    const options = { seed: seed + index };
    return [
      makeOrganisation({}, options),
      makeProject({}, options),
      makeEvent({}, options),
      makeArticle({}, options),
    ];
  }).flat();
}
