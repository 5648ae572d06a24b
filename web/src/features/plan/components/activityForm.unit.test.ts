import { describe, expect, it } from 'vitest';
import type { Activity } from '../types.ts';
import {
  activityFormOf,
  emptyActivityForm,
  toActivityChange,
  toNewActivity,
  validateActivityForm,
  type ActivityFormValues,
} from './activityForm.ts';
import { parseFullTimeHours } from './fullTime.ts';
import { weekdayName } from '../../../lib/weekday.ts';
import type { TFunction } from 'i18next';

const form = (extra: Partial<ActivityFormValues> = {}): ActivityFormValues => ({
  ...emptyActivityForm('2026-03-02', 'org-a', false),
  kind: 'sfi_course',
  title: 'SFI kurs B',
  ...extra,
});

describe('the activity form', () => {
  it.each<[string, Partial<ActivityFormValues>, Record<string, string>]>([
    ['a complete form', {}, {}],
    ['no kind', { kind: '' }, { kind: 'required' }],
    ['no title', { title: '  ' }, { title: 'required' }],
    ['no owner for an agency activity', { ownerOrganisationId: '' }, { ownerOrganisationId: 'required' }],
    ['the person’s own, no owner', { kind: 'own_activity', ownerOrganisationId: '' }, {}],
    ['end before start', { endDate: '2026-03-01' }, { endDate: 'reversed' }],
    ['a slot ending before it starts', { slots: [{ weekday: '1', start: '12:00', end: '08:00' }] }, { slot0: 'slotReversed' }],
    ['hours missing', { scheduleKind: 'weekly_hours', hours: '' }, { hours: 'required' }],
    ['too many hours', { scheduleKind: 'weekly_hours', hours: '81' }, { hours: 'hoursRange' }],
    ['hours with a decimal comma', { scheduleKind: 'weekly_hours', hours: '7,5' }, {}],
    ['one occasion before the period', { scheduleKind: 'once', onceDate: '2026-03-01' }, { once: 'outside' }],
    ['one occasion reversed', { scheduleKind: 'once', onceStart: '11:00', onceEnd: '10:00' }, { once: 'slotReversed' }],
  ])('%s', (_label, extra, expected) => {
    expect(validateActivityForm(form(extra))).toEqual(expected);
  });

  it('builds the schedule the API takes, and no owner for the person’s own activity', () => {
    expect(toNewActivity(form({ scheduleKind: 'weekly_hours', hours: '7,5' })).schedule).toEqual({ kind: 'weekly_hours', hours: 7.5 });
    expect(toNewActivity(form()).schedule).toEqual({ kind: 'recurring', slots: [{ weekday: 1, start: '09:00', end: '12:00' }] });
    const own = toNewActivity(form({ kind: 'own_activity', ownerOrganisationId: 'org-a', agreed: true }));
    expect(own).toMatchObject({ ownerOrganisationId: null });
    expect(own).not.toHaveProperty('agreed');
  });

  it('sends only changed fields with the version read, and `agreed` only when the user may set it', () => {
    const activity: Activity = {
      id: 'a1',
      kind: 'sfi_course',
      title: 'SFI kurs B',
      description: null,
      ownerOrganisationId: 'org-a',
      ownerOrganisationName: 'Komvux',
      status: 'planned',
      cancelReason: null,
      startDate: '2026-03-02',
      endDate: null,
      schedule: { kind: 'weekly_hours', hours: 15 },
      place: null,
      goalId: null,
      agreed: false,
      prerequisites: null,
      version: 4,
      createdAt: '',
      updatedAt: '',
      allowed: { change: true, agree: false, transitions: [] },
    };
    const values = activityFormOf(activity);
    expect(toActivityChange(values, activity)).toEqual({ version: 4 });
    expect(toActivityChange({ ...values, place: 'Sal 4', agreed: true }, activity)).toEqual({ version: 4, place: 'Sal 4' });
    expect(toActivityChange({ ...values, agreed: true }, { ...activity, allowed: { ...activity.allowed, agree: true } })).toEqual({
      version: 4,
      agreed: true,
    });
    const own = { ...values, defaultPrerequisites: false, sfiLevelAtLeast: 'B' as const };
    expect(toActivityChange(own, activity)).toEqual({ version: 4, prerequisites: { sfiLevelAtLeast: 'B' } });
    const set = { ...activity, prerequisites: { sfiLevelAtLeast: 'B' as const } };
    expect(activityFormOf(set)).toMatchObject({ defaultPrerequisites: false, sfiLevelAtLeast: 'B' });
    expect(toActivityChange(activityFormOf(set), set)).toEqual({ version: 4 });
    expect(toActivityChange({ ...activityFormOf(set), defaultPrerequisites: true }, set)).toEqual({ version: 4, prerequisites: null });
  });

  it('starts a new activity as proposed or planned, as the user chose', () => {
    expect(toNewActivity(form()).status).toBe('proposed');
    expect(toNewActivity(form({ status: 'planned' })).status).toBe('planned');
  });

  it.each<[string, Partial<ActivityFormValues>, unknown]>([
    ['the kind’s default', {}, null],
    ['own: SFI level B', { defaultPrerequisites: false, sfiLevelAtLeast: 'B' }, { sfiLevelAtLeast: 'B' }],
    ['own: civic orientation only', { defaultPrerequisites: false, civicOrientationDone: true }, { civicOrientationDone: true }],
    ['own: none at all, even where the kind has a default', { kind: 'work_placement', defaultPrerequisites: false }, {}],
    ['the default wins over stale own fields', { sfiLevelAtLeast: 'D', civicOrientationDone: true }, null],
  ])('prerequisites: %s', (_label, extra, expected) => {
    expect(toNewActivity(form(extra)).prerequisites).toEqual(expected);
  });

  it('gives the person’s own activity no prerequisites, and sends a prerequisite change only when it differs', () => {
    expect(toNewActivity(form({ kind: 'own_activity', defaultPrerequisites: false, sfiLevelAtLeast: 'C' }))).not.toHaveProperty(
      'prerequisites',
    );
  });

  it.each<[string, number | null]>([
    ['30', 30],
    ['37,5', 37.5],
    [' 20.25 ', 20.25],
    ['0', null],
    ['61', null],
    ['', null],
    ['1e2', null],
    ['forty', null],
    ['-5', null],
  ])('full time %j is %j', (text, expected) => {
    expect(parseFullTimeHours(text)).toBe(expected);
  });

  it('names weekdays from the catalogue, Monday first', () => {
    const t = ((key: string) => key) as unknown as TFunction;
    expect(weekdayName(t, 1)).toBe('common.weekdays.1');
    expect(weekdayName(t, 7, true)).toBe('common.weekdaysShort.7');
  });
});
