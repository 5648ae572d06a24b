import type { Actor } from '../../lib/actor.ts';

/** Booking, rescheduling and cancelling the joint intake is staff work: a caseworker or coordinator of an organisation. */
export function mayManageIntake(actor: Pick<Actor, 'roles' | 'organisationId' | 'participantId'>): boolean {
  if (actor.participantId !== null || actor.organisationId === null) return false;
  return actor.roles.includes('caseworker') || actor.roles.includes('coordinator');
}

/** What an invited organisation's staff see of an invitation before (and after) the person's consent. */
export interface InvitationView {
  /** The meeting's date, time and place: needed to answer, and saying nothing about who the person is. */
  meeting: boolean;
  /** The person's name and a link to them: only when the identity rules allow it. */
  identity: boolean;
  /** May answer for the organisation. */
  answer: boolean;
}

/**
 * The invitation rule: only staff of the invited organisation see an invitation at all; they see the meeting's time
 * and place, and who the person is only when `identityReadable` (engagement and consent, as everywhere else).
 */
export function invitationView(
  actor: Pick<Actor, 'roles' | 'organisationId' | 'participantId'>,
  invitedOrganisationId: string,
  identityReadable: boolean,
): InvitationView {
  const own = actor.participantId === null && actor.organisationId !== null && actor.organisationId === invitedOrganisationId;
  if (!own) return { meeting: false, identity: false, answer: false };
  return { meeting: true, identity: identityReadable, answer: mayManageIntake(actor) };
}
