import { addWorkingDays } from '../../lib/working-days.ts';
import { todayInSweden } from '../../lib/dates.ts';

/** Working days an organisation has to answer a question, unless it sets its own. */
export const DEFAULT_REPLY_WORKING_DAYS = 3;

/**
 * The last day on which a question asked at `askedAt` is answered in time: the `replyWorkingDays`th working day
 * after the Swedish day it was asked. Asked on Friday with 2 working days, it is due on Tuesday.
 */
export function questionDueDate(askedAt: string, replyWorkingDays: number): string {
  return addWorkingDays(todayInSweden(new Date(askedAt)), replyWorkingDays);
}

/** A question still open after its due date is overdue. */
export function questionOverdue(dueDate: string, today: string): boolean {
  return today > dueDate;
}
