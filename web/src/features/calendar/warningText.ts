import type { ActivityKind, PlanWarning } from '../../../../common/plan.ts';
import type { CalendarWarning } from './types.ts';

/** A translation key and its values: what a warning says, in plain words, before it is translated. */
export interface Message {
  key: string;
  values: Record<string, string | number>;
}

/** What is known of the warning's activities: from the warning itself, or else from the caller's list. */
export interface ActivityLookup {
  title: (id: string, index: number) => string | null;
  kind: (id: string, index: number) => ActivityKind | null;
}

export function lookupFrom(
  warning: CalendarWarning,
  activities: readonly { id: string; title: string; kind: ActivityKind }[] = [],
): ActivityLookup {
  const byId = new Map(activities.map((a) => [a.id, a]));
  return {
    title: (id, i) => warning.titles?.[i] || byId.get(id)?.title || null,
    kind: (id, i) => warning.kinds?.[i] ?? byId.get(id)?.kind ?? null,
  };
}

/** Kinds where starting before the language is in place is the study's "placement before language". */
const PLACEMENT_KINDS: readonly ActivityKind[] = ['work_placement', 'work_training', 'subsidised_job'];

export interface Wording {
  /** The weekday of a date, in the interface language. */
  day: (date: string) => string;
  /** The name of an activity kind, or of "the activity" when it is unknown. */
  kindName: (kind: ActivityKind | null) => string;
  /** Whether the person reads about themself ("you are at level A"); they always see their own level. */
  self?: boolean;
}

/**
 * The sentences that explain a warning, as translation keys under `calendar.warnings`: the main sentence, and for a
 * work placement (or similar) below the SFI level it needs, "placement before language".
 */
export function explainWarning(warning: CalendarWarning, lookup: ActivityLookup, { day, kindName, self = false }: Wording): Message[] {
  const you = self ? 'Self' : '';
  const title = (i: number) => lookup.title(warning.activityIds[i]!, i);
  if (warning.kind === 'overlap') {
    const [first, second] = [title(0), title(1)];
    return [
      {
        key: first && second ? 'calendar.warnings.overlap' : 'calendar.warnings.overlapUntitled',
        values: {
          first: first ?? '',
          second: second ?? '',
          day: day(warning.date),
          date: warning.date,
          start: warning.start,
          end: warning.end,
        },
      },
    ];
  }
  if (warning.kind === 'over_full_time')
    return [
      {
        key: `calendar.warnings.overFullTime${you}`,
        values: { hours: warning.hours, fullTime: warning.fullTimeHours, week: warning.week },
      },
    ];
  const name = title(0);
  const kind = lookup.kind(warning.activityIds[0], 0);
  const subject = name ? 'Named' : 'Unnamed';
  const values: Record<string, string> = { title: name ?? '', kind: kindName(kind), required: warning.required };
  if (warning.requirement === 'civic_orientation') {
    const state = warning.actual === null ? 'Hidden' : 'NotDone';
    return [{ key: `calendar.warnings.civic${subject}${state}`, values }];
  }
  const state = warning.actual === null ? 'Hidden' : warning.actual === 'none' ? 'None' : 'Level';
  const messages: Message[] = [
    { key: `calendar.warnings.sfi${subject}${state}${state === 'Hidden' ? '' : you}`, values: { ...values, actual: warning.actual ?? '' } },
  ];
  // "Placement before language" says the level is not reached: only for those who may know it.
  if (state !== 'Hidden' && kind && PLACEMENT_KINDS.includes(kind))
    messages.push({ key: 'calendar.warnings.placementBeforeLanguage', values: {} });
  return messages;
}

/**
 * The short heading of a warning's kind. A prerequisite whose `actual` is null was not checked for this reader (they
 * may not read progression; the server sends it met or not), so it is not headed as unmet.
 */
export const warningHeadingKey = (warning: CalendarWarning | PlanWarning) =>
  warning.kind === 'prerequisite_unmet' && warning.actual === null
    ? 'calendar.warnings.heading.prerequisite_unchecked'
    : `calendar.warnings.heading.${warning.kind}`;
