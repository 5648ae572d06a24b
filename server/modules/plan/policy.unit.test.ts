import { describe, expect, it } from 'vitest';
import {
  ACTIVITY_STATUSES,
  effectivePrerequisites,
  type ActivityKind,
  type ActivityStatus,
  type Prerequisites,
} from '../../../common/plan.ts';
import type { Role } from '../../../common/roles.ts';
import type { Actor } from '../../lib/actor.ts';
import {
  allowedActions,
  changedFields,
  checkActivityChange,
  checkActivityFields,
  checkGoalWrite,
  checkNewActivity,
  checkPlanSettings,
  checkSchedule,
  checkTransition,
  mayAgree,
} from './policy.ts';

const P = 'person-1';
const ORG = 'org-a';
const OTHER = 'org-b';

const staff = (role: Role, organisationId: string | null = ORG): Actor => ({
  tenantId: 't',
  userId: `u-${role}`,
  organisationId,
  roles: [role],
  participantId: null,
  requestId: 'r',
  sessionId: 's',
});
const self: Actor = { ...staff('participant', null), participantId: P };
const otherPerson: Actor = { ...self, participantId: 'person-2' };

const caseworker = staff('caseworker');
const caseworkerB = staff('caseworker', OTHER);
const coordinatorB = staff('coordinator', OTHER);
const manager = staff('manager');
const provider = staff('provider');

const activity = (kind: ActivityKind, owner: string | null, status: ActivityStatus = 'planned', agreed = false) => ({
  kind,
  ownerOrganisationId: owner,
  status,
  agreed,
});

describe('the activity life cycle', () => {
  // Every pair of statuses: the table is the whole rule.
  const table: [ActivityStatus, ActivityStatus, string | null, ReturnType<typeof checkTransition>][] = [
    ['proposed', 'planned', null, null],
    ['proposed', 'cancelled', 'Flyttade', null],
    ['proposed', 'cancelled', null, 'reason_required'],
    ['proposed', 'cancelled', '   ', 'reason_required'],
    ['proposed', 'in_progress', null, 'transition_not_allowed'],
    ['proposed', 'done', null, 'transition_not_allowed'],
    ['proposed', 'proposed', null, 'transition_not_allowed'],
    ['planned', 'in_progress', null, null],
    ['planned', 'cancelled', 'Sjuk', null],
    ['planned', 'proposed', null, 'transition_not_allowed'],
    ['planned', 'done', null, 'transition_not_allowed'],
    ['in_progress', 'done', null, null],
    ['in_progress', 'cancelled', 'Fick jobb', null],
    ['in_progress', 'planned', null, 'transition_not_allowed'],
    ...ACTIVITY_STATUSES.map((to): [ActivityStatus, ActivityStatus, string, 'locked'] => ['done', to, 'x', 'locked']),
    ...ACTIVITY_STATUSES.map((to): [ActivityStatus, ActivityStatus, string, 'locked'] => ['cancelled', to, 'x', 'locked']),
  ];
  it.each(table)('%s → %s (reason %j): %s', (from, to, reason, expected) => {
    expect(checkTransition(from, to, reason)).toBe(expected);
  });
});

describe('adding an activity', () => {
  const table: [string, Actor, ActivityKind, string | null, boolean, ReturnType<typeof checkNewActivity>][] = [
    ['the person, their own', self, 'own_activity', null, false, null],
    ['the person, with an owner', self, 'own_activity', ORG, false, 'own_activity_has_no_owner'],
    ['the person, an agency kind', self, 'work_placement', null, false, 'not_owner'],
    ['another person', otherPerson, 'own_activity', null, false, 'not_yours'],
    ['a caseworker, own organisation', caseworker, 'sfi_course', ORG, false, null],
    ['a caseworker, own organisation, agreed', caseworker, 'sfi_course', ORG, true, null],
    ['a caseworker, another organisation', caseworker, 'sfi_course', OTHER, false, 'owner_not_own_organisation'],
    ['a caseworker, no owner', caseworker, 'job_search', null, false, 'owner_required'],
    ['a caseworker, the person’s own kind', caseworker, 'own_activity', null, false, 'not_owner'],
    ['a coordinator, another organisation', coordinatorB, 'work_training', ORG, false, null],
    ['a coordinator, another organisation, agreed', coordinatorB, 'work_training', ORG, true, 'agreed_by_owner'],
    ['a coordinator, own organisation, agreed', coordinatorB, 'meeting', OTHER, true, null],
    ['a manager', manager, 'meeting', ORG, false, 'not_owner'],
    ['a provider', provider, 'work_training', ORG, false, 'not_owner'],
  ];
  it.each(table)('%s', (_label, actor, kind, owner, agreed, expected) => {
    expect(checkNewActivity(actor, P, { kind, ownerOrganisationId: owner, agreed })).toBe(expected);
  });
});

describe('changing an activity', () => {
  const table: [string, Actor, ReturnType<typeof activity>, ReturnType<typeof checkActivityChange>][] = [
    ['the person, their own', self, activity('own_activity', null), null],
    ['the person, an organisation’s', self, activity('sfi_course', ORG), 'not_owner'],
    ['another person', otherPerson, activity('own_activity', null), 'not_yours'],
    ['the owner’s caseworker', caseworker, activity('sfi_course', ORG), null],
    ['another organisation’s caseworker', caseworkerB, activity('sfi_course', ORG), 'not_owner'],
    ['a coordinator of another organisation', coordinatorB, activity('sfi_course', ORG), null],
    ['a coordinator, the person’s own', coordinatorB, activity('own_activity', null), 'not_owner'],
    ['a caseworker, the person’s own', caseworker, activity('own_activity', null), 'not_owner'],
    ['a manager of the owner', manager, activity('sfi_course', ORG), 'not_owner'],
    ['the owner, done', caseworker, activity('sfi_course', ORG, 'done'), 'locked'],
    ['the owner, cancelled', caseworker, activity('sfi_course', ORG, 'cancelled'), 'locked'],
    ['the person, their own, done', self, activity('own_activity', null, 'done'), 'locked'],
    ['a stranger, done: not theirs before locked', caseworkerB, activity('sfi_course', ORG, 'done'), 'not_owner'],
  ];
  it.each(table)('%s', (_label, actor, a, expected) => {
    expect(checkActivityChange(actor, P, a)).toBe(expected);
  });

  const fields: [
    string,
    Actor,
    ReturnType<typeof activity>,
    Parameters<typeof checkActivityFields>[2],
    ReturnType<typeof checkActivityFields>,
  ][] = [
    ['a title', caseworker, activity('sfi_course', ORG), {}, null],
    ['the kind within agency kinds', caseworker, activity('sfi_course', ORG), { kind: 'education' }, null],
    ['the kind to own_activity', caseworker, activity('sfi_course', ORG), { kind: 'own_activity' }, 'kind_own_activity_fixed'],
    ['the kind away from own_activity', self, activity('own_activity', null), { kind: 'meeting' }, 'kind_own_activity_fixed'],
    ['the owner, by a caseworker', caseworker, activity('sfi_course', ORG), { ownerOrganisationId: OTHER }, 'owner_change_by_coordinator'],
    ['the owner, by a coordinator', coordinatorB, activity('sfi_course', ORG), { ownerOrganisationId: OTHER }, null],
    ['the owner removed', coordinatorB, activity('sfi_course', ORG), { ownerOrganisationId: null }, 'own_activity_has_no_owner'],
    ['the same owner, by a caseworker', caseworker, activity('sfi_course', ORG), { ownerOrganisationId: ORG }, null],
    ['agreed, by the owner', caseworker, activity('sfi_course', ORG), { agreed: true }, null],
    ['agreed, by a coordinator elsewhere', coordinatorB, activity('sfi_course', ORG), { agreed: true }, 'agreed_by_owner'],
    ['agreed unchanged, by a coordinator elsewhere', coordinatorB, activity('sfi_course', ORG), { agreed: false }, null],
    ['agreed, by the person on their own', self, activity('own_activity', null, 'planned', true), { agreed: false }, null],
  ];
  it.each(fields)('fields: %s', (_label, actor, a, patch, expected) => {
    expect(checkActivityFields(actor, a, patch)).toBe(expected);
  });
});

describe('who says an activity is agreed', () => {
  const table: [string, Actor, string | null, boolean][] = [
    ['the owner’s caseworker', caseworker, ORG, true],
    ['another organisation’s caseworker', caseworkerB, ORG, false],
    ['a coordinator of another organisation', coordinatorB, ORG, false],
    ['a manager of the owner', manager, ORG, false],
    ['the person, their own', self, null, true],
    ['the person, an organisation’s', self, ORG, false],
    ['staff, the person’s own', caseworker, null, false],
  ];
  it.each(table)('%s', (_label, actor, owner, expected) => {
    expect(mayAgree(actor, { ownerOrganisationId: owner })).toBe(expected);
  });
});

describe('the actions sent with an activity', () => {
  it('lists the next statuses only to those who may change it', () => {
    expect(allowedActions(caseworker, P, activity('sfi_course', ORG, 'planned'))).toEqual({
      change: true,
      agree: true,
      transitions: ['in_progress', 'cancelled'],
    });
    expect(allowedActions(caseworkerB, P, activity('sfi_course', ORG, 'planned'))).toEqual({
      change: false,
      agree: false,
      transitions: [],
    });
    expect(allowedActions(caseworker, P, activity('sfi_course', ORG, 'done'))).toEqual({ change: false, agree: false, transitions: [] });
  });
});

describe('goals, the person’s own words', () => {
  const table: [string, Actor, { writtenByParticipant: boolean } | null, ReturnType<typeof checkGoalWrite>][] = [
    ['the person writes one', self, null, null],
    ['the person edits what staff wrote', self, { writtenByParticipant: false }, null],
    ['the person edits their own', self, { writtenByParticipant: true }, null],
    ['another person', otherPerson, null, 'not_yours'],
    ['a caseworker writes one on their behalf', caseworker, null, null],
    ['a caseworker edits one staff wrote', caseworkerB, { writtenByParticipant: false }, null],
    ['a caseworker edits the person’s own words', caseworker, { writtenByParticipant: true }, 'goal_written_by_participant'],
    ['a coordinator edits the person’s own words', coordinatorB, { writtenByParticipant: true }, 'goal_written_by_participant'],
    ['a manager', manager, null, 'not_owner'],
    ['a provider', provider, null, 'not_owner'],
  ];
  it.each(table)('%s', (_label, actor, goal, expected) => {
    expect(checkGoalWrite(actor, P, goal)).toBe(expected);
  });
});

describe('the person’s full time', () => {
  const table: [string, Actor, ReturnType<typeof checkPlanSettings>][] = [
    ['a caseworker', caseworker, null],
    ['a coordinator', coordinatorB, null],
    ['the person', self, 'not_owner'],
    ['another person', otherPerson, 'not_yours'],
    ['a manager', manager, 'not_owner'],
  ];
  it.each(table)('%s', (_label, actor, expected) => {
    expect(checkPlanSettings(actor, P)).toBe(expected);
  });
});

describe('schedules', () => {
  const table: [string, Parameters<typeof checkSchedule>, ReturnType<typeof checkSchedule>][] = [
    ['weekly hours, open end', [{ kind: 'weekly_hours', hours: 15 }, '2026-01-05', null], null],
    ['period reversed', [{ kind: 'weekly_hours', hours: 15 }, '2026-01-05', '2026-01-04'], 'period_reversed'],
    ['one-day period', [{ kind: 'weekly_hours', hours: 15 }, '2026-01-05', '2026-01-05'], null],
    ['recurring', [{ kind: 'recurring', slots: [{ weekday: 1, start: '08:30', end: '12:00' }] }, '2026-01-05', null], null],
    [
      'recurring, a slot ending before it starts',
      [{ kind: 'recurring', slots: [{ weekday: 1, start: '12:00', end: '08:30' }] }, '2026-01-05', null],
      'slot_reversed',
    ],
    [
      'recurring, an empty slot',
      [{ kind: 'recurring', slots: [{ weekday: 3, start: '10:00', end: '10:00' }] }, '2026-01-05', null],
      'slot_reversed',
    ],
    ['once, inside', [{ kind: 'once', date: '2026-01-07', start: '10:00', end: '11:00' }, '2026-01-05', '2026-01-09'], null],
    [
      'once, before the period',
      [{ kind: 'once', date: '2026-01-04', start: '10:00', end: '11:00' }, '2026-01-05', null],
      'once_outside_period',
    ],
    [
      'once, after the period',
      [{ kind: 'once', date: '2026-01-10', start: '10:00', end: '11:00' }, '2026-01-05', '2026-01-09'],
      'once_outside_period',
    ],
    ['once, reversed', [{ kind: 'once', date: '2026-01-07', start: '11:00', end: '10:00' }, '2026-01-05', null], 'once_reversed'],
  ];
  it.each(table)('%s', (_label, args, expected) => {
    expect(checkSchedule(...args)).toBe(expected);
  });
});

describe('which fields a version changed', () => {
  it('names changed fields in a fixed order and ignores key order inside values', () => {
    const before = { title: 'SFI', schedule: { kind: 'weekly_hours', hours: 15 }, place: null, status: 'planned' };
    expect(changedFields(before, { ...before, schedule: { hours: 15, kind: 'weekly_hours' } })).toEqual([]);
    expect(changedFields(before, { ...before, status: 'cancelled', title: 'SFI B', cancelReason: 'Flytt' })).toEqual([
      'title',
      'status',
      'cancelReason',
    ]);
    expect(changedFields(before, { ...before, place: undefined })).toEqual([]);
    expect(changedFields({}, { kind: 'meeting', title: 'Möte', agreed: false })).toEqual(['kind', 'title', 'agreed']);
  });
});

describe('what an activity requires', () => {
  const table: [string, ActivityKind, Prerequisites | null, Prerequisites][] = [
    ['a work placement: the kind’s default', 'work_placement', null, { sfiLevelAtLeast: 'C' }],
    ['a subsidised job: the kind’s default', 'subsidised_job', null, { sfiLevelAtLeast: 'C' }],
    ['an SFI course: no default', 'sfi_course', null, {}],
    ['a work placement with its own level', 'work_placement', { sfiLevelAtLeast: 'B' }, { sfiLevelAtLeast: 'B' }],
    ['a work placement with none at all', 'work_placement', {}, {}],
    ['work training with civic orientation', 'work_training', { civicOrientationDone: true }, { civicOrientationDone: true }],
  ];
  it.each(table)('%s', (_label, kind, own, expected) => {
    expect(effectivePrerequisites(kind, own)).toEqual(expected);
  });
});
