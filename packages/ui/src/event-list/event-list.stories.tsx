import { sampleEvent } from '@iom/content/samples';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { EventList } from './event-list.js';

/** The sample roundtable, and two more events we made up around it for the layout (ours, not IOM's). */
const events = [
  { ...sampleEvent, url: '/events/roundtable/' },
  {
    ...sampleEvent,
    id: 'illustrative-training',
    title: 'Training on migrant health (illustration)',
    kind: 'training' as const,
    start: '2030-03-10',
    end: undefined,
    url: '/events/training/',
  },
];

const meta = {
  title: 'Site/EventList',
  component: EventList,
  args: { events, now: '2026-01-01T00:00:00Z', headingLevel: 2 },
  argTypes: { getHref: { control: false }, linkComponent: { control: false } },
} satisfies Meta<typeof EventList>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Upcoming and past, split by the `now` the page passes. */
export const UpcomingAndPast: Story = {};

export const PastOnly: Story = { args: { events: events.slice(0, 1) } };
