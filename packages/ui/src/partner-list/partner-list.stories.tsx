import { type Organisation, resolve } from '@iom/content';
import {
  sampleCollection,
  sampleEvent,
  sampleOrganisation,
  sampleProject,
} from '@iom/content/samples';
import { makeOrganisation } from '@iom/content/testing';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { PartnerList } from './partner-list.js';

/** The roundtable's participants: ministries, UN agencies and civil society, none with a logo. */
const roundtablePartners = resolve(sampleEvent, sampleCollection).participants ?? [];
/** The project's organisations in their IATI roles: implementing and funding. */
const projectParticipants = resolve(sampleProject, sampleCollection).participants;

/** The seed page shows no logos; a placeholder mark stands in for one. */
const withPlaceholderLogo = (organisation: Organisation): Organisation => ({
  ...organisation,
  logo: {
    src: '/images/placeholder-logo.svg',
    alt: `${organisation.shortName ?? organisation.name} logo`,
    width: 160,
    height: 160,
  },
});

const meta = {
  title: 'Components/PartnerList',
  component: PartnerList,
  args: { organisations: roundtablePartners },
  argTypes: { getHref: { control: false }, linkComponent: { control: false } },
  parameters: { containerWidth: '48rem' },
} satisfies Meta<typeof PartnerList>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Logo tiles with names; none of the sample partners has a logo, so each shows its name. */
export const Grid: Story = {};

export const List: Story = { args: { layout: 'list' } };

export const Inline: Story = { args: { layout: 'inline' } };

export const GroupedByKind: Story = { args: { groupBy: 'kind', layout: 'list' } };

export const GroupedByRole: Story = {
  args: { organisations: projectParticipants, groupBy: 'role', layout: 'list' },
};

/** Flat, each partner says its role instead of a group heading saying it. */
export const RolesInAFlatList: Story = {
  args: { organisations: projectParticipants, layout: 'list' },
};

/** Every other partner with a logo: tiles with and without one side by side. */
export const SomeWithLogos: Story = {
  args: {
    organisations: roundtablePartners.map((organisation, index) =>
      index % 2 === 0 ? withPlaceholderLogo(organisation) : organisation,
    ),
  },
};

export const OnePartner: Story = { args: { organisations: [sampleOrganisation('who')] } };

/** Thirty organisations from the factories (the sample's ten, three times, each its own id). */
export const ThirtyPartners: Story = {
  args: {
    organisations: Array.from({ length: 30 }, (_, index) =>
      makeOrganisation({}, { seed: index + 1 }),
    ),
  },
};

export const WithoutTitle: Story = { args: { title: null } };

/** A site renaming a group through `messages`. */
export const CustomGroupName: Story = {
  args: {
    groupBy: 'kind',
    layout: 'list',
    messages: { kindGroups: { 'un-system': 'UN agencies' } },
  },
};

/** With no organisations the list renders nothing at all: no empty heading. */
export const NoPartners: Story = { args: { organisations: [] } };
