/** The one plan: goals in the person's own words and activities from every organisation. Shared by server and web. */

export const ACTIVITY_KINDS = [
  'sfi_course',
  'civic_orientation',
  'work_placement',
  'work_training',
  'job_search',
  'subsidised_job',
  'validation',
  'education',
  'health_effort',
  'meeting',
  'own_activity',
  'other',
] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

/** proposed → planned → in_progress → done | cancelled; done and cancelled are locked. */
export const ACTIVITY_STATUSES = ['proposed', 'planned', 'in_progress', 'done', 'cancelled'] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];

export const GOAL_STATUSES = ['active', 'reached', 'dropped'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

/** SFI course levels, lowest first. Study path 1–3 tells the pace. */
export const SFI_LEVELS = ['A', 'B', 'C', 'D'] as const;
export type SfiLevel = (typeof SFI_LEVELS)[number];
export const SFI_STUDY_PATHS = [1, 2, 3] as const;

export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const; // ISO: 1 = Monday
export type Weekday = (typeof WEEKDAYS)[number];

/** A time of day, `HH:MM`, 24-hour clock, Swedish local time. */
export type TimeOfDay = string;

export interface Slot {
  weekday: Weekday;
  start: TimeOfDay;
  end: TimeOfDay;
}

/**
 * When an activity takes place within its start and end dates: a number of hours a week without fixed times,
 * recurring weekly times, or one occasion (a meeting).
 */
export type Schedule =
  | { kind: 'weekly_hours'; hours: number }
  | { kind: 'recurring'; slots: Slot[] }
  | { kind: 'once'; date: string; start: TimeOfDay; end: TimeOfDay };

/** What must be in place before an activity: SFI level at least X, civic orientation done. */
export interface Prerequisites {
  sfiLevelAtLeast?: SfiLevel;
  civicOrientationDone?: boolean;
}

/** Default prerequisites per activity kind; an activity may set its own. Data, not code, so it can be corrected. */
export const DEFAULT_PREREQUISITES: Partial<Record<ActivityKind, Prerequisites>> = {
  work_placement: { sfiLevelAtLeast: 'C' },
  subsidised_job: { sfiLevelAtLeast: 'C' },
};

/** Full time per week unless set per person (e.g. parental part-time). */
export const DEFAULT_FULL_TIME_HOURS = 40;

export const WARNING_KINDS = ['overlap', 'over_full_time', 'prerequisite_unmet'] as const;
export type WarningKind = (typeof WARNING_KINDS)[number];

/**
 * A calendar warning. `key` is stable for the same situation, so an acknowledgement (with its reason) stays with it;
 * warnings explain themselves and never block saving.
 */
export type PlanWarning =
  | { kind: 'overlap'; key: string; activityIds: [string, string]; date: string; start: TimeOfDay; end: TimeOfDay }
  | { kind: 'over_full_time'; key: string; week: string; hours: number; fullTimeHours: number; activityIds: string[] }
  | {
      kind: 'prerequisite_unmet';
      key: string;
      activityIds: [string];
      requirement: 'sfi_level' | 'civic_orientation';
      required: string;
      actual: string | null;
    };

/** The statuses an activity may move to from each status; done and cancelled lead nowhere (they are locked). */
export const ACTIVITY_TRANSITIONS: Record<ActivityStatus, readonly ActivityStatus[]> = {
  proposed: ['planned', 'cancelled'],
  planned: ['in_progress', 'cancelled'],
  in_progress: ['done', 'cancelled'],
  done: [],
  cancelled: [],
};

/** An activity in done or cancelled is locked: it is history, kept as it ended. */
export const isLockedStatus = (status: ActivityStatus): boolean => ACTIVITY_TRANSITIONS[status].length === 0;

/** The fields of an activity that a change may touch and that its history names. */
export const ACTIVITY_FIELDS = [
  'kind',
  'title',
  'description',
  'ownerOrganisationId',
  'status',
  'cancelReason',
  'startDate',
  'endDate',
  'schedule',
  'place',
  'goalId',
  'agreed',
  'prerequisites',
] as const;
export type ActivityField = (typeof ACTIVITY_FIELDS)[number];

/** What an activity requires: its own prerequisites when set (even none at all), otherwise its kind's defaults. */
export const effectivePrerequisites = (kind: ActivityKind, own: Prerequisites | null): Prerequisites =>
  own ?? DEFAULT_PREREQUISITES[kind] ?? {};
