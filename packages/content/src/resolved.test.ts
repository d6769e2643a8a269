import { describe, expect, expectTypeOf, it } from 'vitest';
import * as z from 'zod';
import { createContentModel } from './model.js';
import type {
  ResolvedArticle,
  ResolvedBlock,
  ResolvedEvent,
  ResolvedOrganisation,
  ResolvedParticipant,
  ResolvedPerson,
  ResolvedProject,
  ResolvedQuote,
} from './resolve.js';
import type { Article } from './schemas/article.js';
import type { Person, Quote } from './schemas/blocks.js';
import type { Event } from './schemas/event.js';
import type { Organisation } from './schemas/organisation.js';
import { reference } from './schemas/primitives.js';
import type { Participant, Project } from './schemas/project.js';
import type { Block, QuoteBlock } from './schemas/rich-text.js';
import { makeCollection, makeEvent, makeOrganisation, makeProject } from './testing/index.js';

// The resolved types as they were written by hand before they were derived from the schemas:
// what @iom/ui was built against. The derived types must stay the same.
type HandPerson = Omit<Person, 'organisation'> & { organisation?: Organisation };
type HandQuote = Omit<Quote, 'speaker'> & { speaker: HandPerson };
type HandBlock = Exclude<Block, QuoteBlock> | (Omit<QuoteBlock, 'quote'> & { quote: HandQuote });
type HandParticipant = Omit<Participant, 'organisation'> & { organisation: Organisation };

describe('resolved types are derived from the schemas', () => {
  it('are the types written by hand before', () => {
    expectTypeOf<ResolvedPerson>().branded.toEqualTypeOf<HandPerson>();
    expectTypeOf<ResolvedQuote>().branded.toEqualTypeOf<HandQuote>();
    expectTypeOf<ResolvedBlock>().branded.toEqualTypeOf<HandBlock>();
    expectTypeOf<ResolvedParticipant>().branded.toEqualTypeOf<HandParticipant>();
    expectTypeOf<ResolvedOrganisation>().branded.toEqualTypeOf<
      Omit<Organisation, 'parent'> & { parent?: Organisation }
    >();
    expectTypeOf<ResolvedProject>().branded.toEqualTypeOf<
      Omit<Project, 'participants' | 'body'> & {
        participants: HandParticipant[];
        body?: HandBlock[];
      }
    >();
    expectTypeOf<ResolvedEvent>().branded.toEqualTypeOf<
      Omit<
        Event,
        'organisers' | 'participants' | 'speakers' | 'project' | 'relatedProjects' | 'body'
      > & {
        relatedProjects?: Project[];
        organisers?: Organisation[];
        participants?: Organisation[];
        speakers?: HandPerson[];
        project?: Project;
        body?: HandBlock[];
      }
    >();
    expectTypeOf<ResolvedArticle>().branded.toEqualTypeOf<
      Omit<
        Article,
        | 'author'
        | 'publisher'
        | 'relatedProjects'
        | 'relatedEvents'
        | 'relatedOrganisations'
        | 'quotes'
        | 'body'
      > & {
        author?: Organisation;
        publisher?: Organisation;
        relatedProjects?: Project[];
        relatedEvents?: Event[];
        relatedOrganisations?: Organisation[];
        quotes?: HandQuote[];
        body: HandBlock[];
      }
    >();
  });
});

describe('a reference field added to a schema is one edit', () => {
  // The only edit: the field, declared with `reference(type)`. Its type, `referencesOf`,
  // `resolve` and `validateCollection` follow from it.
  const model = createContentModel({
    extend: {
      project: {
        leadOrganisation: reference('organisation').optional(),
        donors: z.array(reference('organisation')).optional(),
      },
    },
  });
  const [organisation] = makeCollection({ count: 1 });
  const project = model.parseDocument({
    ...makeProject(),
    leadOrganisation: organisation?.id,
    donors: [organisation?.id, 'nobody'],
  });
  if (project.type !== 'project') throw new Error('expected a project');

  it('is typed as the document it names once resolved', () => {
    const resolved = model.resolve(project, [makeOrganisation(), project]);
    expectTypeOf(resolved.leadOrganisation).toEqualTypeOf<
      z.output<typeof model.OrganisationSchema> | undefined
    >();
    expectTypeOf(resolved.donors).toEqualTypeOf<
      z.output<typeof model.OrganisationSchema>[] | undefined
    >();
    expectTypeOf(project.leadOrganisation).toEqualTypeOf<string | undefined>();
  });

  it('is resolved, and a missing target is left out', () => {
    const resolved = model.resolve(project, [makeOrganisation(), project]);
    expect(resolved.leadOrganisation).toEqual(makeOrganisation());
    expect(resolved.donors).toEqual([makeOrganisation()]);
    expect(model.resolve(project, [project])).not.toHaveProperty('leadOrganisation');
  });

  it('is listed by referencesOf and checked by validateCollection, with its path', () => {
    expect(model.referencesOf(project)).toEqual(
      expect.arrayContaining([
        { path: 'leadOrganisation', id: 'organisation-1', expectedType: 'organisation' },
        { path: 'donors[1]', id: 'nobody', expectedType: 'organisation' },
      ]),
    );
    const collection = makeCollection({ count: 1 }).map((document) =>
      document.type === 'project' ? project : document,
    );
    expect(model.validateCollection(collection)).toEqual([
      {
        index: 1,
        id: project.id,
        path: 'donors[1]',
        message: "refers to 'nobody', but no document has that id",
      },
    ]);
    const valid = { ...project, donors: ['organisation-1'] };
    expect(
      model.validateCollection(collection.map((d) => (d.type === 'project' ? valid : d))),
    ).toEqual([]);
    // A reference of the wrong type is reported as the kit's are.
    const wrongType = { ...project, leadOrganisation: 'project-1', donors: undefined };
    expect(
      model.validateCollection(collection.map((d) => (d.type === 'project' ? wrongType : d))),
    ).toEqual([
      expect.objectContaining({
        path: 'leadOrganisation',
        message: "refers to 'project-1', which is a project; an organisation is expected here",
      }),
    ]);
  });
});

describe('a required reference field of a site', () => {
  const model = createContentModel({ extend: { event: { host: reference('organisation') } } });
  const event = model.parseDocument({ ...makeEvent(), host: 'organisation-1' });
  if (event.type !== 'event') throw new Error('expected an event');

  it('is resolved, or left out when it finds nothing, so its resolved type is optional', () => {
    expectTypeOf(model.resolve(event, []))
      .toHaveProperty('host')
      .toEqualTypeOf<z.output<typeof model.OrganisationSchema> | undefined>();
    expect(model.resolve(event, [makeOrganisation()]).host).toEqual(makeOrganisation());
    expect(model.resolve(event, [])).not.toHaveProperty('host');
    expect(model.validateCollection([event])).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          path: 'host',
          message: "refers to 'organisation-1', but no document has that id",
        }),
      ]),
    );
  });
});
