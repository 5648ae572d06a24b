import type { InitiativeState, MunicipalityRole } from '../../../../common/governance.ts';
import { http, query } from '../../lib/http.ts';
import type { Initiative, InitiativeDetail } from '../initiatives/api.ts';

/** One public initiative of the register: no personal data, its results counted and suppressed. */
export interface RegisterEntry extends Pick<
  Initiative,
  | 'id'
  | 'name'
  | 'kind'
  | 'state'
  | 'description'
  | 'targetGroup'
  | 'origin'
  | 'municipality'
  | 'municipalityRoles'
  | 'fundingSources'
  | 'startDate'
  | 'endDate'
  | 'evaluation'
  | 'implementedFrom'
> {
  /** The collaboration area (a samordningsförbund's area). */
  areaName: string;
  homeOrganisation: string | null;
  statusDates: { running: string | null; implemented: string | null; ended: string | null };
  implementedBy: string | null;
  results: InitiativeDetail['outcomes'];
  /** The public initiative it borrowed from. */
  inspiredBy: string | null;
  inspiredByName: string | null;
  year: number;
}

export interface RegisterList {
  items: RegisterEntry[];
  /** Every municipality in the register, whatever the filters. */
  municipalities: string[];
  total: number;
}

export interface RegisterFilters {
  q?: string;
  municipality?: string;
  role?: MunicipalityRole;
  state?: InitiativeState;
}

export type NetworkNode =
  | {
      kind: 'initiative';
      id: string;
      name: string;
      state: InitiativeState;
      areaName: string;
      municipalityId: string | null;
      year: number;
    }
  | { kind: 'municipality'; id: string; name: string; year: number };

/** `borrowed`: `from` borrowed from `to`; `works_in`: the initiative `from` works in the municipality `to`. */
export interface NetworkEdge {
  kind: 'borrowed' | 'works_in';
  from: string;
  to: string;
  year: number;
}

export interface Network {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
}

export const registerKeys = {
  all: ['register'] as const,
  list: (filters: RegisterFilters) => ['register', 'list', filters] as const,
  network: ['register', 'network'] as const,
};

export const listRegister = (filters: RegisterFilters): Promise<RegisterList> =>
  http.get(`/api/register${query({ ...filters })}`, 'search the register of initiatives');

export const getNetwork = (): Promise<Network> => http.get('/api/register/network', 'read the network of initiatives');
