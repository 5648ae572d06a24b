import type { ActivityKind, ActivityStatus, PlanWarning } from '../../../../common/plan.ts';

export interface Acknowledgement {
  key: string;
  reason: string;
  byName: string | null;
  byOrganisationName: string | null;
  at: string;
}

/** A warning as the week view returns it; the plan's save answer may give the bare PlanWarning. */
export type CalendarWarning = PlanWarning & {
  titles?: string[];
  kinds?: ActivityKind[];
  acknowledgement?: Acknowledgement | null;
};

interface OccurrenceBase {
  activityId: string;
  title: string;
  kind: ActivityKind;
  status: ActivityStatus;
  ownerOrganisationName: string | null;
  hours: number;
}

export interface TimedOccurrence extends OccurrenceBase {
  start: string;
  end: string;
}

export interface WeekDay {
  date: string;
  weekday: number;
  /** The Swedish name of a public holiday or closed eve on this day. */
  holiday: string | null;
  occurrences: TimedOccurrence[];
}

export interface WeekView {
  week: string;
  previousWeek: string;
  nextWeek: string;
  currentWeek: string;
  days: WeekDay[];
  unscheduled: OccurrenceBase[];
  totalHours: number;
  fullTimeHours: number;
  progressionVisible: boolean;
  warnings: CalendarWarning[];
}
