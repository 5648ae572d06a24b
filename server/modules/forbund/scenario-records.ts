import type { Role } from '../../../common/roles.ts';
import type { Db } from '../../db/client.ts';
import { contributionRows } from './shares.ts';
import { budgetAllocations, budgetContributions, budgetYears, forbundParties } from './tables.ts';

/** The governance records of the authorisation scenario: tenant 1's four parties and an open budget year. */
export interface ForbundScenarioRecords {
  /** The year open in tenant 1 (at version 3), to allocate from. */
  year: number;
  /** Per role, a party at version 1 and an allocation at version 1, for that role to change. */
  partiesByRole: Record<Role, string>;
  allocationsByRole: Record<Role, string>;
  /** Per role, a year not yet opened, for that role to open. */
  newYearByRole: Record<Role, number>;
  /** Tenant 2's party and allocation: 404 for everyone here. */
  otherParty: string;
  otherAllocation: string;
}

export const partyBody = (name: string, kind: 'forsakringskassan' | 'arbetsformedlingen' | 'region' | 'municipality', keyWeight = 1) => ({
  name,
  kind,
  keyWeight,
  organisationIds: [] as string[],
});
export const allocationFields = (name: string) => ({ name, initiativeId: null, amountOre: 50_000_000 });
export const allocationBody = (name: string, year = 2025) => ({ year, ...allocationFields(name) });
export const budgetYearBody = (year: number, totalOre = 800_000_000) => ({
  year,
  totalOre,
  openingEquityOre: null,
  note: null,
  version: null,
});

/** Opens a year with the parties' contributions, and one allocation per name. */
async function openYear(
  db: Db,
  tenantId: string,
  year: number,
  parties: { id: string; kind: never; keyWeight: number }[],
  allocations: string[],
) {
  const totalOre = 800_000_000;
  // Changed twice already: a quiet request at version 1 (or none) is stale whatever else it carries.
  await db.insert(budgetYears).values({ tenantId, year, totalOre, version: 3 });
  await db.insert(budgetContributions).values(contributionRows(tenantId, year, totalOre, parties));
  const ids: string[] = [];
  for (const name of allocations) {
    const [row] = await db
      .insert(budgetAllocations)
      .values({ ...allocationBody(name, year), tenantId })
      .returning({ id: budgetAllocations.id });
    ids.push(row!.id);
  }
  return ids;
}

async function fourParties(db: Db, tenantId: string) {
  const rows = await db
    .insert(forbundParties)
    .values([
      { ...partyBody('Försäkringskassan', 'forsakringskassan'), tenantId },
      { ...partyBody('Arbetsförmedlingen', 'arbetsformedlingen'), tenantId },
      { ...partyBody('Regionen', 'region'), tenantId },
      { ...partyBody('Kommunen', 'municipality', 40_000), tenantId },
    ])
    .returning({ id: forbundParties.id, kind: forbundParties.kind, keyWeight: forbundParties.keyWeight });
  return rows as { id: string; kind: never; keyWeight: number }[];
}

export async function buildForbundRecords(
  db: Db,
  input: { tenantId: string; roles: readonly Role[]; other: { tenantId: string } },
): Promise<ForbundScenarioRecords> {
  const year = 2025;
  const parties = await fourParties(db, input.tenantId);
  const allocations = await openYear(db, input.tenantId, year, parties, [...input.roles]);
  const partiesByRole = {} as Record<Role, string>;
  const allocationsByRole = {} as Record<Role, string>;
  const newYearByRole = {} as Record<Role, number>;
  for (const [i, role] of input.roles.entries()) {
    const [row] = await db
      .insert(forbundParties)
      .values({ ...partyBody(`Kommun för ${role}`, 'municipality', 1_000 + i), tenantId: input.tenantId })
      .returning({ id: forbundParties.id });
    partiesByRole[role] = row!.id;
    allocationsByRole[role] = allocations[i]!;
    newYearByRole[role] = 2040 + i;
  }
  const otherParties = await fourParties(db, input.other.tenantId);
  const [otherAllocation] = await openYear(db, input.other.tenantId, year, otherParties, ['Annat förbunds insats']);
  return { year, partiesByRole, allocationsByRole, newYearByRole, otherParty: otherParties[0]!.id, otherAllocation: otherAllocation! };
}
