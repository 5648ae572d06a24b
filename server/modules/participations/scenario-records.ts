import type { Role } from '../../../common/roles.ts';
import type { Db } from '../../db/client.ts';
import { followUps, participations } from './tables.ts';

/** The participation records of the authorisation scenario, each changed once by the role it belongs to. */
export interface ParticipationScenarioRecords {
  /** Per role, a running participation of P in organisation A's intervention for that role, at version 1. */
  byRole: Record<Role, string>;
  /** Per role, a running participation of P in another intervention of organisation A, to end. */
  toEndByRole: Record<Role, string>;
  /** Per role, an unrecorded follow-up of P's ended participation in organisation A's intervention. */
  followUpsByRole: Record<Role, string>;
  /** Tenant 2's participation and follow-up: 404 for everyone here. */
  other: string;
  otherFollowUp: string;
}

const start = {
  gender: 'unknown' as const,
  timeInSupport: 'under_1_year',
  educationLevel: 'compulsory',
  startOccupation: 'job_seeking',
  startIncomeSources: ['social_assistance'],
};

export async function buildParticipationRecords(
  db: Db,
  input: {
    tenantId: string;
    orgA: string;
    p: string;
    roles: readonly Role[];
    interventionsByRole: Record<Role, string>;
    intervention: string;
    otherIntervention: string;
    /** Per role, the intervention of organisation A whose participation that role ends. */
    endHere: Record<Role, string>;
    other: { tenantId: string; org: string; participant: string };
  },
): Promise<ParticipationScenarioRecords> {
  const participation = async (tenantId: string, participantId: string, interventionId: string, organisationId: string, ended: boolean) => {
    const [row] = await db
      .insert(participations)
      .values({
        tenantId,
        participantId,
        interventionId,
        organisationId,
        startDate: '2024-01-08',
        ...start,
        ...(ended
          ? {
              endDate: '2024-06-14',
              endReason: 'work',
              endOccupation: 'work_unsubsidised',
              endIncomeSources: ['salary'],
              endExtentPercent: 100,
            }
          : {}),
      })
      .returning({ id: participations.id });
    return row!.id;
  };
  const followUp = async (tenantId: string, participationId: string, participantId: string, organisationId: string, days: number) => {
    const [row] = await db
      .insert(followUps)
      .values({ tenantId, participationId, participantId, organisationId, daysAfterEnd: days, dueDate: '2024-09-12' })
      .returning({ id: followUps.id });
    return row!.id;
  };
  const byRole = {} as Record<Role, string>;
  for (const role of input.roles)
    byRole[role] = await participation(input.tenantId, input.p, input.interventionsByRole[role], input.orgA, false);
  const toEndByRole = {} as Record<Role, string>;
  for (const role of input.roles) toEndByRole[role] = await participation(input.tenantId, input.p, input.endHere[role], input.orgA, false);
  const ended = await participation(input.tenantId, input.p, input.intervention, input.orgA, true);
  const followUpsByRole = {} as Record<Role, string>;
  for (const [i, role] of input.roles.entries()) followUpsByRole[role] = await followUp(input.tenantId, ended, input.p, input.orgA, 90 + i);
  const o = input.other;
  const other = await participation(o.tenantId, o.participant, input.otherIntervention, o.org, true);
  return { byRole, toEndByRole, followUpsByRole, other, otherFollowUp: await followUp(o.tenantId, other, o.participant, o.org, 90) };
}
