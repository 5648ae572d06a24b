import type { PartyKind, ShareGroup } from '../../../../common/governance.ts';
import { http, query } from '../../lib/http.ts';

/** Why the parties do not yet satisfy the law's split; `message` names the missing kind or the party. */
export interface ShareProblem {
  path: string;
  keyword: string;
  message: string;
}

export interface Party {
  id: string;
  name: string;
  kind: PartyKind;
  /** The party's weight in its group's split key, e.g. a municipality's population. */
  keyWeight: number;
  organisations: { id: string; name: string }[];
  /** The party's share of a year's total, in parts per million; null while the parties do not satisfy the law. */
  sharePpm: number | null;
  version: number;
}

export interface PartyList {
  items: Party[];
  problems: ShareProblem[];
  /** The area's organisations, with the party each belongs to. */
  organisations: { id: string; name: string; kind: string; partyId: string | null }[];
  mayManage: boolean;
}

export interface PartyBody {
  name: string;
  kind: PartyKind;
  keyWeight: number;
  organisationIds: string[];
}

/** A year's outcome; every amount in whole öre. */
export interface YearSummary {
  year: number;
  totalOre: number;
  carriedInOre: number;
  availableOre: number;
  allocatedOre: number;
  unallocatedOre: number;
  spentOre: number;
  carriedOutOre: number;
  overAllocated: boolean;
}

export interface Spending {
  id: string;
  month: number;
  amountOre: number;
  note: string | null;
  createdAt: string;
}

export interface Allocation {
  id: string;
  year: number;
  name: string;
  /** Null for the förbund's own operation. */
  initiativeId: string | null;
  initiativeName: string | null;
  allocatedOre: number;
  spentOre: number;
  remainingOre: number;
  overspent: boolean;
  spentByMonth: number[];
  cumulativeByMonth: number[];
  spending: Spending[];
  version: number;
}

export interface Contribution {
  partyId: string;
  partyName: string;
  group: ShareGroup;
  amountOre: number;
  sharePpm: number;
}

export interface BudgetYear extends YearSummary {
  openingEquityOre: number | null;
  note: string | null;
  version: number;
  contributions: Contribution[];
  spentByMonth: number[];
  allocations: Allocation[];
}

export interface Budget {
  /** Every year with its outcome, oldest first. */
  years: YearSummary[];
  /** The year shown in detail, or null when no year is open. */
  year: BudgetYear | null;
  initiatives: { id: string; name: string; state: string }[];
  mayManage: boolean;
}

export interface YearBody {
  year: number;
  totalOre: number;
  openingEquityOre: number | null;
  note: string | null;
  /** The version read, or null to open a new year. */
  version: number | null;
}

export interface AllocationBody {
  name: string;
  initiativeId: string | null;
  amountOre: number;
}

export interface SpendingBody {
  month: number;
  /** Never zero; a correction is negative. */
  amountOre: number;
  note: string | null;
}

export const forbundKeys = {
  all: ['forbund'] as const,
  parties: ['forbund', 'parties'] as const,
  budget: (year: number | undefined) => ['forbund', 'budget', year ?? 'current'] as const,
};

export const listParties = (): Promise<PartyList> => http.get('/api/forbund/parties', 'list the förbund’s parties');

export const saveParty = (id: string | null, body: PartyBody & { version?: number }): Promise<PartyList> =>
  id ? http.put(`/api/forbund/parties/${id}`, body, 'change a party') : http.post('/api/forbund/parties', body, 'add a party');

export const getBudget = (year: number | undefined): Promise<Budget> =>
  http.get(`/api/forbund/budget${query({ year })}`, 'read the joint budget');

export const setBudgetYear = (body: YearBody): Promise<Budget> =>
  http.put('/api/forbund/budget', body, body.version === null ? 'open a budget year' : 'change a budget year');

export const saveAllocation = (id: string | null, year: number, body: AllocationBody & { version?: number }): Promise<Budget> =>
  id
    ? http.put(`/api/forbund/allocations/${id}`, body, 'change an allocation')
    : http.post('/api/forbund/allocations', { ...body, year }, 'allocate money');

export const recordSpending = (allocationId: string, body: SpendingBody): Promise<Budget> =>
  http.post(`/api/forbund/allocations/${allocationId}/spending`, body, 'record spending');

/** The workbook of a year, with headers in the interface language when the export has them (else Swedish). */
export const budgetExportUrl = (year: number, language: string) =>
  `/api/forbund/budget/export.xlsx${query({ year, language: ['sv', 'en', 'ar'].includes(language) ? language : 'sv' })}`;
