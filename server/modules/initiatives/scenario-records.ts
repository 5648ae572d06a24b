import type { Static } from 'typebox';
import type { Role } from '../../../common/roles.ts';
import type { Db } from '../../db/client.ts';
import type { CreateInitiative } from './schema.ts';
import { initiativeEvents, initiatives } from './tables.ts';

/** The initiatives of the authorisation scenario: each role changes one and moves another, at version 1. */
export interface InitiativeScenarioRecords {
  /** Per role, an idea of tenant 1 at version 1, for that role to change (PUT). */
  initiativesByRole: Record<Role, string>;
  /** Per role, another idea of tenant 1 at version 1, for that role to propose (POST …/transition). */
  transitionsByRole: Record<Role, string>;
  /** Tenant 2's initiative: 404 for everyone here. */
  otherInitiative: string;
}

type InitiativeInput = Static<typeof CreateInitiative>;

/** A complete initiative as the web form sends it. */
export const initiativeBody = (name: string, extra: Partial<InitiativeInput> = {}): InitiativeInput => ({
  name,
  kind: 'project',
  description: 'Stegvis väg till arbete för unga som varken arbetar eller studerar',
  targetGroup: 'Unga 16–29 år',
  origin: 'Beredningsgruppens workshop i mars',
  inspiredById: null,
  ownerPartyId: null,
  fundingSources: ['samordningsforbund', 'esf'],
  municipality: 'Trelleborg',
  municipalityRoles: ['employer'],
  startDate: '2025-01-01',
  endDate: '2026-12-31',
  public: false,
  interventionIds: [],
  ...extra,
});

/** The move every role may try: an idea proposed to the styrelse. */
export const transitionBody = (version = 1) => ({ to: 'proposed' as const, note: 'Lyfts till styrelsen', version });

export async function buildInitiativeRecords(
  db: Db,
  input: { tenantId: string; userId: string; roles: readonly Role[]; other: { tenantId: string; userId: string } },
): Promise<InitiativeScenarioRecords> {
  const idea = async (tenantId: string, userId: string, name: string) => {
    const { interventionIds: _none, ...fields } = initiativeBody(name);
    const [row] = await db
      .insert(initiatives)
      .values({ ...fields, tenantId, createdByUserId: userId })
      .returning({ id: initiatives.id });
    await db.insert(initiativeEvents).values({ tenantId, initiativeId: row!.id, fromState: null, toState: 'idea', byUserId: userId });
    return row!.id;
  };
  const initiativesByRole = {} as Record<Role, string>;
  const transitionsByRole = {} as Record<Role, string>;
  for (const role of input.roles) {
    initiativesByRole[role] = await idea(input.tenantId, input.userId, `Initiativ för ${role}`);
    transitionsByRole[role] = await idea(input.tenantId, input.userId, `Förslag för ${role}`);
  }
  return {
    initiativesByRole,
    transitionsByRole,
    otherInitiative: await idea(input.other.tenantId, input.other.userId, 'Annat förbunds initiativ'),
  };
}
