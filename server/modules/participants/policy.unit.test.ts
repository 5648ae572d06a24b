import { describe, expect, it } from 'vitest';
import type { Role } from '../../../common/roles.ts';
import type { Actor } from '../../lib/actor.ts';
import {
  checkEngagementEnd,
  checkEngagementStart,
  checkParticipantUpdate,
  CONSENT_EXPIRING_SOON_DAYS,
  consentExpiresSoon,
  consentHistory,
  engagementStillRuns,
  mayBeResponsible,
} from './policy.ts';

const TODAY = '2026-06-15';

describe('consentExpiresSoon', () => {
  const c = (validTo: string | null, extra: { validFrom?: string; withdrawnAt?: string | null } = {}) => ({
    validFrom: extra.validFrom ?? '2026-01-01',
    validTo,
    withdrawnAt: extra.withdrawnAt ?? null,
  });
  it('is 30 days', () => expect(CONSENT_EXPIRING_SOON_DAYS).toBe(30));
  it.each([
    ['ends today', c(TODAY), true],
    ['ends in 30 days', c('2026-07-15'), true],
    ['ends in 31 days', c('2026-07-16'), false],
    ['no end', c(null), false],
    ['ended yesterday', c('2026-06-14'), false],
    ['withdrawn', c('2026-06-20', { withdrawnAt: '2026-06-01T10:00:00Z' }), false],
    ['not started yet', c('2026-06-20', { validFrom: '2026-06-16' }), false],
  ] as const)('%s: %s', (_n, consent, expected) => {
    expect(consentExpiresSoon(consent, TODAY)).toBe(expected);
  });
});

describe('consentHistory', () => {
  it('lists given, recorded from paper and withdrawn, newest first, with who', () => {
    const history = consentHistory([
      {
        id: 'a',
        method: 'paper',
        givenAt: '2026-01-01T09:00:00Z',
        recordedByName: 'Kim',
        withdrawnAt: '2026-03-01T09:00:00Z',
        withdrawnByName: 'Pat',
      },
      { id: 'b', method: 'digital', givenAt: '2026-02-01T09:00:00Z', recordedByName: 'Ahmad', withdrawnAt: null, withdrawnByName: null },
    ]);
    expect(history).toEqual([
      { consentId: 'a', kind: 'withdrawn', at: '2026-03-01T09:00:00Z', byName: 'Pat' },
      { consentId: 'b', kind: 'given', at: '2026-02-01T09:00:00Z', byName: 'Ahmad' },
      { consentId: 'a', kind: 'recorded_from_paper', at: '2026-01-01T09:00:00Z', byName: 'Kim' },
    ]);
  });
  it('puts a withdrawal before its giving when both fall in the same instant', () => {
    const at = '2026-01-01T09:00:00Z';
    const history = consentHistory([
      { id: 'a', method: 'paper', givenAt: at, recordedByName: null, withdrawnAt: at, withdrawnByName: null },
    ]);
    expect(history.map((e) => e.kind)).toEqual(['withdrawn', 'recorded_from_paper']);
  });
});

describe('checkEngagementStart', () => {
  const e = (startDate: string, endDate: string | null) => ({ startDate, endDate });
  it.each([
    ['first engagement, today', [], TODAY, null],
    ['first engagement, backdated', [], '2026-05-01', null],
    ['tomorrow', [], '2026-06-16', 'start_in_future'],
    ['an open engagement exists', [e('2026-01-01', null)], TODAY, 'already_engaged'],
    ['an earlier one ended yesterday', [e('2026-01-01', '2026-06-14')], TODAY, null],
    ['an earlier one ends on the new start day', [e('2026-01-01', TODAY)], TODAY, 'already_engaged'],
    ['backdated into an ended one', [e('2026-01-01', '2026-03-01')], '2026-02-01', 'already_engaged'],
  ] as const)('%s → %s', (_n, own, start, expected) => {
    expect(checkEngagementStart(own, start, TODAY)).toBe(expected);
  });
});

describe('checkEngagementEnd', () => {
  it.each([
    ['today', { startDate: '2026-01-01', endDate: null }, TODAY, null],
    ['on its start day', { startDate: '2026-01-01', endDate: null }, '2026-01-01', null],
    ['before its start', { startDate: '2026-01-01', endDate: null }, '2025-12-31', 'end_before_start'],
    ['in the future', { startDate: '2026-01-01', endDate: null }, '2026-06-16', 'end_in_future'],
    ['already ended', { startDate: '2026-01-01', endDate: '2026-05-01' }, TODAY, 'already_ended'],
  ] as const)('%s → %s', (_n, engagement, end, expected) => {
    expect(checkEngagementEnd(engagement, end, TODAY)).toBe(expected);
  });
  it.each([
    [null, true],
    [TODAY, true],
    ['2026-06-14', false],
  ] as const)('an engagement ending %s still runs: %s', (endDate, expected) => {
    expect(engagementStillRuns({ startDate: '2026-01-01', endDate }, TODAY)).toBe(expected);
  });
});

describe('mayBeResponsible', () => {
  const u = (roles: string[], extra: Partial<{ organisationId: string | null; active: boolean; participantId: string | null }> = {}) => ({
    roles,
    organisationId: 'org-a',
    active: true,
    participantId: null,
    ...extra,
  });
  it.each([
    ['a caseworker of the organisation', u(['caseworker']), true],
    ['a coordinator of the organisation', u(['coordinator']), true],
    ['a manager', u(['manager']), false],
    ['a caseworker of another organisation', u(['caseworker'], { organisationId: 'org-b' }), false],
    ['an inactive caseworker', u(['caseworker'], { active: false }), false],
    ['a participant account', u(['caseworker'], { participantId: 'p' }), false],
  ] as const)('%s: %s', (_n, user, expected) => {
    expect(mayBeResponsible(user, 'org-a')).toBe(expected);
  });
});

describe('checkParticipantUpdate', () => {
  const actor = (roles: Role[], participantId: string | null = null): Actor => ({
    tenantId: 't',
    userId: 'u',
    organisationId: participantId ? null : 'org',
    roles,
    participantId,
    requestId: 'r',
    sessionId: 's',
  });
  it.each([
    ['staff change protected identity', actor(['caseworker']), { protectedIdentity: true }, null],
    ['the person changes contact data', actor(['participant'], 'p'), {}, null],
    ['the person tries protected identity', actor(['participant'], 'p'), { protectedIdentity: false }, 'protected_identity_by_staff'],
  ] as const)('%s → %s', (_n, a, input, expected) => {
    expect(checkParticipantUpdate(a, input)).toBe(expected);
  });
});
