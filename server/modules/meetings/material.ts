import type { MaterialStatus } from '../../../common/governance.ts';

/** The day (YYYY-MM-DD) an instant falls on in Sweden. */
export const swedishDay = (instant: string | Date) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(instant),
  );

const minusDays = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);

/**
 * The last day material may be sent for a meeting: the meeting's day in Sweden less the days the förbund asks for
 * (7 by default). Material sent any time on that day is on time.
 */
export const materialDeadline = (meetingStartsAt: string, daysBefore: number) => minusDays(swedishDay(meetingStartsAt), daysBefore);

/**
 * Whether an item's material came in time, judged by the day in Sweden it was sent (the first document's upload);
 * `now` decides between pending and missing while nothing is sent. An item without material needs none.
 */
export function materialStatus(input: {
  meetingStartsAt: string;
  daysBefore: number;
  needsMaterial: boolean;
  firstSentAt: string | null;
  now: Date;
}): MaterialStatus {
  const deadline = materialDeadline(input.meetingStartsAt, input.daysBefore);
  if (input.firstSentAt !== null) return swedishDay(input.firstSentAt) <= deadline ? 'on_time' : 'late';
  if (!input.needsMaterial) return 'none';
  return swedishDay(input.now) > deadline ? 'missing' : 'pending';
}
