export { EventList, type EventListProps } from './event-list.js';
