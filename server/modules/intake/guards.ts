import type { DateLimit } from '../../../common/intake.ts';
import type { Actor } from '../../lib/actor.ts';
import { conflict, forbidden, invalid } from '../../lib/errors.ts';
import { mayManageIntake } from './policy.ts';
import { withinDateLimit } from './window.ts';

/** The answer to a write based on an old version: the same words whichever part of the intake it was. */
export const stale = () => conflict('The intake was changed by someone else; reload and try again.', { reason: 'stale_version' });

/** Staff only: the person's own account may read the intake but not book it. */
export function requireManager(actor: Actor) {
  if (!mayManageIntake(actor)) throw forbidden();
}

/** Refuses a date too far from today to be meant (a typo such as 2062 for 2026); the schema checked its format. */
export function checkDate(kind: DateLimit, path: string, date: string, today: string) {
  if (!withinDateLimit(kind, date, today))
    throw invalid([{ path, keyword: 'range', message: 'the date is too far from today' }], 'The date is too far from today.');
}
