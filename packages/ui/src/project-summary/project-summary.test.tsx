import { type ProjectStatus, type ResolvedProject, resolve } from '@iom/content';
import { publicPageSamples, sampleCollection, sampleProject } from '@iom/content/samples';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, renderInPage } from '../../test/dom.js';
import { UNSAFE_URLS } from '../../test/fixtures.js';
import { ProjectSummary } from './project-summary.js';

const project = resolve(sampleProject, sampleCollection);
/** The sample with the fields the seed page does not give (dates, budget, a page to link to). */
const fullProject: ResolvedProject = {
  ...project,
  url: '/en/projects/migration-health-capacities',
  dates: { plannedStart: '2023-03-01', plannedEnd: '2024-12-31' },
  budget: { amount: 250000, currency: 'USD' },
};
const STATUSES: Record<ProjectStatus, string> = {
  planned: 'Planned',
  ongoing: 'Ongoing',
  completed: 'Completed',
  pipeline: 'Pipeline',
  implementation: 'Implementation',
  finalisation: 'Finalisation',
  closed: 'Closed',
  cancelled: 'Cancelled',
  suspended: 'Suspended',
};

const summary = () => screen.getByRole('article');
/** The value beside a label in the facts list. */
const fact = (label: string) =>
  within(summary()).getByText(label).nextElementSibling as HTMLElement;

describe('ProjectSummary', () => {
  it('shows the title as an h2 by default, its sections one level below', () => {
    renderInPage(<ProjectSummary project={project} />);
    expect(within(summary()).getByRole('heading', { level: 2 }).textContent).toBe(project.title);
    expect(
      within(summary())
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual(['Goals', 'Results', 'Sustainable Development Goals']);
  });

  it('moves its outline to the level the page needs', () => {
    renderInPage(<ProjectSummary project={project} headingLevel={3} />, { headingLevel: 3 });
    expect(within(summary()).getByRole('heading', { level: 3 }).textContent).toBe(project.title);
    expect(within(summary()).getAllByRole('heading', { level: 4 })).toHaveLength(3);
  });

  it.each(Object.entries(STATUSES))('announces the %s status in words', (status, name) => {
    renderInPage(<ProjectSummary project={{ ...project, status: status as ProjectStatus }} />);
    const badge = within(summary()).getByText(name);
    expect(badge.textContent).toBe(`Status: ${name}`);
    expect(badge.className).toContain(`iom-badge--${status}`);
  });

  it('takes heading level 1 when it is the page’s title', () => {
    renderInPage(<ProjectSummary project={project} headingLevel={1} />, { headingLevel: 1 });
    expect(within(summary()).getByRole('heading', { level: 1 }).textContent).toBe(project.title);
    expect(within(summary()).getAllByRole('heading', { level: 2 }).length).toBeGreaterThan(0);
  });

  it('on its own page (variant="page") leaves out the title and the link to itself', async () => {
    const { main } = renderInPage(
      <ProjectSummary project={fullProject} variant="page" headingLevel={2} />,
    );
    expect(main.querySelector('article')).toBeNull();
    expect(screen.queryByText(project.title)).toBeNull();
    expect(screen.queryByText('Read more')).toBeNull();
    expect(screen.getByRole('heading', { name: 'Sustainable Development Goals' }).tagName).toBe(
      'H2',
    );
    expect(screen.getByText('Budget')).toBeTruthy();
    await expectNoAxeViolations();
  });

  it('gives the date range as two <time> elements', () => {
    renderInPage(<ProjectSummary project={fullProject} />);
    const dates = fact('Dates');
    expect(dates.textContent).toBe('March 1, 2023 – December 31, 2024');
    expect([...dates.querySelectorAll('time')].map((time) => time.dateTime)).toEqual([
      '2023-03-01',
      '2024-12-31',
    ]);
  });

  it('gives years as years, never 1 January – 31 December, in every language', () => {
    const years = { ...project, dates: { actualStart: '2019', actualEnd: '2023' } };
    const { unmount } = renderInPage(<ProjectSummary project={years} />);
    expect(fact('Dates').textContent).toBe('2019 – 2023');
    unmount();
    renderInPage(<ProjectSummary project={years} locale="zh" />);
    expect(fact('日期').textContent).toBe('2019年至2023年');
  });

  it('prefers actual dates to planned ones, and says "from" without an end', () => {
    const started = {
      ...project,
      dates: { plannedStart: '2023-03-01', actualStart: '2023-04-15' },
    };
    renderInPage(<ProjectSummary project={started} />);
    expect(fact('Dates').textContent).toBe('From April 15, 2023');
  });

  it('names recipient countries and formats the budget for the locale', () => {
    const { unmount } = renderInPage(<ProjectSummary project={fullProject} />);
    expect(fact('Countries').textContent).toBe('Belarus');
    expect(fact('Budget').textContent).toBe('$250,000');
    unmount();
    renderInPage(<ProjectSummary project={fullProject} locale="ru" />);
    expect(fact('Страны').textContent).toBe('Беларусь');
    // Russian groups digits with no-break spaces.
    expect(fact('Бюджет').textContent?.replace(/\s/g, ' ')).toBe('250 000 $');
  });

  it('names the funders and implementing partners, linked to their websites', () => {
    renderInPage(<ProjectSummary project={project} />);
    expect(fact('Funded by').textContent).toBe('IOM Development Fund');
    expect(fact('Implemented by').textContent).toBe('IOM Belarus and Ministry of Health');
    expect(within(fact('Implemented by')).getByRole('link').getAttribute('href')).toBe(
      'https://belarus.iom.int',
    );
  });

  it('leaves out what the project does not have', () => {
    const bare = { ...project, participants: [], goals: undefined, results: [], sdgs: undefined };
    renderInPage(<ProjectSummary project={bare} />);
    expect(within(summary()).queryByText('Funded by')).toBeNull();
    expect(within(summary()).queryByText('Budget')).toBeNull();
    expect(within(summary()).getAllByRole('heading')).toHaveLength(1);
  });

  it('lists goals and results', () => {
    renderInPage(<ProjectSummary project={project} />);
    const goals = within(summary()).getByText('Goals').nextElementSibling as HTMLElement;
    expect(
      within(goals)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(project.goals);
  });

  it('shows SDG badges with the goal number and its short name', () => {
    renderInPage(<ProjectSummary project={project} />);
    const sdgs = within(summary()).getByText('Sustainable Development Goals')
      .nextElementSibling as HTMLElement;
    expect(
      within(sdgs)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      '3Goal 3: Good Health and Well-beingTarget 3.3',
      '10Goal 10: Reduced InequalitiesTarget 10.7',
    ]);
  });

  it('links to more with "Read more" and the title for screen readers', () => {
    const { unmount } = renderInPage(<ProjectSummary project={fullProject} />);
    const link = within(summary()).getByRole('link', { name: `Read more: ${project.title}` });
    expect(link.getAttribute('href')).toBe('/en/projects/migration-health-capacities');
    unmount();
    renderInPage(<ProjectSummary project={project} getHref={(p) => `/projects/${p.id}`} />);
    expect(
      within(summary())
        .getByRole('link', { name: /^Read more/ })
        .getAttribute('href'),
    ).toBe('/projects/migration-health-capacities');
  });

  it('has no "Read more" without a page to link to', () => {
    renderInPage(<ProjectSummary project={project} />);
    expect(within(summary()).queryByText('Read more')).toBeNull();
  });

  it.each(UNSAFE_URLS)('never puts %s in an href', (url) => {
    const unsafe = {
      ...project,
      url,
      participants: project.participants.map((participant) => ({
        ...participant,
        organisation: { ...participant.organisation, website: url },
      })),
    };
    const { container } = renderInPage(<ProjectSummary project={unsafe} />);
    expect(container.querySelector('a')).toBeNull();
  });

  it.each([
    ['fr', 'Finalisation', 'Bonne santé et bien-être', 'Financé par'],
    ['es', 'Finalización', 'Salud y bienestar', 'Financiado por'],
    ['ar', 'في المرحلة الختامية', 'الصحة الجيدة والرفاه', 'بتمويل من'],
    ['ru', 'Завершение', 'Хорошее здоровье и благополучие', 'При финансовой поддержке'],
    ['zh', '收尾阶段', '良好健康与福祉', '资助方'],
  ])('speaks %s', (locale, status, sdg3, funded) => {
    renderInPage(<ProjectSummary project={project} locale={locale} />);
    expect(within(summary()).getByText(status)).toBeTruthy();
    expect(within(summary()).getByText(sdg3)).toBeTruthy();
    expect(within(summary()).getByText(funded).tagName).toBe('DT');
    expect(summary().getAttribute('lang')).toBe(locale);
    expect(summary().getAttribute('dir')).toBe(locale === 'ar' ? 'rtl' : 'ltr');
    // The project itself is written in English, and says so.
    expect(within(summary()).getByRole('heading', { level: 2 }).getAttribute('lang')).toBe('en');
  });

  it('lets a site replace built-in words', () => {
    renderInPage(
      <ProjectSummary
        project={fullProject}
        messages={{ readMore: 'About the project', statuses: { finalisation: 'Wrapping up' } }}
      />,
    );
    expect(within(summary()).getByText('Wrapping up')).toBeTruthy();
    expect(within(summary()).getByRole('link', { name: /^About the project/ })).toBeTruthy();
    expect(within(summary()).getByText('Goals')).toBeTruthy();
  });

  describe('has no axe violations', () => {
    it.each(Object.keys(STATUSES))('with every fact, %s', async (status) => {
      renderInPage(
        <ProjectSummary project={{ ...fullProject, status: status as ProjectStatus }} />,
      );
      await expectNoAxeViolations();
    });

    it('with the bare minimum', async () => {
      renderInPage(<ProjectSummary project={{ ...project, participants: [], sdgs: [] }} />);
      await expectNoAxeViolations();
    });

    it('in Arabic, right to left', async () => {
      renderInPage(<ProjectSummary project={fullProject} locale="ar" />);
      await expectNoAxeViolations();
    });
  });

  it('isolates each organisation in a sentence (<bdi>): in Arabic "IOM Skopje" keeps clear of "و"', () => {
    const albania = resolve(publicPageSamples.project, publicPageSamples.collection);
    renderInPage(<ProjectSummary project={albania} locale="ar" />);
    const implementers = fact('بتنفيذ من');
    const names = [...implementers.querySelectorAll('.iom-partner')];
    expect(names.map((name) => name.tagName)).toEqual(names.map(() => 'BDI'));
    expect(names.map((name) => name.textContent)).toContain('IOM Skopje');
    // The list's own words ("، " and " و") sit between the isolated names, never inside one.
    for (const name of names) expect(name.textContent).not.toMatch(/[،و]/);
    expect(implementers.textContent).toMatch(/IOM Skopje|IOM Tirana/);
    expect(implementers.textContent).toContain(' و');
  });

  it('drops a currency, country or date it cannot format (unvalidated props) instead of throwing', () => {
    renderInPage(
      <ProjectSummary
        project={{
          ...fullProject,
          budget: { amount: 1000, currency: 'dollars' },
          recipientCountries: ['BY', 'Belarus', '1'],
          dates: { plannedStart: '1 March 2023', plannedEnd: '2024-12-31' },
        }}
        locale="en"
      />,
    );
    expect(within(summary()).queryByText('Budget')).toBeNull();
    expect(within(summary()).queryByText('Dates')).toBeNull();
    expect(fact('Countries').textContent).toBe('Belarus');
  });

  describe('the short title, coverage, regions and identifiers (REMA(K)ER)', () => {
    const remaker = resolve(publicPageSamples.yearsProject, publicPageSamples.collection);

    it('shows them as facts on the project’s page, each identifier under its scheme', () => {
      renderInPage(<ProjectSummary project={remaker} variant="page" />);
      const facts = document.querySelector('.iom-project-summary__facts') as HTMLElement;
      const value = (label: string) =>
        within(facts).getByText(label, { selector: 'dt' }).nextElementSibling?.textContent;
      expect(value('Short title')).toBe('REMA(K)ER');
      expect(value('Coverage')).toBe('National');
      expect(value('Regions')).toBe('Asia and Oceania');
      expect(value('PRIMA project ID')).toBe('BD10P0501');
      expect(value('IOM Development Fund project ID')).toBe('LM.0379');
    });

    it('names a scheme it does not know as written, and leaves codes out of a list’s summary', () => {
      const identifiers = [{ scheme: 'donor-ref', value: 'X-1' }];
      const page = renderInPage(
        <ProjectSummary project={{ ...remaker, identifiers }} variant="page" />,
      );
      expect(
        screen.getByText('donor-ref', { selector: 'dt' }).nextElementSibling?.textContent,
      ).toBe('X-1');
      page.unmount();
      renderInPage(<ProjectSummary project={remaker} />);
      expect(fact('Short title').textContent).toBe('REMA(K)ER');
      expect(within(summary()).queryByText('BD10P0501')).toBeNull();
    });

    it('shows none of them when the project has none', () => {
      renderInPage(<ProjectSummary project={project} variant="page" />);
      for (const label of ['Short title', 'Coverage', 'Regions']) {
        expect(screen.queryByText(label)).toBeNull();
      }
    });

    it('in Arabic: the words translated, the content’s own text marked English, no axe violation', async () => {
      renderInPage(<ProjectSummary project={remaker} variant="page" locale="ar" />);
      const root = document.querySelector('.iom-project-summary') as HTMLElement;
      expect(root.getAttribute('dir')).toBe('rtl');
      const value = (label: string) =>
        within(root).getByText(label, { selector: 'dt' }).nextElementSibling as HTMLElement;
      expect(value('النطاق').textContent).toBe('وطني');
      expect(value('المناطق').firstElementChild?.getAttribute('lang')).toBe('en');
      expect(value('معرّف المشروع في PRIMA').textContent).toBe('BD10P0501');
      await expectNoAxeViolations();
    });
  });
});
