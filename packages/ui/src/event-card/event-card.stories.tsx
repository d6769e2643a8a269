import type { Event } from '@iom/content';
import { publicPageSamples, sampleEvent } from '@iom/content/samples';
import { makeEvent } from '@iom/content/testing';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { EventCard } from './event-card.js';

/** The IOM Belarus roundtable at its address: one whole day in Minsk. */
const event: Event = { ...sampleEvent, url: `/en/events/${sampleEvent.id}` };
/** Mixed attendance needs the address where people join; IOM Belarus's site stands in for it. */
const mixedEvent: Event = {
  ...event,
  attendanceMode: 'mixed',
  onlineUrl: 'https://belarus.iom.int',
};

const meta = {
  title: 'Components/EventCard',
  component: EventCard,
  args: { event, headingLevel: 3 },
  argTypes: { getHref: { control: false }, linkComponent: { control: false } },
  parameters: { containerWidth: '28rem' },
} satisfies Meta<typeof EventCard>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

/** The status is a word inside the title's link, so it is heard, not only seen in colour. */
export const Cancelled: Story = { args: { event: { ...event, status: 'cancelled' } } };

export const Postponed: Story = { args: { event: { ...event, status: 'postponed' } } };

/** Moved to a later day (an illustrative one), with the day it was first planned for. */
export const Rescheduled: Story = {
  args: {
    event: { ...event, status: 'rescheduled', start: '2024-12-03', previousStart: event.start },
  },
};

export const MovedOnline: Story = { args: { event: { ...event, status: 'moved-online' } } };

/** A one-day event with start and end times (illustrative): the UTC offset is said once. */
export const WithTimes: Story = {
  args: {
    event: { ...event, start: '2024-11-05T10:00:00+03:00', end: '2024-11-05T13:00:00+03:00' },
  },
};

/** Over two days (an illustrative end): the card gives the range. */
export const SeveralDays: Story = { args: { event: { ...event, end: '2024-11-06' } } };

export const InPersonAndOnline: Story = { args: { event: mixedEvent } };

/** One 40-character word (the project's name as a hashtag) must wrap, not overflow the card. */
export const LongWord: Story = {
  args: { event: { ...event, title: '#SupportingNationalCapacitiesInMigration' } },
};

/** Only what the model requires: no address (so no link), place, summary or people. */
export const RequiredFieldsOnly: Story = {
  args: {
    event: makeEvent({
      location: undefined,
      summary: undefined,
      organisers: undefined,
      speakers: undefined,
      project: undefined,
    }),
  },
};

/** In a 320 px column: the date block and the text share the width. */
export const NarrowColumn: Story = { parameters: { containerWidth: '20rem' } };

/**
 * IOM Malta's International Migrants Day 2018, from its public page: local times in
 * Europe/Malta, shown with the zone's short name.
 */
export const InternationalDayInValletta: Story = {
  args: {
    event: {
      ...publicPageSamples.event,
      url: `/en/events/${publicPageSamples.event.id}`,
    },
  },
};

/**
 * IOM's International Dialogue on Migration 2022, first session, from its public page: online,
 * over, with no join address; three mornings in New York time, shown with the zone's short name.
 */
export const OnlineDialogueWithoutJoinAddress: Story = {
  args: {
    event: {
      ...publicPageSamples.dialogue,
      url: `/en/events/${publicPageSamples.dialogue.id}`,
    },
  },
};

/** IOM Bangladesh's event closing the REMA(K)ER project: its page gives the day, no time. */
export const EventDatedByTheDay: Story = {
  args: {
    event: {
      ...publicPageSamples.projectEvent,
      url: `/en/events/${publicPageSamples.projectEvent.id}`,
    },
  },
};
