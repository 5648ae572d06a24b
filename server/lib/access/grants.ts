import { PERSONAL_DATA_ROLES, type DataCategory } from '../../../common/roles.ts';
import type { Actor } from '../actor.ts';
import { withinPeriod } from '../dates.ts';

/** What allowed an access: the person's own view, their consent, or the actor's own organisation's record. */
export type Grant = 'self' | 'consent' | 'own_organisation' | 'engagement';

/** `unknown`: the actor may not know the person exists (404). `consent_required`: they know, but lack consent (403). */
export type Decision = { allowed: true; grant: Grant } | { allowed: false; reason: 'unknown' | 'consent_required' };

export interface EngagementFact {
  organisationId: string;
  caseworkerUserId: string | null;
  startDate: string;
  endDate: string | null;
}

export interface ConsentFact {
  organisationId: string;
  category: string;
  validFrom: string;
  validTo: string | null;
  withdrawnAt: string | null;
}

/** What the access rules need to know about one participant, loaded for the actor's organisation only. */
export interface ParticipantFacts {
  participantId: string;
  engagements: EngagementFact[];
  consents: ConsentFact[];
  /** The participant's identity record was written by the actor's organisation. */
  identityWrittenByOwnOrganisation: boolean;
}

export const engagementActive = (e: EngagementFact, today: string) => withinPeriod(today, e.startDate, e.endDate);

export const consentActive = (c: ConsentFact, today: string) => c.withdrawnAt === null && withinPeriod(today, c.validFrom, c.validTo);

const handlesPersonalData = (actor: Actor) => actor.roles.some((r) => PERSONAL_DATA_ROLES.includes(r));

function ownActiveEngagement(actor: Actor, facts: ParticipantFacts, today: string) {
  return facts.engagements.find((e) => e.organisationId === actor.organisationId && engagementActive(e, today));
}

/** The actor may know that the participant exists: it is them, or their organisation works with or registered them. */
export function knowsParticipant(actor: Actor, facts: ParticipantFacts, today: string): boolean {
  if (actor.participantId === facts.participantId) return true;
  if (!handlesPersonalData(actor) || actor.organisationId === null) return false;
  return facts.identityWrittenByOwnOrganisation || ownActiveEngagement(actor, facts, today) !== undefined;
}

/**
 * May the actor read the participant's data of `category`? Staff see a category only while their organisation has
 * an active engagement and an active consent for it, or when the record was written by their own organisation.
 */
export function decideRead(
  actor: Actor,
  facts: ParticipantFacts,
  category: DataCategory,
  today: string,
  recordWrittenByOwnOrganisation = category === 'identity' && facts.identityWrittenByOwnOrganisation,
): Decision {
  if (actor.participantId !== null) {
    return actor.participantId === facts.participantId ? { allowed: true, grant: 'self' } : { allowed: false, reason: 'unknown' };
  }
  if (!knowsParticipant(actor, facts, today)) return { allowed: false, reason: 'unknown' };
  const consented =
    ownActiveEngagement(actor, facts, today) !== undefined &&
    facts.consents.some((c) => c.organisationId === actor.organisationId && c.category === category && consentActive(c, today));
  if (consented) return { allowed: true, grant: 'consent' };
  if (recordWrittenByOwnOrganisation) return { allowed: true, grant: 'own_organisation' };
  return { allowed: false, reason: 'consent_required' };
}

/**
 * Protected identity (skyddad identitet) hides name, personal number, address and contact data from everyone but the
 * person, coordinators and the responsible caseworker named on an active engagement.
 */
export function seesProtectedIdentity(actor: Actor, facts: ParticipantFacts, today: string): boolean {
  if (actor.participantId === facts.participantId) return true;
  if (actor.roles.includes('coordinator')) return true;
  const own = ownActiveEngagement(actor, facts, today);
  return actor.roles.includes('caseworker') && own !== undefined && own.caseworkerUserId === actor.userId;
}

/** The whole personal number is shown to the person and to caseworkers and coordinators; others see it masked. */
export function seesFullPersonalNumber(actor: Actor, facts: ParticipantFacts): boolean {
  if (actor.participantId === facts.participantId) return true;
  return actor.roles.includes('caseworker') || actor.roles.includes('coordinator');
}
