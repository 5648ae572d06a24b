import type { Actor } from '../../lib/actor.ts';

export type ConsentChangeProblem = 'digital_only_by_participant' | 'paper_needs_document_date' | 'period_reversed' | 'not_yours' | null;

/**
 * Who may record which consent: the participant gives digital consent in their own view; a caseworker or
 * coordinator records the participant's paper consent, with the document's date. The period must not end before
 * it starts.
 */
export function checkConsentRecord(
  actor: Actor,
  participantId: string,
  input: { method: 'digital' | 'paper'; documentDate: string | null; validFrom: string; validTo: string | null },
): ConsentChangeProblem {
  if (actor.participantId !== null && actor.participantId !== participantId) return 'not_yours';
  const byParticipant = actor.participantId === participantId;
  if (input.method === 'digital' && !byParticipant) return 'digital_only_by_participant';
  if (input.method === 'paper' && byParticipant) return 'digital_only_by_participant';
  if (input.method === 'paper' && input.documentDate === null) return 'paper_needs_document_date';
  if (input.validTo !== null && input.validTo < input.validFrom) return 'period_reversed';
  return null;
}

export type ConsentStatus = 'active' | 'withdrawn' | 'expired' | 'future';

export function consentStatus(c: { validFrom: string; validTo: string | null; withdrawnAt: string | null }, today: string): ConsentStatus {
  if (c.withdrawnAt !== null) return 'withdrawn';
  if (c.validFrom > today) return 'future';
  if (c.validTo !== null && c.validTo < today) return 'expired';
  return 'active';
}

/** A consent that ends within this many days (today included) is shown as expiring soon. */
export const CONSENT_EXPIRING_SOON_DAYS = 30;

const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** An active consent whose last day falls within the next CONSENT_EXPIRING_SOON_DAYS days. */
export function consentExpiresSoon(
  c: { validFrom: string; validTo: string | null; withdrawnAt: string | null },
  today: string,
  days: number = CONSENT_EXPIRING_SOON_DAYS,
): boolean {
  if (consentStatus(c, today) !== 'active' || c.validTo === null) return false;
  return c.validTo <= addDays(today, days);
}

export type ConsentEventKind = 'given' | 'recorded_from_paper' | 'withdrawn';

export interface ConsentEvent {
  consentId: string;
  kind: ConsentEventKind;
  at: string;
  byName: string | null;
}

/**
 * Every change to the participant's consents, newest first. Consents are never edited, only given (digitally or
 * recorded from paper) and withdrawn, so the rows themselves hold the whole history.
 */
export function consentHistory(
  rows: readonly {
    id: string;
    method: string;
    givenAt: string;
    recordedByName: string | null;
    withdrawnAt: string | null;
    withdrawnByName: string | null;
  }[],
): ConsentEvent[] {
  const events: ConsentEvent[] = [];
  for (const c of rows) {
    events.push({ consentId: c.id, kind: c.method === 'paper' ? 'recorded_from_paper' : 'given', at: c.givenAt, byName: c.recordedByName });
    if (c.withdrawnAt !== null) events.push({ consentId: c.id, kind: 'withdrawn', at: c.withdrawnAt, byName: c.withdrawnByName });
  }
  const time = (e: ConsentEvent) => Date.parse(e.at);
  return events.sort((a, b) => time(b) - time(a) || (a.kind === 'withdrawn' ? -1 : b.kind === 'withdrawn' ? 1 : 0));
}

export interface EngagementPeriod {
  startDate: string;
  endDate: string | null;
}

export type EngagementStartProblem = 'start_in_future' | 'already_engaged' | null;

/**
 * An organisation starts its work with a person on a day not after today, and not while its own earlier
 * engagement still runs on or after that day (one engagement per organisation at a time).
 */
export function checkEngagementStart(
  ownEngagements: readonly EngagementPeriod[],
  startDate: string,
  today: string,
): EngagementStartProblem {
  if (startDate > today) return 'start_in_future';
  if (ownEngagements.some((e) => e.endDate === null || e.endDate >= startDate)) return 'already_engaged';
  return null;
}

export type EngagementEndProblem = 'already_ended' | 'end_before_start' | 'end_in_future' | null;

/** An engagement ends once, on a day between its start and today (a planned end belongs to the plan). */
export function checkEngagementEnd(engagement: EngagementPeriod, endDate: string, today: string): EngagementEndProblem {
  if (engagement.endDate !== null) return 'already_ended';
  if (endDate < engagement.startDate) return 'end_before_start';
  if (endDate > today) return 'end_in_future';
  return null;
}

/** The person may correct their own contact data, language and interpreter need; protected identity is set by staff. */
export function checkParticipantUpdate(actor: Actor, input: { protectedIdentity?: boolean }): 'protected_identity_by_staff' | null {
  return actor.participantId !== null && input.protectedIdentity !== undefined ? 'protected_identity_by_staff' : null;
}

/** The responsible caseworker is an active caseworker or coordinator of the engagement's own organisation. */
export function mayBeResponsible(
  user: { organisationId: string | null; roles: readonly string[]; active: boolean; participantId: string | null },
  organisationId: string,
): boolean {
  return (
    user.active &&
    user.participantId === null &&
    user.organisationId === organisationId &&
    (user.roles.includes('caseworker') || user.roles.includes('coordinator'))
  );
}

/** The responsible caseworker is changed on an engagement that still runs today. */
export const engagementStillRuns = (e: EngagementPeriod, today: string) => e.endDate === null || e.endDate >= today;
