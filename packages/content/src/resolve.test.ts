import { describe, expect, it } from 'vitest';
import { indexDocuments, resolve } from './resolve.js';
import {
  sampleArticle,
  sampleCollection,
  sampleEvent,
  sampleOrganisation,
  sampleProject,
} from './samples.js';
import type { Article } from './schemas/article.js';
import type { ContentDocument } from './schemas/document.js';
import type { Project } from './schemas/project.js';

const withoutIds = (collection: readonly ContentDocument[], ...ids: string[]) =>
  collection.filter((document) => !ids.includes(document.id));

describe('resolve', () => {
  it("puts each project participant's organisation in place of its id, keeping the role", () => {
    const project = resolve(sampleProject, sampleCollection);
    expect(project.participants).toEqual([
      { organisation: sampleOrganisation('iom-belarus'), role: 'implementing' },
      { organisation: sampleOrganisation('ministry-of-health-belarus'), role: 'implementing' },
      { organisation: sampleOrganisation('iom-development-fund'), role: 'funding' },
    ]);
    expect(project.title).toBe(sampleProject.title);
  });

  it("resolves an article's author, publisher and related projects, events and organisations", () => {
    const article = resolve(sampleArticle, sampleCollection);
    expect(article.author).toBe(sampleOrganisation('iom-belarus'));
    expect(article.publisher).toBe(sampleOrganisation('iom-belarus'));
    expect(article.relatedProjects).toEqual([sampleProject]);
    expect(article.relatedEvents).toEqual([sampleEvent]);
    expect(article.relatedOrganisations?.map((organisation) => organisation.id)).toEqual(
      sampleArticle.relatedOrganisations,
    );
  });

  it("resolves the organisation of a quote's speaker inside the body", () => {
    const article = resolve(sampleArticle, sampleCollection);
    const quote = article.body.find((block) => block.type === 'quote');
    expect(quote?.type === 'quote' && quote.quote.speaker).toEqual({
      name: 'Mahym Orazmuhammedova',
      jobTitle: 'IOM Belarus Chief of Mission',
      organisation: sampleOrganisation('iom-belarus'),
    });
  });

  it("resolves an event's organisers, participants, speakers and project", () => {
    const event = resolve(sampleEvent, sampleCollection);
    expect(event.organisers).toEqual([sampleOrganisation('iom-belarus')]);
    expect(event.participants?.map((organisation) => organisation.name)).toContain(
      'World Health Organization',
    );
    expect(event.speakers?.[0]?.organisation).toBe(sampleOrganisation('iom-belarus'));
    expect(event.project).toBe(sampleProject);
  });

  it("resolves an organisation's parent", () => {
    const iomBelarus = resolve(sampleOrganisation('iom-belarus'), sampleCollection);
    expect(iomBelarus.parent?.name).toBe('International Organization for Migration');
  });

  it('leaves out list entries whose document is missing, keeping the others in order', () => {
    const collection = withoutIds(sampleCollection, 'who', 'state-border-committee-belarus');
    const article = resolve(sampleArticle, collection);
    expect(article.relatedOrganisations?.map((organisation) => organisation.id)).toEqual([
      'ministry-of-health-belarus',
      'ministry-of-internal-affairs-belarus',
      'unaids',
      'belarusian-medical-workers-movement',
      'business-women-club',
    ]);
  });

  it('drops a project participant whose organisation is missing rather than inventing one', () => {
    const project = resolve(sampleProject, withoutIds(sampleCollection, 'iom-belarus'));
    expect(project.participants.map(({ organisation, role }) => [organisation.id, role])).toEqual([
      ['ministry-of-health-belarus', 'implementing'],
      ['iom-development-fund', 'funding'],
    ]);
  });

  it('leaves out single references and speakers’ organisations that find nothing', () => {
    const article = resolve(sampleArticle, withoutIds(sampleCollection, 'iom-belarus'));
    expect(article).not.toHaveProperty('author');
    expect(article).not.toHaveProperty('publisher');
    const quote = article.body.find((block) => block.type === 'quote');
    expect(quote?.type === 'quote' && quote.quote.speaker).toEqual({
      name: 'Mahym Orazmuhammedova',
      jobTitle: 'IOM Belarus Chief of Mission',
    });
  });

  it('does not put in a document of the wrong type', () => {
    const impostor: Project = { ...sampleProject, id: 'roundtable-as-project' };
    const article: Article = {
      ...sampleArticle,
      relatedProjects: ['migrant-healthcare-roundtable', impostor.id],
    };
    const resolved = resolve(article, [...sampleCollection, impostor]);
    expect(resolved.relatedProjects).toEqual([impostor]);
  });

  it('leaves the document it was given unchanged', () => {
    const before = structuredClone(sampleProject);
    resolve(sampleProject, withoutIds(sampleCollection, 'iom-belarus'));
    expect(sampleProject).toEqual(before);
  });

  it('accepts an index built once for many documents, where the first of two equal ids wins', () => {
    const duplicate = { ...sampleOrganisation('who'), name: 'A second WHO' };
    const index = indexDocuments([...sampleCollection, duplicate]);
    expect(resolve(sampleEvent, index).participants?.map((o) => o.name)).toContain(
      'World Health Organization',
    );
    expect(resolve(sampleEvent, index)).toEqual(resolve(sampleEvent, sampleCollection));
  });
});
