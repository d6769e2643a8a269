export { EventCard, type EventCardEvent, type EventCardProps } from './event-card.js';
export type { EventCardMessages } from './messages.js';
