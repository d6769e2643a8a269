import { type Organisation, resolve } from '@iom/content';
import {
  sampleCollection,
  sampleEvent,
  sampleOrganisation,
  sampleProject,
} from '@iom/content/samples';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, renderInPage } from '../../test/dom.js';
import { UNSAFE_URLS } from '../../test/fixtures.js';
import { PartnerList, type PartnerListGrouping, type PartnerListLayout } from './partner-list.js';

const projectPartners = resolve(sampleProject, sampleCollection).participants;
const eventPartners = resolve(sampleEvent, sampleCollection).participants ?? [];
const who = sampleOrganisation('who');
const whoWithLogo: Organisation = { ...who, logo: { src: '/logos/who.svg', alt: 'WHO logo' } };

const LAYOUTS: PartnerListLayout[] = ['grid', 'list', 'inline'];
const GROUPINGS: PartnerListGrouping[] = ['none', 'role', 'kind'];
/** The component's headings, the page's own left out. */
const headings = () =>
  within(document.querySelector('.iom-partner-list') as HTMLElement)
    .getAllByRole('heading')
    .map((heading) => heading.textContent);

describe('PartnerList', () => {
  it('lists every partner once, with a heading', () => {
    renderInPage(<PartnerList organisations={eventPartners} />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Partners');
    const items = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(items.map((item) => item.querySelector('.iom-partner__name')?.textContent)).toEqual(
      eventPartners.map((organisation) => organisation.name),
    );
  });

  it('links each partner to its website when it has one, and only then', () => {
    renderInPage(<PartnerList organisations={eventPartners} />);
    const links = screen.getAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['World Health Organization', 'https://www.who.int'],
      ['Joint United Nations Programme on HIV/AIDS', 'https://www.unaids.org'],
    ]);
  });

  it('shows a logo beside the name, and the name alone as the fallback without one', () => {
    const { container } = renderInPage(
      <PartnerList organisations={[whoWithLogo, sampleOrganisation('unaids')]} />,
    );
    const [withLogo, withoutLogo] = screen.getAllByRole('listitem');
    // The name is written beside the logo, so the logo is not read out a second time.
    expect(withLogo?.querySelector('img')?.getAttribute('alt')).toBe('');
    expect(withLogo?.textContent).toContain('World Health Organization');
    expect(withoutLogo?.querySelector('img')).toBeNull();
    expect(withoutLogo?.className).toContain('iom-partner--text');
    expect(container.querySelectorAll('img')).toHaveLength(1);
  });

  it('groups by IATI role under localised headings, one level below the title', () => {
    renderInPage(<PartnerList organisations={projectPartners} groupBy="role" />);
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'Implemented by',
      'Funded by',
    ]);
    const [implementing, funding] = screen.getAllByRole('list');
    expect(within(implementing as HTMLElement).getAllByRole('listitem')).toHaveLength(2);
    expect(within(funding as HTMLElement).getByRole('listitem').textContent).toBe(
      'IOM Development Fund',
    );
  });

  it('groups by kind: government, UN system, civil society, and funders as donors', () => {
    const { unmount } = renderInPage(<PartnerList organisations={eventPartners} groupBy="kind" />);
    expect(headings()).toEqual(['Partners', 'Government', 'UN system', 'Civil society']);
    unmount();
    renderInPage(<PartnerList organisations={projectPartners} groupBy="kind" title={null} />);
    expect(headings()).toEqual(['Government', 'UN system', 'Donors']);
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Government',
      'UN system',
      'Donors',
    ]);
  });

  it('says each partner’s role, or its kind, in a flat list', () => {
    const { unmount } = renderInPage(<PartnerList organisations={projectPartners} layout="list" />);
    expect(
      screen
        .getAllByRole('listitem')
        .map((item) => item.querySelector('.iom-partner__description')?.textContent),
    ).toEqual(['Implementing partner', 'Implementing partner', 'Funder']);
    unmount();
    renderInPage(<PartnerList organisations={[who]} layout="list" />);
    expect(screen.getByRole('listitem').textContent).toBe('World Health OrganizationUN system');
  });

  it('heads partners that neither fund nor implement "Partners", in every language', () => {
    const who = sampleOrganisation('who');
    const iomBelarus = sampleOrganisation('iom-belarus');
    const headings: Record<string, string[]> = {
      en: ['Implemented by', 'Partners'],
      fr: ['Mis en œuvre par', 'Partenaires'],
      ru: ['Исполнители', 'Партнеры'],
    };
    for (const [locale, expected] of Object.entries(headings)) {
      const { unmount } = renderInPage(
        <PartnerList
          organisations={[
            { organisation: iomBelarus, role: 'implementing' },
            { organisation: who, role: 'partner' },
          ]}
          groupBy="role"
          locale={locale}
        />,
      );
      const groups = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
      expect(groups).toEqual(expected);
      unmount();
    }
  });

  it('names each partner in the page’s language when it can, and marks the others', () => {
    const iom = { ...sampleOrganisation('iom'), names: { ar: 'المنظمة الدولية للهجرة' } };
    const who = sampleOrganisation('who');
    renderInPage(<PartnerList organisations={[iom, who]} layout="list" locale="ar" />);
    const names = [...document.querySelectorAll('.iom-partner__name')] as HTMLElement[];
    expect(names.map((name) => [name.textContent, name.getAttribute('lang')])).toEqual([
      ['المنظمة الدولية للهجرة', null],
      [who.name, 'en'],
    ]);
  });

  it('merges an organisation listed in two roles', () => {
    const iomBelarus = sampleOrganisation('iom-belarus');
    renderInPage(
      <PartnerList
        organisations={[
          { organisation: iomBelarus, role: 'implementing' },
          { organisation: iomBelarus, role: 'accountable' },
        ]}
        layout="list"
      />,
    );
    expect(screen.getByRole('listitem').textContent).toBe(
      'IOM BelarusImplementing partner and Accountable organisation',
    );
  });

  it('writes an inline list as a sentence with the locale’s own punctuation', () => {
    const partners = [
      sampleOrganisation('who'),
      sampleOrganisation('unaids'),
      sampleOrganisation('business-women-club'),
    ];
    const sentences: Record<string, string> = {
      en: 'WHO, UNAIDS, and Business Women Club',
      fr: 'WHO, UNAIDS et Business Women Club',
      zh: 'WHO、UNAIDS和Business Women Club',
    };
    for (const [locale, sentence] of Object.entries(sentences)) {
      const { container, unmount } = renderInPage(
        <PartnerList organisations={partners} layout="inline" title={null} locale={locale} />,
      );
      expect(container.querySelector('p')?.textContent).toBe(sentence);
      expect(screen.queryByRole('list')).toBeNull();
      expect(screen.getAllByRole('link')).toHaveLength(2);
      unmount();
    }
  });

  it('renders nothing when there are no partners', () => {
    const { main } = renderInPage(<PartnerList organisations={[]} />);
    expect(main.querySelector('.iom-partner-list')).toBeNull();
    expect(screen.queryByRole('list')).toBeNull();
  });

  it('speaks the locale it is given, right to left in Arabic, keeping names in their language', () => {
    renderInPage(<PartnerList organisations={eventPartners} groupBy="kind" locale="ar" />);
    const root = document.querySelector('.iom-partner-list') as HTMLElement;
    expect(root.getAttribute('dir')).toBe('rtl');
    expect(root.getAttribute('lang')).toBe('ar');
    expect(headings()).toEqual(['الشركاء', 'الحكومة', 'منظومة الأمم المتحدة', 'المجتمع المدني']);
    expect(screen.getByText('State Border Committee').getAttribute('lang')).toBe('en');
  });

  it('lets a site replace built-in words', () => {
    renderInPage(
      <PartnerList
        organisations={eventPartners}
        groupBy="kind"
        title="Who took part"
        messages={{ kindGroups: { 'un-system': 'UN agencies' } }}
      />,
    );
    expect(headings()).toEqual(['Who took part', 'Government', 'UN agencies', 'Civil society']);
  });

  it.each(UNSAFE_URLS)('never puts %s in an href or src', (url) => {
    const unsafe = { ...who, website: url, logo: { src: url, alt: 'logo' } };
    const { container } = renderInPage(<PartnerList organisations={[unsafe]} />);
    expect(container.querySelector('a, img')).toBeNull();
    expect(screen.getByText('World Health Organization')).toBeTruthy();
  });

  describe('has no axe violations', () => {
    for (const layout of LAYOUTS) {
      it.each(GROUPINGS)(`${layout} layout, grouped by %s`, async (groupBy) => {
        renderInPage(
          <PartnerList
            organisations={[...projectPartners, whoWithLogo]}
            layout={layout}
            groupBy={groupBy}
          />,
        );
        await expectNoAxeViolations();
      });
    }

    it('in Arabic, right to left', async () => {
      renderInPage(<PartnerList organisations={eventPartners} groupBy="kind" locale="ar" />);
      await expectNoAxeViolations();
    });
  });
});
