import { resolve } from '@iom/content';
import { publicPageSamples, sampleCollection, sampleProject } from '@iom/content/samples';
import { makeCollection, makeProject } from '@iom/content/testing';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { ProjectSummary } from './project-summary.js';

/**
 * The IOM Belarus project with the fields the seed page does not give, as the component tests
 * fill them in: its address, dates and a budget. The dates and amounts are illustrative.
 */
const project = {
  ...resolve(sampleProject, sampleCollection),
  url: `/en/projects/${sampleProject.id}`,
  dates: { plannedStart: '2023-03-01', plannedEnd: '2024-12-31' },
  budget: { amount: 250000, currency: 'USD' },
};

const meta = {
  title: 'Components/ProjectSummary',
  component: ProjectSummary,
  args: { project },
  argTypes: { getHref: { control: false }, linkComponent: { control: false } },
  parameters: { containerWidth: '48rem' },
} satisfies Meta<typeof ProjectSummary>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The sample project, in finalisation. */
export const Default: Story = {};

export const Pipeline: Story = { args: { project: { ...project, status: 'pipeline' } } };

export const Implementation: Story = {
  args: { project: { ...project, status: 'implementation' } },
};

export const Closed: Story = { args: { project: { ...project, status: 'closed' } } };

export const Cancelled: Story = { args: { project: { ...project, status: 'cancelled' } } };

export const Suspended: Story = { args: { project: { ...project, status: 'suspended' } } };

/** The amount is formatted for the locale in the budget's own currency. */
export const BudgetInEuros: Story = {
  args: { project: { ...project, budget: { amount: 230000, currency: 'EUR' } } },
};

/** Started on a known day and still running: "from" that day, no end. */
export const StartedWithoutEnd: Story = {
  args: { project: { ...project, status: 'implementation', dates: { actualStart: '2023-04-15' } } },
};

/**
 * Only what the model requires: title, summary, status and an implementing partner. No dates,
 * countries, budget, funders, goals, results, SDGs or address (so no "Read more").
 */
export const RequiredFieldsOnly: Story = {
  args: {
    project: resolve(
      makeProject({
        recipientCountries: undefined,
        themes: undefined,
        sectors: undefined,
        sdgs: undefined,
        goals: undefined,
        results: undefined,
      }),
      makeCollection(),
    ),
  },
};

/** In a 320 px column the facts stack under their labels. */
export const NarrowColumn: Story = { parameters: { containerWidth: '20rem' } };

/**
 * A completed project from IOM Albania's public page, dated by the month as the page gives it,
 * with its funders and implementers.
 */
export const CompletedProjectFromIomAlbania: Story = {
  args: {
    project: {
      ...resolve(publicPageSamples.project, publicPageSamples.collection),
      url: `/en/projects/${publicPageSamples.project.id}`,
    },
  },
};

/**
 * REMA(K)ER, a completed IOM Bangladesh project from IOM's public pages, dated by the year as the
 * page gives it ("2019 – 2023"), with its funder, the implementing office and its three
 * civil-society partners, and its budget.
 */
export const CompletedProjectDatedByYear: Story = {
  args: {
    project: {
      ...resolve(publicPageSamples.yearsProject, publicPageSamples.collection),
      url: `/en/projects/${publicPageSamples.yearsProject.id}`,
    },
  },
};
