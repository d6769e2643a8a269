import { sampleOrganisations } from '@iom/content/samples';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { LONG_WORD } from '../../test/site-fixtures.js';
import { KeyFacts } from './key-facts.js';

const iom = sampleOrganisations.find((organisation) => organisation.keyFacts !== undefined);

const meta = {
  title: 'Site/KeyFacts',
  component: KeyFacts,
  args: { facts: [...(iom?.keyFacts ?? []), { value: '1994', label: 'IOM in Belarus since' }] },
} satisfies Meta<typeof KeyFacts>;

export default meta;
type Story = StoryObj<typeof meta>;

/** IOM's key figures from the samples. */
export const Default: Story = {};

export const One: Story = { args: { facts: [{ value: 175, label: 'member states' }] } };

export const LongWords: Story = {
  args: { facts: [{ value: 175, label: LONG_WORD }] },
  parameters: { containerWidth: '20rem' },
};
