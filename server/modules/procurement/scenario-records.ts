import type { Role } from '../../../common/roles.ts';
import type { Db } from '../../db/client.ts';
import { organisations } from '../tenants/tables.ts';
import { contracts, purchases } from './tables.ts';

/** The procurement records of the authorisation scenario: organisation A procures and buys, each changed once per role. */
export interface ProcurementScenarioRecords {
  /** A social enterprise of tenant 1: the supplier of organisation A's contracts and purchases. */
  socialEnterprise: string;
  /** Per role, a contract of organisation A at version 1, for that role to change. */
  contractsByRole: Record<Role, string>;
  /** Per role, a purchase of organisation A at version 1, for that role to correct. */
  purchasesByRole: Record<Role, string>;
  /** Tenant 2's contract and purchase: 404 for everyone here. */
  otherContract: string;
  otherPurchase: string;
}

/** A complete contract as the web form sends it. */
export const contractBody = (supplierOrganisationId: string, name: string) => ({
  name,
  reference: 'Dnr 2025/17',
  supplierOrganisationId,
  startDate: '2025-01-01',
  endDate: '2027-12-31',
  requirements: [
    { kind: 'placements', perYear: 6 },
    { kind: 'jobs', perYear: 2 },
  ],
  interventionIds: [] as string[],
});

/** A complete purchase as the web form sends it. */
export const purchaseBody = (supplierOrganisationId: string) => ({
  supplierOrganisationId,
  year: 2025,
  kind: 'training_places',
  amountOre: 12_500_050,
  description: 'Träningsplatser i caféet',
});

export async function buildProcurementRecords(
  db: Db,
  input: { tenantId: string; orgA: string; roles: readonly Role[]; other: { tenantId: string; org: string } },
): Promise<ProcurementScenarioRecords> {
  const enterprise = async (tenantId: string, name: string) => {
    const [row] = await db.insert(organisations).values({ tenantId, name, kind: 'social_enterprise' }).returning({ id: organisations.id });
    return row!.id;
  };
  const contract = async (tenantId: string, procurer: string, supplier: string, name: string) => {
    const { interventionIds: _none, ...fields } = contractBody(supplier, name);
    const [row] = await db
      .insert(contracts)
      .values({ ...fields, tenantId, procuringOrganisationId: procurer, requirements: fields.requirements as never })
      .returning({ id: contracts.id });
    return row!.id;
  };
  const purchase = async (tenantId: string, buyer: string, supplier: string) => {
    const [row] = await db
      .insert(purchases)
      .values({ ...purchaseBody(supplier), kind: 'services', tenantId, buyerOrganisationId: buyer })
      .returning({ id: purchases.id });
    return row!.id;
  };
  const socialEnterprise = await enterprise(input.tenantId, 'Socialt företag S');
  const contractsByRole = {} as Record<Role, string>;
  const purchasesByRole = {} as Record<Role, string>;
  for (const role of input.roles) {
    contractsByRole[role] = await contract(input.tenantId, input.orgA, socialEnterprise, `Avtal för ${role}`);
    purchasesByRole[role] = await purchase(input.tenantId, input.orgA, socialEnterprise);
  }
  const otherEnterprise = await enterprise(input.other.tenantId, 'Annat socialt företag');
  return {
    socialEnterprise,
    contractsByRole,
    purchasesByRole,
    otherContract: await contract(input.other.tenantId, input.other.org, otherEnterprise, 'Annat förbunds avtal'),
    otherPurchase: await purchase(input.other.tenantId, input.other.org, otherEnterprise),
  };
}
