import { effectivePrerequisites, type PlanWarning, type Prerequisites } from '../../../common/plan.ts';
import { sfiLevelAtLeast, type PersonFacts } from '../progression/facts.ts';
import { findOverlaps, occurrencesInWeek, totalHours, warnsInCalendar, type CalendarActivity, type Occurrence } from './occurrences.ts';
import { CALENDAR_YEARS, isoWeekOf, mondayOfIsoWeek, parseIsoWeek, shiftIsoWeek } from './weeks.ts';

export type PrerequisiteWarning = Extract<PlanWarning, { kind: 'prerequisite_unmet' }>;

/** An activity's own prerequisites, or else its kind's defaults (common/plan.ts). */
export const prerequisitesOf = (activity: Pick<CalendarActivity, 'kind' | 'prerequisites'>): Prerequisites =>
  effectivePrerequisites(activity.kind, activity.prerequisites);

export const hasPrerequisites = (p: Prerequisites) => Boolean(p.sfiLevelAtLeast) || Boolean(p.civicOrientationDone);

/**
 * What the actor is shown of the person's facts. Whether a prerequisite is met comes from progression data, so an
 * actor who may not read progression gets every prerequisite as unchecked (`actual` null), met or not: a warning
 * that came and went with the level would tell them the level. `none` and `not_done` say that nothing is recorded.
 */
export interface FactsView {
  facts: PersonFacts;
  progressionVisible: boolean;
}

/**
 * The prerequisites of an activity the person does not meet, e.g. a work placement that needs SFI level C booked while
 * the person is at level A ("placement before language"); for an actor who may not read progression, all of them
 * (see FactsView). Done and cancelled activities no longer warn.
 */
export function unmetPrerequisites(activity: CalendarActivity, view: FactsView): PrerequisiteWarning[] {
  if (!warnsInCalendar(activity)) return [];
  const wanted = prerequisitesOf(activity);
  const { facts, progressionVisible } = view;
  const found: PrerequisiteWarning[] = [];
  if (wanted.sfiLevelAtLeast && !(progressionVisible && sfiLevelAtLeast(facts.sfiLevel, wanted.sfiLevelAtLeast)))
    found.push({
      kind: 'prerequisite_unmet',
      key: `prerequisite:${activity.id}:sfi_level`,
      activityIds: [activity.id],
      requirement: 'sfi_level',
      required: wanted.sfiLevelAtLeast,
      actual: progressionVisible ? (facts.sfiLevel ?? 'none') : null,
    });
  if (wanted.civicOrientationDone && !(progressionVisible && facts.civicOrientationDone))
    found.push({
      kind: 'prerequisite_unmet',
      key: `prerequisite:${activity.id}:civic_orientation`,
      activityIds: [activity.id],
      requirement: 'civic_orientation',
      required: 'done',
      actual: progressionVisible ? 'not_done' : null,
    });
  return found;
}

export interface WeekInput {
  week: string;
  activities: readonly CalendarActivity[];
  fullTimeHours: number;
  view: FactsView;
}

export interface WeekCalendar {
  /** Every occurrence shown, done activities included. */
  occurrences: Occurrence[];
  totalHours: number;
  warnings: PlanWarning[];
  /**
   * Whether a prerequisite was checked against the person's progression (an activity with one takes place and the
   * actor may read progression): then a warning, or its absence, tells the level, and the read is audited.
   */
  progressionConsulted: boolean;
}

/**
 * The week's occurrences and its warnings: overlapping times (one warning per pair of activities and week, at their
 * first shared time), the planned hours above the person's full time, and the unmet prerequisites of each activity
 * that takes place in the week. Done activities are shown and counted in the total, but do not warn.
 */
export function weekCalendar({ week, activities, fullTimeHours, view }: WeekInput): WeekCalendar {
  const occurrences: Occurrence[] = [];
  const warnable: Occurrence[] = [];
  const occurring: CalendarActivity[] = [];
  for (const activity of activities) {
    const found = occurrencesInWeek(activity, week);
    occurrences.push(...found);
    if (found.length > 0 && warnsInCalendar(activity)) {
      warnable.push(...found);
      occurring.push(activity);
    }
  }
  const warnings: PlanWarning[] = [];
  const pairs = new Set<string>();
  for (const overlap of findOverlaps(warnable)) {
    const key = `overlap:${overlap.activityIds[0]}:${overlap.activityIds[1]}:${week}`;
    if (pairs.has(key)) continue;
    pairs.add(key);
    warnings.push({ kind: 'overlap', key, ...overlap });
  }
  const planned = totalHours(warnable);
  if (planned > fullTimeHours)
    warnings.push({
      kind: 'over_full_time',
      key: `over_full_time:${week}`,
      week,
      hours: planned,
      fullTimeHours,
      activityIds: [...new Set(warnable.map((o) => o.activityId))],
    });
  for (const activity of occurring) warnings.push(...unmetPrerequisites(activity, view));
  const progressionConsulted = view.progressionVisible && occurring.some((a) => hasPrerequisites(prerequisitesOf(a)));
  return { occurrences, totalHours: totalHours(occurrences), warnings, progressionConsulted };
}

/** The warnings among `warnings` that concern one activity. */
export const concerning = (warnings: readonly PlanWarning[], activityId: string) =>
  warnings.filter((w) => (w.activityIds as readonly string[]).includes(activityId));

/** The week a warning key names, if it names one: overlaps and full time are per week, prerequisites are not. */
export function weekOfWarningKey(key: string): string | null {
  const m = /(\d{4}-W\d{2})$/.exec(key);
  return m ? m[1]! : null;
}

/**
 * The weeks in which to look for an activity's warnings when it is saved: from this week (or the activity's first
 * week when it starts later, or when it ended before today) up to its end, at most `limit` weeks, and only weeks of
 * CALENDAR_YEARS (a plan may hold any date PostgreSQL takes; the week view has none beyond them).
 */
export function weeksToCheck(
  activity: Pick<CalendarActivity, 'startDate' | 'endDate' | 'schedule'>,
  today: string,
  limit: number,
): string[] {
  const inCalendar = (date: string) => {
    const year = Number(date.slice(0, 4));
    return year >= CALENDAR_YEARS.first && year <= CALENDAR_YEARS.last;
  };
  if (activity.schedule.kind === 'once') {
    const week = inCalendar(activity.schedule.date) ? isoWeekOf(activity.schedule.date) : null;
    return week !== null && parseIsoWeek(week) !== null ? [week] : [];
  }
  const ended = activity.endDate !== null && activity.endDate < today;
  const from = ended || activity.startDate > today ? activity.startDate : today;
  if (!inCalendar(from)) return [];
  const weeks: string[] = [];
  for (let week = isoWeekOf(from); weeks.length < limit && parseIsoWeek(week) !== null; week = shiftIsoWeek(week, 1)) {
    if (activity.endDate !== null && mondayOfIsoWeek(week) > activity.endDate) break;
    weeks.push(week);
  }
  return weeks;
}
