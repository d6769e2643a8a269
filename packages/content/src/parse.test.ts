import { describe, expect, it } from 'vitest';
import { ContentValidationError } from './errors.js';
import { parseDocument, safeParseDocument } from './parse.js';
import { sampleArticle, sampleEvent, sampleOrganisation, sampleProject } from './samples.js';

/** A fresh copy of a sample with some fields changed (undefined deletes the field). */
function edit<Document extends object>(document: Document, changes: Record<string, unknown>) {
  const copy: Record<string, unknown> = structuredClone(document) as Record<string, unknown>;
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) delete copy[key];
    else copy[key] = value;
  }
  return copy;
}

const errorsOf = (input: unknown) => {
  const result = safeParseDocument(input);
  return result.success ? [] : result.errors;
};

describe('parseDocument', () => {
  it('returns a valid document unchanged', () => {
    const input = structuredClone(sampleArticle);
    expect(parseDocument(input)).toEqual(sampleArticle);
  });

  it('throws a ContentValidationError listing every problem with its path', () => {
    const input = edit(sampleArticle, { headline: '', lang: 'english' });
    expect(() => parseDocument(input)).toThrow(ContentValidationError);
    try {
      parseDocument(input);
    } catch (error) {
      const validation = error as ContentValidationError;
      expect(validation.errors.map((e) => e.path)).toEqual(['lang', 'headline']);
      expect(validation.message).toBe(
        [
          'The content has 2 problems:',
          "  lang: use a language code such as 'en', 'ru', 'ar', 'zh-Hans' or 'fr-CH'",
          '  headline: write some text here; it is empty',
        ].join('\n'),
      );
    }
  });

  it('reports every problem in one pass, nested ones with their full path', () => {
    const input = edit(sampleArticle, {
      published: '2024-11-05T10:00',
      images: [{ src: 'javascript:alert(1)' }],
      countries: ['BY', 'Belarus'],
      sdgs: [{ goal: 3, target: '4.1' }],
    });
    expect(errorsOf(input)).toEqual([
      {
        path: 'published',
        message: 'add the UTC offset to the time, like 2024-11-05T10:00+03:00',
      },
      {
        path: 'images[0].src',
        message: "'javascript:' links are not allowed; use an https:// address",
      },
      {
        path: 'images[0].alt',
        message: 'describe the image for screen-reader users, or mark it decorative',
      },
      {
        path: 'countries[1]',
        message: "use a two-letter ISO 3166-1 country code, like 'BY' for Belarus",
      },
      { path: 'sdgs[0].target', message: "target '4.1' belongs to goal 4, not goal 3" },
    ]);
  });

  it('says which required fields are missing and what a wrong type should be', () => {
    expect(errorsOf(edit(sampleProject, { title: undefined, participants: 'IOM' }))).toEqual([
      { path: 'title', message: 'this field is required' },
      { path: 'participants', message: 'expected a list, but found text' },
    ]);
  });

  it('rejects input that is not a document at all', () => {
    expect(errorsOf('article')).toEqual([
      { path: '', message: 'expected a group of fields, but found text' },
    ]);
    expect(errorsOf([])).toEqual([
      { path: '', message: 'expected a group of fields, but found a list' },
    ]);
  });

  it('asks for a type, and suggests the closest one for a misspelt type', () => {
    expect(errorsOf({ id: 'x' })).toEqual([
      {
        path: 'type',
        message: "this field is required: one of 'organisation', 'project', 'event', 'article'",
      },
    ]);
    expect(errorsOf(edit(sampleArticle, { type: 'artcle' }))).toEqual([
      { path: 'type', message: "'artcle' is not a known type — did you mean 'article'?" },
    ]);
    expect(errorsOf(edit(sampleArticle, { type: 'podcast' }))[0]?.message).toBe(
      "'podcast' is not a known type; use one of 'organisation', 'project', 'event', 'article'",
    );
  });

  it('suggests the closest allowed value for a misspelt option', () => {
    expect(errorsOf(edit(sampleEvent, { kind: 'roundtabel' }))).toEqual([
      {
        path: 'kind',
        message:
          "'roundtabel' is not one of the allowed values — did you mean 'roundtable'? Allowed: 'roundtable', 'conference', 'training', 'workshop', 'seminar', 'meeting', 'webinar', 'launch', 'exhibition', 'observance', 'celebration', 'dialogue', 'forum', 'consultation', 'screening', 'visit', 'campaign', 'other'",
      },
    ]);
  });
});

describe('unknown fields', () => {
  it('are errors, with the closest known field suggested', () => {
    expect(errorsOf(edit(sampleProject, { titel: 'Migration health' }))).toEqual([
      { path: 'titel', message: "unknown field 'titel' — did you mean 'title'?" },
    ]);
  });

  it('are reported one per field, nested ones with their path', () => {
    const input = edit(sampleArticle, {
      summery: 'x',
      colour: 'blue',
      dateline: { name: 'Minsk', contry: 'BY' },
    });
    expect(errorsOf(input)).toEqual([
      { path: 'dateline.contry', message: "unknown field 'contry' — did you mean 'country'?" },
      { path: 'summery', message: "unknown field 'summery' — did you mean 'summary'?" },
      { path: 'colour', message: "unknown field 'colour' — remove it, or check the spelling" },
    ]);
  });

  it('are reported inside rich text too', () => {
    const body = [
      { type: 'paragraph', children: [{ type: 'text', text: 'Hello', html: '<b>Hello</b>' }] },
    ];
    expect(errorsOf(edit(sampleArticle, { body }))).toEqual([
      {
        path: 'body[0].children[0].html',
        message: "unknown field 'html' — remove it, or check the spelling",
      },
    ]);
  });
});

describe('rich text', () => {
  it('accepts paragraphs, headings, lists, quotes and images with marks and links', () => {
    const body = [
      { type: 'heading', level: 1, children: [{ type: 'text', text: 'Results' }] },
      {
        type: 'paragraph',
        children: [
          { type: 'text', text: 'Read ', marks: ['strong'] },
          {
            type: 'link',
            href: '/en/projects/migration-health-capacities',
            children: [{ type: 'text', text: 'the project' }],
          },
        ],
      },
      { type: 'list', style: 'bulleted', items: [{ children: [{ type: 'text', text: 'One' }] }] },
      { type: 'quote', quote: { text: 'Words.', speaker: { name: 'Mahym Orazmuhammedova' } } },
      { type: 'image', image: { src: '/images/roundtable.jpg', decorative: true } },
    ];
    expect(errorsOf(edit(sampleArticle, { body }))).toEqual([]);
  });

  it('has no way to carry raw HTML', () => {
    const body = [{ type: 'html', html: '<script>alert(1)</script>' }];
    expect(errorsOf(edit(sampleArticle, { body }))).toEqual([
      {
        path: 'body[0].type',
        message:
          "'html' is not a known type; use one of 'paragraph', 'heading', 'list', 'quote', 'image'",
      },
    ]);
  });

  it('says how to bring in text pasted where the blocks belong', () => {
    expect(errorsOf(edit(sampleArticle, { body: '<p>On 5 November…</p>' }))).toEqual([
      {
        path: 'body',
        message:
          'expected a list of blocks, but found text: write the text as Markdown after the front matter of a .md file, or convert HTML with htmlToRichText from @iom/content/rich-text',
      },
    ]);
  });

  it('nests a list under a list item, and checks the nested list too', () => {
    const item = (text: string) => ({ children: [{ type: 'text', text }] });
    const nested = (style: string) => [
      {
        type: 'list',
        style: 'bulleted',
        items: [{ ...item('Health'), list: { style, items: [item('Screening')] } }],
      },
    ];
    expect(errorsOf(edit(sampleArticle, { body: nested('numbered') }))).toEqual([]);
    expect(errorsOf(edit(sampleArticle, { body: nested('dotted') })).map((e) => e.path)).toEqual([
      'body[0].items[0].list.style',
    ]);
  });

  it('refuses unsafe link targets and unknown marks', () => {
    const body = [
      {
        type: 'paragraph',
        children: [
          { type: 'link', href: 'javascript:void(0)', children: [{ type: 'text', text: 'x' }] },
          { type: 'text', text: 'y', marks: ['blink'] },
        ],
      },
    ];
    expect(errorsOf(edit(sampleArticle, { body })).map((e) => e.path)).toEqual([
      'body[0].children[0].href',
      'body[0].children[1].marks[0]',
    ]);
  });

  it('refuses heading levels outside 1 to 4 and empty blocks', () => {
    const body = [
      { type: 'heading', level: 5, children: [{ type: 'text', text: 'Deep' }] },
      { type: 'paragraph', children: [] },
    ];
    expect(errorsOf(edit(sampleArticle, { body }))).toEqual([
      {
        path: 'body[0].level',
        message: 'use a heading level from 1 (a top section of the text) to 4',
      },
      { path: 'body[1].children', message: 'this block has no text' },
    ]);
  });
});

describe('dates never end before they start', () => {
  it('events: an end before the start is refused, the same day is fine', () => {
    expect(errorsOf(edit(sampleEvent, { start: '2024-11-05', end: '2024-11-04' }))).toEqual([
      { path: 'end', message: 'the event ends before it starts' },
    ]);
    expect(errorsOf(edit(sampleEvent, { start: '2024-11-05', end: '2024-11-05' }))).toEqual([]);
    expect(
      errorsOf(edit(sampleEvent, { start: '2024-11-05T10:00:00+03:00', end: '2024-11-05' })),
    ).toEqual([]);
  });

  it('events: moments compare with their offsets applied', () => {
    // 10:00 in Minsk is 07:00 UTC, so 08:00 UTC is after it even though 08 < 10.
    expect(
      errorsOf(
        edit(sampleEvent, { start: '2024-11-05T10:00:00+03:00', end: '2024-11-05T08:00:00Z' }),
      ),
    ).toEqual([]);
    expect(
      errorsOf(
        edit(sampleEvent, { start: '2024-11-05T10:00:00+03:00', end: '2024-11-05T06:59:00Z' }),
      ),
    ).toEqual([{ path: 'end', message: 'the event ends before it starts' }]);
  });

  it('articles: modified before published is refused', () => {
    expect(errorsOf(edit(sampleArticle, { modified: '2024-11-04T12:00:00+03:00' }))).toEqual([
      { path: 'modified', message: 'modified before it was published' },
    ]);
    expect(errorsOf(edit(sampleArticle, { modified: '2024-11-06T09:30:00+03:00' }))).toEqual([]);
  });

  it('projects: planned and actual ends are checked against their starts, and a start is required', () => {
    const withDates = (dates: object) => errorsOf(edit(sampleProject, { dates }));
    expect(withDates({ plannedStart: '2022-01-01', plannedEnd: '2024-12-31' })).toEqual([]);
    expect(withDates({ actualStart: '2022-03-01' })).toEqual([]);
    expect(withDates({ plannedStart: '2024-01-01', plannedEnd: '2023-12-31' })).toEqual([
      { path: 'dates.plannedEnd', message: 'the planned end is before the planned start' },
    ]);
    expect(withDates({ actualStart: '2024-01-01', actualEnd: '2023-12-31' })).toEqual([
      { path: 'dates.actualEnd', message: 'the actual end is before the actual start' },
    ]);
    expect(withDates({ plannedEnd: '2024-12-31' })).toEqual([
      {
        path: 'dates.plannedStart',
        message: 'give a start date: plannedStart, actualStart or both',
      },
    ]);
  });

  it('reports a date problem together with problems in other fields', () => {
    expect(
      errorsOf(edit(sampleEvent, { title: '', start: '2024-11-05', end: '2024-11-01' })).map(
        (e) => e.path,
      ),
    ).toEqual(['title', 'end']);
  });
});

describe('projects', () => {
  it('need at least one implementing participant', () => {
    const participants = [{ organisation: 'iom-development-fund', role: 'funding' }];
    expect(errorsOf(edit(sampleProject, { participants }))).toEqual([
      {
        path: 'participants',
        message: 'name at least one implementing organisation (role "implementing")',
      },
    ]);
    expect(errorsOf(edit(sampleProject, { participants: [] }))[0]?.path).toBe('participants');
  });

  it('accept a budget in any ISO 4217 currency, and refuse unknown currencies or negative amounts', () => {
    expect(errorsOf(edit(sampleProject, { budget: { amount: 250000, currency: 'EUR' } }))).toEqual(
      [],
    );
    expect(errorsOf(edit(sampleProject, { budget: { amount: -1, currency: 'EURO' } }))).toEqual([
      { path: 'budget.amount', message: 'an amount cannot be negative' },
      {
        path: 'budget.currency',
        message: "use a three-letter ISO 4217 currency code, like 'USD', 'EUR' or 'BYN'",
      },
    ]);
  });

  it('accept only IATI activity statuses', () => {
    for (const status of [
      'pipeline',
      'implementation',
      'finalisation',
      'closed',
      'cancelled',
      'suspended',
    ]) {
      expect(errorsOf(edit(sampleProject, { status }))).toEqual([]);
    }
    expect(errorsOf(edit(sampleProject, { status: 'finished' }))[0]?.path).toBe('status');
  });
});

describe('events', () => {
  it('an online event may leave out its join address (past, archived, registration elsewhere)', () => {
    expect(errorsOf(edit(sampleEvent, { attendanceMode: 'online' }))).toEqual([]);
    expect(
      errorsOf(
        edit(sampleEvent, {
          attendanceMode: 'mixed',
          onlineUrl: 'https://meet.example.org/roundtable',
        }),
      ),
    ).toEqual([]);
  });

  it('accept every schema.org event status', () => {
    for (const status of ['scheduled', 'cancelled', 'postponed', 'rescheduled', 'moved-online']) {
      expect(errorsOf(edit(sampleEvent, { status }))).toEqual([]);
    }
  });
});

describe('organisations', () => {
  it('accept IATI organisation kinds and a parent organisation', () => {
    expect(errorsOf(sampleOrganisation('iom-belarus'))).toEqual([]);
    expect(errorsOf(edit(sampleOrganisation('who'), { kind: 'ngo' }))[0]?.path).toBe('kind');
  });

  it('check the country and year of their presence', () => {
    const presence = [{ country: 'Belarus', since: 94 }];
    expect(errorsOf(edit(sampleOrganisation('iom-belarus'), { presence }))).toEqual([
      {
        path: 'presence[0].country',
        message: "use a two-letter ISO 3166-1 country code, like 'BY' for Belarus",
      },
      { path: 'presence[0].since', message: 'write the year with four digits, like 1994' },
    ]);
  });
});
