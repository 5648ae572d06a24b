import type { FundingSource, InitiativeKind, InitiativeState, MunicipalityRole } from '../../../../common/governance.ts';
import { http, query } from '../../lib/http.ts';
import type { Shown } from '../evaluation/api.ts';

/** Why an initiative needs the preparation group's attention (the server's RISK_REASONS). */
export type RiskReason = 'past_end_without_decision' | 'not_evaluated';

export interface InitiativeEvent {
  /** Null for the event that recorded the idea. */
  fromState: InitiativeState | null;
  toState: InitiativeState;
  at: string;
  byUserName: string | null;
  note: string | null;
}

export interface Initiative {
  id: string;
  name: string;
  kind: InitiativeKind;
  state: InitiativeState;
  description: string;
  targetGroup: string;
  origin: string;
  inspiredById: string | null;
  inspiredByName: string | null;
  /** Another area's initiative, public in the register: linked there, as this area's pages do not hold it. */
  inspiredByOtherArea: boolean;
  ownerPartyId: string | null;
  ownerPartyName: string | null;
  fundingSources: FundingSource[];
  municipality: string;
  municipalityRoles: MunicipalityRole[];
  startDate: string | null;
  endDate: string | null;
  evaluation: string | null;
  implementedByPartyId: string | null;
  implementedByPartyName: string | null;
  implementedFrom: string | null;
  implementationFunding: string | null;
  endedReason: string | null;
  public: boolean;
  interventions: { id: string; name: string }[];
  /** Every move between states, oldest first. */
  events: InitiativeEvent[];
  /** Why it needs attention today; empty when it does not. */
  atRisk: RiskReason[];
  createdAt: string;
  updatedAt: string;
  version: number;
  mayChange: boolean;
}

/** One initiative with the suppressed results of its linked interventions' participations. */
export interface InitiativeDetail extends Initiative {
  outcomes: { participants: Shown; started: Shown; ended: Shown; inWorkOrStudies: Shown };
}

export interface InitiativeList {
  /** The day the risks were judged on. */
  today: string;
  items: Initiative[];
  /** How many of the area's initiatives are at risk today, whatever the filters. */
  atRisk: number;
  mayCreate: boolean;
}

export interface InitiativeFilters {
  state?: InitiativeState;
  atRisk?: boolean;
  q?: string;
}

export interface InitiativeBody {
  name: string;
  kind: InitiativeKind;
  description: string;
  targetGroup: string;
  origin: string;
  inspiredById: string | null;
  ownerPartyId: string | null;
  fundingSources: FundingSource[];
  municipality: string;
  municipalityRoles: MunicipalityRole[];
  startDate: string | null;
  endDate: string | null;
  public: boolean;
  interventionIds: string[];
}

/** A move to another state with what that state needs. */
export interface TransitionBody {
  to: InitiativeState;
  note: string | null;
  evaluation?: string | null;
  implementedByPartyId?: string | null;
  implementedFrom?: string | null;
  implementationFunding?: string | null;
  endedReason?: string | null;
  version: number;
}

export const initiativeKeys = {
  all: ['initiatives'] as const,
  list: (filters: InitiativeFilters) => ['initiatives', 'list', filters] as const,
  one: (id: string) => ['initiatives', 'one', id] as const,
};

export const listInitiatives = (filters: InitiativeFilters): Promise<InitiativeList> =>
  http.get(`/api/initiatives${query({ ...filters, atRisk: filters.atRisk ? 'true' : undefined })}`, 'list initiatives');

export const getInitiative = (id: string): Promise<InitiativeDetail> => http.get(`/api/initiatives/${id}`, 'read an initiative');

export const saveInitiative = (id: string | null, body: InitiativeBody & { version?: number }): Promise<InitiativeDetail> =>
  id ? http.put(`/api/initiatives/${id}`, body, 'change an initiative') : http.post('/api/initiatives', body, 'record an initiative');

export const transitionInitiative = (id: string, body: TransitionBody): Promise<InitiativeDetail> =>
  http.post(`/api/initiatives/${id}/transition`, body, 'move an initiative on');
