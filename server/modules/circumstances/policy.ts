import { hasRole, type Actor } from '../../lib/actor.ts';

/** Casework staff record circumstances (for their organisation); the person reads their own. */
export const mayRecordCircumstance = (actor: Actor) => actor.participantId === null && hasRole(actor, 'caseworker', 'coordinator');

export interface Period {
  fromDate: string;
  toDate: string | null;
}

/** Two periods share a day; an open end runs on for ever. */
export const periodsOverlap = (a: Period, b: Period) =>
  (a.toDate === null || b.fromDate <= a.toDate) && (b.toDate === null || a.fromDate <= b.toDate);
