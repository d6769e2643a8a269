export { EventCard, type EventCardEvent, type EventCardProps } from './event-card.js';
export type { EventCardMessages, EventCardWords } from './messages.js';
