export { orderingDatedEventsRule, ORDERING_DATED_EVENTS, candidatesOf, MIN_STEPS, MAX_STEPS } from './ordering-dated-events';
export { lessonEventGroups } from './events';
export type { DatedEvent, EventGroup } from './events';
export { datedBy } from './time-expression';
