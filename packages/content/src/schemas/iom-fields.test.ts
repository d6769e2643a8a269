import { describe, expect, it } from 'vitest';
import { validateCollection } from '../collection.js';
import { safeParseDocument } from '../parse.js';
import { makeArticle, makeEvent, makeOrganisation, makeProject } from '../testing/index.js';
import { ArticleContentTypeSchema } from './article.js';
import { EventKindSchema } from './event.js';
import { iatiProjectStatus, type ProjectStatus } from './project.js';

/** `path: message` for every problem, so one expectation shows what an editor reads. */
const problems = (input: unknown) =>
  safeParseDocument(input).errors?.map(({ path, message }) => `${path}: ${message}`) ?? [];

const session = {
  title: 'Opening',
  start: '2018-12-18T09:00+01:00',
  end: '2018-12-18T10:00+01:00',
};
const image = { src: '/images/day.jpg', alt: 'People at the celebration' };

describe('vocabularies that fit IOM', () => {
  it.each([
    'observance',
    'celebration',
    'dialogue',
    'forum',
    'consultation',
    'screening',
    'visit',
    'campaign',
  ])('accepts the event kind %s', (kind) => {
    expect(EventKindSchema.options).toContain(kind);
    expect(problems(makeEvent({ kind: kind as 'other' }))).toEqual([]);
  });

  it('still rejects a kind that is not on the list', () => {
    expect(problems(makeEvent({ kind: 'party' as 'other' }))[0]).toMatch(
      /^kind: 'party' is not one of the allowed values/,
    );
  });

  it.each([
    ['planned', 'pipeline'],
    ['ongoing', 'implementation'],
    ['completed', 'closed'],
    ['finalisation', 'finalisation'],
  ] as const)('accepts the status %s, which IATI calls %s', (status, iati) => {
    expect(problems(makeProject({ status }))).toEqual([]);
    expect(iatiProjectStatus(status as ProjectStatus)).toBe(iati);
  });

  it('suggests the plain word for a capitalised status', () => {
    expect(problems(makeProject({ status: 'Completed' as 'completed' }))[0]).toMatch(
      /did you mean 'completed'\?/,
    );
  });

  it('takes partners that neither fund nor implement, beside an implementing one', () => {
    const participants = makeProject().participants;
    const partner = { organisation: 'organisation-9', role: 'partner' as const };
    expect(problems(makeProject({ participants: [...participants, partner] }))).toEqual([]);
    expect(problems(makeProject({ participants: [partner] }))).toEqual([
      'participants: name at least one implementing organisation (role "implementing")',
    ]);
    const donor = { organisation: 'organisation-9', role: 'donor' as 'partner' };
    expect(problems(makeProject({ participants: [...participants, donor] }))).toEqual([
      `participants[${participants.length}].role: 'donor' is not one of the allowed values: 'funding', 'accountable', 'extending', 'implementing', 'partner'`,
    ]);
  });

  it.each(ArticleContentTypeSchema.options)('accepts the article contentType %s', (type) => {
    expect(problems(makeArticle({ contentType: type }))).toEqual([]);
  });

  it('suggests the contentType an editor meant', () => {
    expect(problems(makeArticle({ contentType: 'press release' as 'news' }))[0]).toMatch(
      /did you mean 'press-release'\?/,
    );
  });
});

describe('the fields real IOM pages give', () => {
  it('an event takes links, contact, registration, audience, sessions, SDGs, themes, images and related projects', () => {
    const event = makeEvent({
      links: [{ href: '/en/reports/final-report.pdf', label: 'Final report' }],
      contact: { email: 'iombelarus@iom.int', phone: '+375 17 000 00 00' },
      registrationUrl: 'https://example.org/register',
      audience: 'Government officials and civil society',
      sessions: [session, { ...session, title: 'Film screening', location: { name: 'Valletta' } }],
      sdgs: [{ goal: 10, target: '10.7' }],
      themes: ['Migration and development'],
      images: [image],
      relatedProjects: ['project-1'],
    });
    expect(problems(event)).toEqual([]);
  });

  it('rejects what an event’s new fields cannot hold', () => {
    expect(
      problems(
        makeEvent({
          contact: {},
          registrationUrl: 'javascript:alert(1)',
          audience: '  ',
          sessions: [{ ...session, end: '2018-12-18T08:00+01:00' }],
          images: [{ src: image.src }],
        }),
      ),
    ).toEqual([
      "registrationUrl: 'javascript:' links are not allowed; use an https:// address",
      'audience: write some text here; it is empty',
      'contact: give an email, a phone number or a contact page (url)',
      'sessions[0].end: the session ends before it starts',
      'images[0].alt: describe the image for screen-reader users, or mark it decorative',
    ]);
    expect(
      problems(
        makeEvent({
          links: [{ href: 'javascript:alert(1)', label: 'Final report' }],
          themes: [' '],
          sdgs: [{ goal: 10, target: '8.7' }],
        }),
      ),
    ).toEqual([
      "links[0].href: 'javascript:' links are not allowed; use an https:// address",
      'themes[0]: write some text here; it is empty',
      "sdgs[0].target: target '8.7' belongs to goal 8, not goal 10",
    ]);
    expect(problems(makeEvent({ contact: { email: 'not an address' } }))).toEqual([
      "contact.email: write an email address, like 'iombelarus@iom.int'",
    ]);
    expect(problems(makeEvent({ sessions: [{ start: session.start } as typeof session] }))).toEqual(
      ['sessions[0].title: this field is required', 'sessions[0].end: this field is required'],
    );
  });

  it('an event’s related projects are checked across the collection', () => {
    const organisation = makeOrganisation({ id: 'iom' });
    const event = makeEvent({ relatedProjects: ['iom'] });
    expect(validateCollection([organisation, event]).map((problem) => problem.path)).toContain(
      'relatedProjects[0]',
    );
  });

  it('a project takes a short title, identifiers, coverage and regions', () => {
    const project = makeProject({
      shortTitle: 'REMA(K)ER',
      identifiers: [{ scheme: 'iom-project-code', value: 'BD10P0501' }],
      coverage: 'national',
      regions: ['Asia and the Pacific'],
    });
    expect(problems(project)).toEqual([]);
    expect(
      problems(
        makeProject({
          identifiers: [{ scheme: 'IOM code', value: '' }],
          coverage: 'country' as 'national',
          regions: [''],
        }),
      ),
    ).toEqual([
      "coverage: 'country' is not one of the allowed values: 'local', 'national', 'regional', 'global'",
      'regions[0]: write some text here; it is empty',
      "identifiers[0].scheme: use lower-case letters, digits and hyphens only, like 'iom-belarus'",
      'identifiers[0].value: write some text here; it is empty',
    ]);
  });

  it('an article takes regions; a person a description instead of a job title', () => {
    const speaker = {
      name: 'Ahmed',
      description: "One of 96,500 who benefitted from IOM's cash-for-food programme",
    };
    expect(
      problems(
        makeArticle({
          regions: ['Middle East and North Africa'],
          quotes: [{ text: 'First paragraph.\n\nSecond paragraph.', speaker }],
        }),
      ),
    ).toEqual([]);
    expect(
      problems(
        makeArticle({ quotes: [{ text: 'Words.', speaker: { ...speaker, description: '' } }] }),
      ),
    ).toEqual(['quotes[0].speaker.description: write some text here; it is empty']);
    expect(problems(makeArticle({ regions: [''] }))).toEqual([
      'regions[0]: write some text here; it is empty',
    ]);
  });

  it('an organisation takes its name in other languages, by language tag', () => {
    const names = {
      fr: 'Organisation internationale pour les migrations',
      ar: 'المنظمة الدولية للهجرة',
    };
    expect(problems(makeOrganisation({ names }))).toEqual([]);
    expect(problems(makeOrganisation({ names: { French: 'OIM', en: ' ' } }))).toEqual([
      "names.French: use a language code such as 'en', 'ru', 'ar', 'zh-Hans' or 'fr-CH'",
      'names.en: write some text here; it is empty',
    ]);
  });
});

describe('one link shape', () => {
  it('a Link uses href, like a rich-text link', () => {
    expect(
      problems(makeOrganisation({ links: [{ href: 'https://www.iom.int', label: 'IOM' }] })),
    ).toEqual([]);
  });

  it('writing url asks "did you mean href", as one problem, not two', () => {
    const links = [{ url: 'https://www.iom.int', label: 'IOM' }] as never;
    expect(problems(makeOrganisation({ links }))).toEqual([
      "links[0].url: unknown field 'url' — did you mean 'href'?",
    ]);
  });

  it('a misspelt required field is one problem too', () => {
    const { summary, ...rest } = makeArticle();
    expect(problems({ ...rest, sumary: summary })).toEqual([
      "sumary: unknown field 'sumary' — did you mean 'summary'?",
    ]);
  });
});
