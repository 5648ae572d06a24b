import type { ContractRequirementKind, InterventionKind, PurchaseKind } from '../../../../common/offer.ts';
import type { FulfilmentStatus } from '../../../../common/procurement.ts';
import { http, query } from '../../lib/http.ts';

export interface Requirement {
  kind: ContractRequirementKind;
  perYear: number;
}

export interface RequirementFulfilment {
  kind: ContractRequirementKind;
  required: number;
  achieved: number;
  /** The share of `required` due by today, rounded down. */
  expectedByToday: number;
  status: FulfilmentStatus;
}

export interface Contract {
  id: string;
  name: string;
  reference: string | null;
  procuringOrganisationId: string;
  procuringOrganisationName: string;
  supplierOrganisationId: string;
  supplierOrganisationName: string;
  startDate: string;
  endDate: string;
  requirements: Requirement[];
  interventions: { id: string; name: string }[];
  fulfilment: {
    status: FulfilmentStatus;
    currentYear: number | null;
    years: { year: number; from: string; to: string; requirements: RequirementFulfilment[] }[];
  };
  /** The warning: a requirement of the current contract year is behind plan. */
  behind: boolean;
  version: number;
  mayChange: boolean;
}

export interface ContractList {
  today: string;
  items: Contract[];
  behind: number;
  mayCreate: boolean;
}

export interface ContractBody {
  name: string;
  reference: string | null;
  supplierOrganisationId: string;
  startDate: string;
  endDate: string;
  requirements: Requirement[];
  interventionIds: string[];
}

export interface Capacity {
  places: number;
  placesTaken: number;
  freePlaces: number;
  waitingList: number;
}

export interface Workplaces {
  workplaces: (Capacity & {
    workplace: string;
    interventions: (Capacity & { id: string; name: string; kind: InterventionKind; organisationName: string })[];
  })[];
  total: Capacity;
}

export interface Purchase {
  id: string;
  buyerOrganisationId: string;
  buyerOrganisationName: string;
  supplierOrganisationId: string;
  supplierOrganisationName: string;
  year: number;
  kind: PurchaseKind;
  /** Whole öre. */
  amountOre: number;
  description: string;
  version: number;
  createdAt: string;
  mayChange: boolean;
}

export interface PurchaseList {
  items: Purchase[];
  totals: {
    year: number;
    amountOre: number;
    suppliers: {
      supplierOrganisationId: string;
      supplierOrganisationName: string;
      amountOre: number;
      byKind: { kind: PurchaseKind; amountOre: number }[];
    }[];
  }[];
  years: number[];
  socialEnterprises: { id: string; name: string }[];
  mayCreate: boolean;
}

export interface PurchaseFilters {
  year?: number;
  supplierOrganisationId?: string;
}

export interface PurchaseBody {
  supplierOrganisationId: string;
  year: number;
  kind: PurchaseKind;
  amountOre: number;
  description: string;
}

export const procurementKeys = {
  all: ['procurement'] as const,
  contracts: ['procurement', 'contracts'] as const,
  workplaces: ['procurement', 'workplaces'] as const,
  purchases: (filters: PurchaseFilters) => ['procurement', 'purchases', filters] as const,
};

export const listContracts = (): Promise<ContractList> => http.get('/api/procurement/contracts', 'list contracts');

export const saveContract = (id: string | null, body: ContractBody & { version?: number }): Promise<Contract> =>
  id
    ? http.put(`/api/procurement/contracts/${id}`, body, 'change a contract')
    : http.post('/api/procurement/contracts', body, 'record a contract');

export const listWorkplaces = (): Promise<Workplaces> => http.get('/api/procurement/workplaces', 'list the municipality’s workplaces');

export const listPurchases = (filters: PurchaseFilters): Promise<PurchaseList> =>
  http.get(`/api/procurement/purchases${query({ ...filters })}`, 'list purchases');

export const savePurchase = (id: string | null, body: PurchaseBody & { version?: number }): Promise<Purchase> =>
  id
    ? http.put(`/api/procurement/purchases/${id}`, body, 'correct a purchase')
    : http.post('/api/procurement/purchases', body, 'record a purchase');
