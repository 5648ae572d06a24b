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
