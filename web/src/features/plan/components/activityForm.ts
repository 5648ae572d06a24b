import type { ActivityKind, Prerequisites, Schedule, SfiLevel, Slot, Weekday } from '../../../../../common/plan.ts';
import type { Activity, ActivityChange, NewActivity } from '../types.ts';

/** The activity form as the user fills it in: text everywhere, so that an empty field stays empty. */
export interface ActivityFormValues {
  kind: ActivityKind | '';
  title: string;
  description: string;
  ownerOrganisationId: string;
  startDate: string;
  endDate: string;
  place: string;
  goalId: string;
  agreed: boolean;
  /** The status a new activity starts in: proposed to the person, or planned at once. */
  status: 'proposed' | 'planned';
  /** True: the kind's default prerequisites apply; false: the two fields below are the activity's own. */
  defaultPrerequisites: boolean;
  sfiLevelAtLeast: SfiLevel | '';
  civicOrientationDone: boolean;
  scheduleKind: Schedule['kind'];
  hours: string;
  slots: { weekday: string; start: string; end: string }[];
  onceDate: string;
  onceStart: string;
  onceEnd: string;
}

export type ActivityFormProblem = 'required' | 'reversed' | 'slotReversed' | 'outside' | 'hoursRange';
export type ActivityFormErrors = Partial<Record<string, ActivityFormProblem>>;

export function emptyActivityForm(today: string, ownerOrganisationId: string, own: boolean): ActivityFormValues {
  return {
    kind: own ? 'own_activity' : '',
    title: '',
    description: '',
    ownerOrganisationId: own ? '' : ownerOrganisationId,
    startDate: today,
    endDate: '',
    place: '',
    goalId: '',
    agreed: own,
    status: 'proposed',
    defaultPrerequisites: true,
    sfiLevelAtLeast: '',
    civicOrientationDone: false,
    scheduleKind: 'recurring',
    hours: '',
    slots: [{ weekday: '1', start: '09:00', end: '12:00' }],
    onceDate: today,
    onceStart: '10:00',
    onceEnd: '11:00',
  };
}

export function activityFormOf(a: Activity): ActivityFormValues {
  const s = a.schedule;
  return {
    kind: a.kind,
    title: a.title,
    description: a.description ?? '',
    ownerOrganisationId: a.ownerOrganisationId ?? '',
    startDate: a.startDate,
    endDate: a.endDate ?? '',
    place: a.place ?? '',
    goalId: a.goalId ?? '',
    agreed: a.agreed,
    status: 'proposed',
    defaultPrerequisites: a.prerequisites === null,
    sfiLevelAtLeast: a.prerequisites?.sfiLevelAtLeast ?? '',
    civicOrientationDone: a.prerequisites?.civicOrientationDone ?? false,
    scheduleKind: s.kind,
    hours: s.kind === 'weekly_hours' ? String(s.hours) : '',
    slots:
      s.kind === 'recurring'
        ? s.slots.map((x) => ({ weekday: String(x.weekday), start: x.start, end: x.end }))
        : [{ weekday: '1', start: '09:00', end: '12:00' }],
    onceDate: s.kind === 'once' ? s.date : a.startDate,
    onceStart: s.kind === 'once' ? s.start : '10:00',
    onceEnd: s.kind === 'once' ? s.end : '11:00',
  };
}

const hoursOf = (text: string) => Number(text.replace(',', '.'));

/** The same checks the server makes, so the form can point at the field before sending. */
export function validateActivityForm(v: ActivityFormValues): ActivityFormErrors {
  const errors: ActivityFormErrors = {};
  if (!v.kind) errors.kind = 'required';
  if (!v.title.trim()) errors.title = 'required';
  if (v.kind && v.kind !== 'own_activity' && !v.ownerOrganisationId) errors.ownerOrganisationId = 'required';
  if (!v.startDate) errors.startDate = 'required';
  if (v.endDate && v.startDate && v.endDate < v.startDate) errors.endDate = 'reversed';
  if (v.scheduleKind === 'weekly_hours') {
    const hours = hoursOf(v.hours);
    if (!v.hours.trim()) errors.hours = 'required';
    else if (!Number.isFinite(hours) || hours <= 0 || hours > 80) errors.hours = 'hoursRange';
  }
  if (v.scheduleKind === 'recurring')
    v.slots.forEach((slot, i) => {
      if (!slot.start || !slot.end) errors[`slot${i}`] = 'required';
      else if (slot.end <= slot.start) errors[`slot${i}`] = 'slotReversed';
    });
  if (v.scheduleKind === 'once') {
    if (!v.onceDate || !v.onceStart || !v.onceEnd) errors.once = 'required';
    else if (v.onceEnd <= v.onceStart) errors.once = 'slotReversed';
    else if (v.onceDate < v.startDate || (v.endDate && v.onceDate > v.endDate)) errors.once = 'outside';
  }
  return errors;
}

export function scheduleOf(v: ActivityFormValues): Schedule {
  if (v.scheduleKind === 'weekly_hours') return { kind: 'weekly_hours', hours: hoursOf(v.hours) };
  if (v.scheduleKind === 'once') return { kind: 'once', date: v.onceDate, start: v.onceStart, end: v.onceEnd };
  const slots: Slot[] = v.slots.map((s) => ({ weekday: Number(s.weekday) as Weekday, start: s.start, end: s.end }));
  return { kind: 'recurring', slots };
}

/** Null while the kind's defaults apply; otherwise only the requirements the user set (an empty object: none at all). */
export function prerequisitesOf(v: ActivityFormValues): Prerequisites | null {
  if (v.defaultPrerequisites) return null;
  return {
    ...(v.sfiLevelAtLeast ? { sfiLevelAtLeast: v.sfiLevelAtLeast } : {}),
    ...(v.civicOrientationDone ? { civicOrientationDone: true } : {}),
  };
}

/** A new activity; the person's own has no owner organisation and no prerequisites. */
export function toNewActivity(v: ActivityFormValues): NewActivity {
  const own = v.kind === 'own_activity';
  const schedule = scheduleOf(v);
  return {
    kind: v.kind as ActivityKind,
    title: v.title.trim(),
    description: v.description.trim() || null,
    ownerOrganisationId: own ? null : v.ownerOrganisationId,
    startDate: v.startDate,
    endDate: v.endDate || null,
    schedule,
    place: v.place.trim() || null,
    goalId: v.goalId || null,
    status: v.status,
    ...(own ? {} : { agreed: v.agreed, prerequisites: prerequisitesOf(v) }),
  };
}

/** Only the fields that differ from the activity as loaded, with its version; `agreed` only when the user may set it. */
export function toActivityChange(v: ActivityFormValues, before: Activity): ActivityChange {
  const next = toNewActivity(v);
  const change: ActivityChange = { version: before.version };
  const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
  if (next.kind !== before.kind) change.kind = next.kind;
  if (next.title !== before.title) change.title = next.title;
  if (!same(next.description, before.description)) change.description = next.description;
  if (!same(next.ownerOrganisationId, before.ownerOrganisationId)) change.ownerOrganisationId = next.ownerOrganisationId;
  if (next.startDate !== before.startDate) change.startDate = next.startDate;
  if (!same(next.endDate, before.endDate)) change.endDate = next.endDate;
  if (!same(next.schedule, before.schedule)) change.schedule = next.schedule;
  if (!same(next.place, before.place)) change.place = next.place;
  if (!same(next.goalId, before.goalId)) change.goalId = next.goalId;
  if (next.prerequisites !== undefined && !same(next.prerequisites, before.prerequisites)) change.prerequisites = next.prerequisites;
  if (before.allowed.agree && v.agreed !== before.agreed) change.agreed = v.agreed;
  return change;
}
