import type { Role } from '../../common/roles.ts';
import type { Db } from '../db/client.ts';
import { interventions } from '../modules/catalogue/tables.ts';
import { circumstances } from '../modules/circumstances/tables.ts';
import { referrals } from '../modules/referrals/tables.ts';
import { buildParticipationRecords, type ParticipationScenarioRecords } from '../modules/participations/scenario-records.ts';
import { buildProcurementRecords, type ProcurementScenarioRecords } from '../modules/procurement/scenario-records.ts';

/** The offer level's records of the authorisation scenario: interventions of organisation A, one per role to change. */
export interface OfferScenarioRecords {
  /** An intervention of organisation A that every test reads. */
  intervention: string;
  /** One intervention of organisation A per role, each changed once (version 1). */
  interventionsByRole: Record<Role, string>;
  /** An intervention of organisation B, for organisation A's referrals. */
  interventionOfB: string;
  /** An intervention of the other tenant: 404 for everyone here. */
  otherIntervention: string;
  /** One circumstance of P per role to end (recorded by organisation A), and one of the other tenant's person. */
  circumstancesByRole: Record<Role, string>;
  otherCircumstance: string;
  /** One referral of P per role, sent by organisation B to organisation A's intervention (A answers it). */
  referralsByRole: Record<Role, string>;
  otherReferral: string;
  /** One accepted referral of P per role from organisation B to its own intervention of organisation A, to start. */
  acceptedReferralsByRole: Record<Role, string>;
  /** Participations of P in organisation A's interventions and their follow-ups (participations/scenario-records.ts). */
  participations: ParticipationScenarioRecords;
  /** Contracts and purchases of organisation A (procurement/scenario-records.ts). */
  procurement: ProcurementScenarioRecords;
}

export const interventionFields = (name: string) => ({
  name,
  description: 'Arbetsträning med handledare.',
  kind: 'work_training' as const,
  places: 4,
  funding: 'regular_budget' as const,
  languages: ['sv'],
  eligibility: [{ fact: 'age' as const, min: 18 }],
});

/** A complete intervention as the catalogue's form sends it. */
export const newIntervention = (name: string) => ({
  ...interventionFields(name),
  status: 'active',
  locationName: null,
  address: null,
  postalCode: null,
  city: null,
  workplace: null,
  scheduleDescription: null,
  startDate: null,
  endDate: null,
  costPerPlaceOre: 1_500_000,
  contractId: null,
  targetGroups: ['newcomers'],
  applicationProcess: null,
  contactEmail: null,
  contactPhone: null,
  url: null,
});

/** A complete start and end of a participation as the provider's forms send them. */
export const STARTED = {
  startDate: '2024-02-05',
  timeInSupport: 'under_1_year',
  educationLevel: 'compulsory',
  situation: { occupation: 'job_seeking', incomeSources: ['social_assistance'], extentPercent: null },
};
export const ENDED = {
  endDate: '2024-06-14',
  endReason: 'work',
  situation: { occupation: 'work_unsubsidised', incomeSources: ['salary'], extentPercent: 100 },
};

export async function buildOfferScenarioRecords(
  db: Db,
  input: {
    tenantId: string;
    orgA: string;
    orgB: string;
    p: string;
    userId: string;
    roles: readonly Role[];
    other: { tenantId: string; org: string; participant: string; userId: string };
  },
): Promise<OfferScenarioRecords> {
  const insert = async (tenantId: string, organisationId: string, name: string) => {
    const [row] = await db
      .insert(interventions)
      .values({ tenantId, organisationId, ...interventionFields(name) })
      .returning({ id: interventions.id });
    return row!.id;
  };
  const interventionsByRole = {} as Record<Role, string>;
  for (const role of input.roles) interventionsByRole[role] = await insert(input.tenantId, input.orgA, `Insats för ${role}`);
  const circumstance = async (tenantId: string, participantId: string, organisationId: string, userId: string, year: number) => {
    const [row] = await db
      .insert(circumstances)
      .values({
        tenantId,
        participantId,
        kind: 'short_education',
        fromDate: `${year}-01-01`,
        toDate: `${year}-06-30`,
        recordedByOrganisationId: organisationId,
        recordedByUserId: userId,
      })
      .returning({ id: circumstances.id });
    return row!.id;
  };
  const circumstancesByRole = {} as Record<Role, string>;
  for (const [i, role] of input.roles.entries())
    circumstancesByRole[role] = await circumstance(input.tenantId, input.p, input.orgA, input.userId, 2000 + i);
  const referral = async (
    tenantId: string,
    participantId: string,
    from: string,
    to: string,
    interventionId: string,
    userId: string,
    state: 'sent' | 'accepted' = 'sent',
  ) => {
    const [row] = await db
      .insert(referrals)
      .values({
        tenantId,
        participantId,
        interventionId,
        fromOrganisationId: from,
        toOrganisationId: to,
        state,
        sharedCategories: ['identity'],
        answerBy: '2099-12-31',
        createdByUserId: userId,
      })
      .returning({ id: referrals.id });
    return row!.id;
  };
  const intervention = await insert(input.tenantId, input.orgA, 'Arbetsträning i parken');
  const otherIntervention = await insert(input.other.tenantId, input.other.org, 'Annan kommuns insats');
  const referralsByRole = {} as Record<Role, string>;
  for (const role of input.roles)
    referralsByRole[role] = await referral(input.tenantId, input.p, input.orgB, input.orgA, intervention, input.userId);
  const acceptedReferralsByRole = {} as Record<Role, string>;
  for (const role of input.roles) {
    const startHere = await insert(input.tenantId, input.orgA, `Start för ${role}`);
    acceptedReferralsByRole[role] = await referral(input.tenantId, input.p, input.orgB, input.orgA, startHere, input.userId, 'accepted');
  }
  const endHere = {} as Record<Role, string>;
  for (const role of input.roles) endHere[role] = await insert(input.tenantId, input.orgA, `Avslut för ${role}`);
  return {
    participations: await buildParticipationRecords(db, { ...input, interventionsByRole, intervention, otherIntervention, endHere }),
    procurement: await buildProcurementRecords(db, input),
    acceptedReferralsByRole,
    interventionOfB: await insert(input.tenantId, input.orgB, 'Praktik hos B'),
    referralsByRole,
    otherReferral: await referral(
      input.other.tenantId,
      input.other.participant,
      input.other.org,
      input.other.org,
      otherIntervention,
      input.other.userId,
    ),
    circumstancesByRole,
    otherCircumstance: await circumstance(input.other.tenantId, input.other.participant, input.other.org, input.other.userId, 2000),
    intervention,
    interventionsByRole,
    otherIntervention,
  };
}
