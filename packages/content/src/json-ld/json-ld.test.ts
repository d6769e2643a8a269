import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { indexDocuments } from '../resolve.js';
import {
  sampleArticle,
  sampleCollection,
  sampleEvent,
  sampleOrganisation,
  sampleOrganisations,
  sampleProject,
  sampleTranslations,
} from '../samples.js';
import type { ContentDocument } from '../schemas/document.js';
import { makeArticle, makeEvent, makeOrganisation, makeProject } from '../testing/index.js';
import { type JsonLd, toJsonLd, toJsonLdScript, toWebSiteJsonLd } from './index.js';

const options = { baseUrl: 'https://belarus.iom.int', collection: sampleCollection };
const jsonLd = (document: ContentDocument) => toJsonLd(document, options);

// How other nodes name the sample organisations.
const iom = {
  '@type': 'Organization',
  name: 'International Organization for Migration',
  alternateName: 'IOM',
  url: 'https://www.iom.int',
};
const iomBelarus = { '@type': 'Organization', name: 'IOM Belarus', url: 'https://belarus.iom.int' };
const developmentFund = { '@type': 'Organization', name: 'IOM Development Fund' };
const ministryOfHealth = {
  '@type': 'GovernmentOrganization',
  name: 'Ministry of Health of the Republic of Belarus',
  alternateName: 'Ministry of Health',
};
const partners = [
  ministryOfHealth,
  { '@type': 'GovernmentOrganization', name: 'Ministry of Internal Affairs' },
  { '@type': 'GovernmentOrganization', name: 'State Border Committee' },
  {
    '@type': 'Organization',
    name: 'World Health Organization',
    alternateName: 'WHO',
    url: 'https://www.who.int',
  },
  {
    '@type': 'Organization',
    name: 'Joint United Nations Programme on HIV/AIDS',
    alternateName: 'UNAIDS',
    url: 'https://www.unaids.org',
  },
  { '@type': 'NGO', name: "Belarusian Medical Workers' Movement" },
  { '@type': 'NGO', name: 'Business Women Club' },
];
const project = { '@type': 'Project', name: sampleProject.title };
const roundtable = { '@type': 'Event', name: sampleEvent.title, startDate: '2024-11-05' };

/**
 * Google's Article and Event rich results (developers.google.com/search/docs/appearance/
 * structured-data/article and /event): required and recommended properties.
 */
const GOOGLE = {
  article: {
    required: [],
    recommended: ['author', 'dateModified', 'datePublished', 'headline', 'image'],
  },
  event: {
    required: ['name', 'startDate', 'location'],
    recommended: [
      'description',
      'endDate',
      'eventAttendanceMode',
      'eventStatus',
      'image',
      'offers',
      'organizer',
      'performer',
      'previousStartDate',
    ],
  },
} as const;

const missing = (node: JsonLd, properties: readonly string[]) =>
  properties.filter((property) => node[property] === undefined);
/** A date-time with an offset, as Google asks; a whole day has no time to offset. */
const WITH_OFFSET = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2}))?$/;

describe('toJsonLd with a prebuilt DocumentIndex', () => {
  it('gives for every sample what the collection as a list gives', () => {
    const index = indexDocuments(sampleCollection);
    for (const document of sampleCollection) {
      const withIndex = { baseUrl: options.baseUrl, collection: index };
      expect(toJsonLd(document, withIndex)).toEqual(jsonLd(document));
      expect(toJsonLdScript(document, withIndex)).toBe(toJsonLdScript(document, options));
    }
  });
});

describe('toJsonLd on the sample article', () => {
  it('gives the full NewsArticle, references resolved through the collection', () => {
    expect(jsonLd(sampleArticle)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline:
        "Partners in Belarus Discuss Three-Year Plan to Improve Migrants' Access to Healthcare",
      abstract: sampleArticle.summary,
      inLanguage: 'en',
      datePublished: '2024-11-05T12:00:00+03:00',
      dateline: 'Minsk, Belarus',
      author: iomBelarus,
      publisher: iomBelarus,
      about: [project, roundtable],
      mentions: partners,
      keywords: ['Migration health'],
    });
  });

  it.each([
    ['ru', sampleTranslations.ru],
    ['ar', sampleTranslations.ar],
  ])('gives the %s translation in its own language and words', (lang, translation) => {
    expect(jsonLd(translation)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: translation.headline,
      abstract: translation.summary,
      inLanguage: lang,
      datePublished: '2024-11-05T12:00:00+03:00',
      dateline: translation.dateline?.name,
      author: iomBelarus,
      publisher: iomBelarus,
      about: [project, roundtable],
      mentions: partners,
      keywords: ['Migration health'],
    });
  });

  it("has Google's recommended Article properties the content gives", () => {
    const article = jsonLd(sampleArticle);
    expect(article.author).toMatchObject({ name: 'IOM Belarus', url: 'https://belarus.iom.int' });
    expect(article.datePublished).toMatch(WITH_OFFSET);
    // The sample was never modified and has no images: nothing is invented to fill them.
    expect(missing(article, GOOGLE.article.recommended)).toEqual(['dateModified', 'image']);
  });

  it('has every recommended Article property when the content gives them', () => {
    const article = toJsonLd(
      makeArticle({
        modified: '2024-11-06T09:00:00+03:00',
        images: [
          {
            src: '/images/roundtable.jpg',
            alt: 'Participants of the roundtable',
            caption: 'The roundtable in Minsk',
            credit: 'IOM',
            width: 1200,
            height: 800,
          },
        ],
      }),
      { baseUrl: 'https://belarus.iom.int', collection: [makeOrganisation()] },
    );
    expect(missing(article, GOOGLE.article.recommended)).toEqual([]);
    expect(article.dateModified).toMatch(WITH_OFFSET);
    expect(article.image).toEqual([
      {
        '@type': 'ImageObject',
        url: 'https://belarus.iom.int/images/roundtable.jpg',
        contentUrl: 'https://belarus.iom.int/images/roundtable.jpg',
        caption: 'The roundtable in Minsk',
        creditText: 'IOM',
        width: { '@type': 'QuantitativeValue', value: 1200, unitCode: 'E37' },
        height: { '@type': 'QuantitativeValue', value: 800, unitCode: 'E37' },
      },
    ]);
  });
});

describe('toJsonLd on the sample event', () => {
  it('gives the full Event', () => {
    expect(jsonLd(sampleEvent)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Event',
      name: "Roundtable on the three-year plan to improve migrants' access to healthcare",
      description: sampleEvent.summary,
      inLanguage: 'en',
      startDate: '2024-11-05',
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      location: {
        '@type': 'Place',
        name: 'Minsk',
        address: { '@type': 'PostalAddress', addressLocality: 'Minsk', addressCountry: 'BY' },
      },
      organizer: [iomBelarus],
      attendee: partners,
      performer: [
        {
          '@type': 'Person',
          name: 'Mahym Orazmuhammedova',
          jobTitle: 'Chief of Mission',
          worksFor: iomBelarus,
        },
      ],
      about: project,
    });
  });

  it("has Google's required Event properties, and the recommended ones the content gives", () => {
    const event = jsonLd(sampleEvent);
    expect(missing(event, GOOGLE.event.required)).toEqual([]);
    expect(event.startDate).toMatch(WITH_OFFSET);
    expect(event.location).toHaveProperty('address');
    expect(event.organizer).toEqual([
      expect.objectContaining({ name: 'IOM Belarus', url: expect.any(String) }),
    ]);
    // A one-day event with no end given, no image, no registration page (no offers),
    // never rescheduled (no previous start).
    expect(missing(event, GOOGLE.event.recommended)).toEqual([
      'endDate',
      'image',
      'offers',
      'previousStartDate',
    ]);
  });

  it('gives an online event a VirtualLocation, a mixed one both places, and the status', () => {
    const online = toJsonLd(
      makeEvent({
        attendanceMode: 'online',
        onlineUrl: 'https://example.org/join',
        status: 'moved-online',
      }),
      options,
    );
    expect(online.location).toEqual({
      '@type': 'VirtualLocation',
      url: 'https://example.org/join',
    });
    expect(online.eventStatus).toBe('https://schema.org/EventMovedOnline');
    expect(online.eventAttendanceMode).toBe('https://schema.org/OnlineEventAttendanceMode');

    const mixed = toJsonLd(
      makeEvent({
        attendanceMode: 'mixed',
        onlineUrl: '/en/roundtable/live',
        status: 'rescheduled',
        start: '2024-11-12T10:00:00+03:00',
        end: '2024-11-12T13:00:00+03:00',
        previousStart: '2024-11-05',
      }),
      options,
    );
    expect(mixed.location).toEqual([
      {
        '@type': 'Place',
        name: 'Minsk',
        address: { '@type': 'PostalAddress', addressLocality: 'Minsk', addressCountry: 'BY' },
      },
      { '@type': 'VirtualLocation', url: 'https://belarus.iom.int/en/roundtable/live' },
    ]);
    expect(mixed).toMatchObject({
      eventStatus: 'https://schema.org/EventRescheduled',
      startDate: '2024-11-12T10:00:00+03:00',
      endDate: '2024-11-12T13:00:00+03:00',
      previousStartDate: '2024-11-05',
    });
  });
});

describe('toJsonLd: what Google recommends for events, when the content has it', () => {
  it('gives the image, the registration page as an offer, and the full postal address', () => {
    const event = toJsonLd(
      makeEvent({
        images: [{ src: '/images/day.jpg', alt: 'Participants', width: 1200, height: 800 }],
        registrationUrl: 'https://example.org/register',
        location: {
          name: 'University of Malta, Valletta Campus',
          address: 'St Paul Street',
          locality: 'Valletta',
          region: 'South Eastern Region',
          postalCode: 'VLT 1216',
          country: 'MT',
        },
      }),
      options,
    );
    expect(event.image).toEqual([
      expect.objectContaining({
        '@type': 'ImageObject',
        url: 'https://belarus.iom.int/images/day.jpg',
      }),
    ]);
    expect(event.offers).toEqual({
      '@type': 'Offer',
      url: 'https://example.org/register',
      category: 'registration',
    });
    expect(event.location).toEqual({
      '@type': 'Place',
      name: 'University of Malta, Valletta Campus',
      address: {
        '@type': 'PostalAddress',
        streetAddress: 'St Paul Street',
        addressLocality: 'Valletta',
        addressRegion: 'South Eastern Region',
        postalCode: 'VLT 1216',
        addressCountry: 'MT',
      },
    });
    expect(missing(event, GOOGLE.event.recommended)).not.toContain('offers');
  });

  it('leaves each out when the content lacks it: no invented offer, address or image', () => {
    const event = toJsonLd(
      makeEvent({ location: { name: 'Online and in Minsk' }, registrationUrl: undefined }),
      options,
    );
    expect(event).not.toHaveProperty('offers');
    expect(event).not.toHaveProperty('image');
    expect(event.location).toEqual({ '@type': 'Place', name: 'Online and in Minsk' });
    const unsafe = toJsonLd(makeEvent({ registrationUrl: 'javascript:alert(1)' }), options);
    expect(unsafe).not.toHaveProperty('offers');
  });
});

describe('toJsonLd on the sample project', () => {
  it('gives the full Project, funders and members from the participant roles', () => {
    expect(jsonLd(sampleProject)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Project',
      name: sampleProject.title,
      description: sampleProject.summary,
      funder: [developmentFund],
      member: [iomBelarus, ministryOfHealth],
      keywords: ['Migration health'],
    });
  });

  it('uses the actual dates only, and names an organisation in two roles once per role', () => {
    const node = toJsonLd(
      makeProject({
        dates: { plannedStart: '2023-01-01', actualStart: '2023-02-01', plannedEnd: '2024-12-31' },
        participants: [
          { organisation: 'iom-belarus', role: 'implementing' },
          { organisation: 'iom-belarus', role: 'accountable' },
          { organisation: 'iom-belarus', role: 'funding' },
        ],
        iatiIdentifier: 'XM-DAC-47066-BY01',
      }),
      options,
    );
    expect(node).toMatchObject({
      foundingDate: '2023-02-01',
      funder: [iomBelarus],
      member: [iomBelarus],
      identifier: { '@type': 'PropertyValue', propertyID: 'IATI', value: 'XM-DAC-47066-BY01' },
    });
    expect(node).not.toHaveProperty('dissolutionDate');
  });
});

describe('toJsonLd on the sample organisations', () => {
  const expected: Record<string, object> = {
    iom: {
      ...iom,
      // Its names in other languages, each marked with its language.
      alternateName: [
        'IOM',
        { '@language': 'fr', '@value': 'Organisation internationale pour les migrations' },
        { '@language': 'es', '@value': 'Organización Internacional para las Migraciones' },
        { '@language': 'pt', '@value': 'Organização Internacional para as Migrações' },
      ],
      description: sampleOrganisation('iom').description,
      foundingDate: '1951',
      identifier: { '@type': 'PropertyValue', propertyID: 'IATI', value: 'XM-DAC-47066' },
    },
    'iom-belarus': {
      ...iomBelarus,
      description: 'IOM has had a presence in Belarus since 1994.',
      parentOrganization: iom,
    },
    'iom-development-fund': { ...developmentFund, parentOrganization: iom },
    'ministry-of-health-belarus': ministryOfHealth,
    'ministry-of-internal-affairs-belarus': partners[1] as object,
    'state-border-committee-belarus': partners[2] as object,
    who: {
      ...partners[3],
      identifier: { '@type': 'PropertyValue', propertyID: 'IATI', value: 'XM-DAC-928' },
    },
    unaids: partners[4] as object,
    'belarusian-medical-workers-movement': partners[5] as object,
    'business-women-club': partners[6] as object,
  };

  it('covers every sample organisation', () => {
    expect(Object.keys(expected)).toEqual(
      sampleOrganisations.map((organisation) => organisation.id),
    );
  });

  it.each(sampleOrganisations.map((organisation) => [organisation.id, organisation] as const))(
    'gives the full Organization for %s',
    (id, organisation) => {
      expect(jsonLd(organisation)).toEqual({ '@context': 'https://schema.org', ...expected[id] });
    },
  );

  it('gives a logo, the page about it, and sameAs from its links (web pages only)', () => {
    const node = toJsonLd(
      makeOrganisation({
        url: '/en/partners/iom',
        logo: { src: '/images/iom-logo.svg', alt: 'IOM logo' },
        links: [
          {
            href: 'https://en.wikipedia.org/wiki/International_Organization_for_Migration',
            label: 'Wikipedia',
          },
          { href: 'mailto:iombelarus@iom.int', label: 'Email' },
        ],
      }),
      options,
    );
    expect(node).toMatchObject({
      mainEntityOfPage: 'https://belarus.iom.int/en/partners/iom',
      logo: {
        '@type': 'ImageObject',
        url: 'https://belarus.iom.int/images/iom-logo.svg',
        contentUrl: 'https://belarus.iom.int/images/iom-logo.svg',
      },
      sameAs: ['https://en.wikipedia.org/wiki/International_Organization_for_Migration'],
    });
  });
});

describe('references and URLs', () => {
  it('leaves out references the collection cannot resolve, never inventing them', () => {
    expect(toJsonLd(sampleArticle, { baseUrl: options.baseUrl })).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: sampleArticle.headline,
      abstract: sampleArticle.summary,
      inLanguage: 'en',
      datePublished: '2024-11-05T12:00:00+03:00',
      dateline: 'Minsk, Belarus',
      keywords: ['Migration health'],
    });
  });

  it('leaves out a reference to a document of the wrong type', () => {
    const impostor = makeProject({ id: 'iom-belarus' });
    const node = toJsonLd(sampleEvent, { baseUrl: options.baseUrl, collection: [impostor] });
    expect(node).not.toHaveProperty('organizer');
    expect(node.performer).toEqual([
      { '@type': 'Person', name: 'Mahym Orazmuhammedova', jobTitle: 'Chief of Mission' },
    ]);
  });

  it('resolves site paths against the base URL and never emits an unsafe one', () => {
    const node = toJsonLd(
      {
        ...makeArticle({ url: '/en/news/partners-discuss-migrant-healthcare-plan' }),
        images: [{ src: 'javascript:alert(1)', alt: 'x' }],
      } as ContentDocument,
      { baseUrl: new URL('https://belarus.iom.int/en/'), collection: [] },
    );
    expect(node.url).toBe(
      'https://belarus.iom.int/en/news/partners-discuss-migrant-healthcare-plan',
    );
    expect(JSON.stringify(node)).not.toContain('javascript:');
  });
});

describe('toJsonLdScript', () => {
  const hostile = '</script><script>alert(1)</script><!-- & -->\u2028';
  const script = toJsonLdScript(makeArticle({ headline: hostile }), options);

  it('cannot be closed or commented out by the content', () => {
    expect(script).not.toMatch(/<\/script/i);
    expect(script).not.toContain('<!--');
    expect(script).not.toMatch(/[<>&\u2028]/);
    expect(script).toContain('\\u003c/script\\u003e');
  });

  it('still reads back as the same JSON-LD', () => {
    expect(JSON.parse(script)).toEqual(toJsonLd(makeArticle({ headline: hostile }), options));
    expect(JSON.parse(script).headline).toBe(hostile);
  });
});

describe('the published types', () => {
  it('do not need schema-dts, which is only a development dependency', () => {
    const dist = new URL('../../dist/', import.meta.url);
    const declarations = readdirSync(dist).filter((file) => /\.d\.c?ts$/.test(file));
    expect(declarations.length).toBeGreaterThan(0);
    for (const file of declarations) {
      expect(readFileSync(new URL(file, dist), 'utf8')).not.toContain('schema-dts');
    }
  });
});

describe('toWebSiteJsonLd', () => {
  it('names the site, its address, languages and publisher for the home page', () => {
    const iomBelarusDocument = sampleCollection.find((document) => document.id === 'iom-belarus');
    expect(
      toWebSiteJsonLd({
        baseUrl: 'https://belarus.iom.int',
        name: 'IOM Belarus',
        languages: ['en', 'ru', 'ar'],
        publisher: iomBelarusDocument?.type === 'organisation' ? iomBelarusDocument : undefined,
      }),
    ).toEqual({
      '@context': 'https://schema.org',
      '@type': 'WebSite',
      name: 'IOM Belarus',
      url: 'https://belarus.iom.int/',
      inLanguage: ['en', 'ru', 'ar'],
      publisher: iomBelarus,
    });
  });

  it('leaves out what is not given', () => {
    expect(toWebSiteJsonLd({ baseUrl: 'https://example.org/', name: 'Example' })).toEqual({
      '@context': 'https://schema.org',
      '@type': 'WebSite',
      name: 'Example',
      url: 'https://example.org/',
    });
  });
});
