import { INITIATIVE_STATES, MUNICIPALITY_ROLES, type InitiativeState, type MunicipalityRole } from '../../../../common/governance.ts';
import { limits } from '../../../../common/limits.ts';
import type { RegisterFilters } from './api.ts';

/** The register's two views: the list of initiatives, and the network of who borrowed from whom. */
export type RegisterView = 'list' | 'network';

/** What the page's address holds, so that a search, a view and a year can be shared as a link. */
export interface RegisterAddress {
  filters: RegisterFilters;
  view: RegisterView;
  /** The last year the network shows, or null for all of it. */
  year: number | null;
}

export type AddressChange = Partial<Record<'q' | 'municipality' | 'role' | 'state' | 'view' | 'year', string | null>>;

const within = (text: string | null, max: number) => {
  const value = text?.trim() ?? '';
  return value === '' || value.length > max ? undefined : value;
};

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | undefined =>
  values.includes(value as T) ? (value as T) : undefined;

/** Reads the address; what is unknown or out of range is left out rather than sent to the server. */
export function readAddress(params: URLSearchParams): RegisterAddress {
  const year = Number(params.get('year'));
  return {
    filters: {
      q: within(params.get('q'), limits.searchMax),
      municipality: within(params.get('municipality'), limits.nameMax),
      role: oneOf<MunicipalityRole>(MUNICIPALITY_ROLES, params.get('role')),
      state: oneOf<InitiativeState>(INITIATIVE_STATES, params.get('state')),
    },
    view: params.get('view') === 'network' ? 'network' : 'list',
    year: Number.isInteger(year) && year >= 2000 && year <= 2099 ? year : null,
  };
}

/** The address with `change` applied: an empty or null value takes its key away, and the list needs no `view`. */
export function writeAddress(current: URLSearchParams, change: AddressChange): URLSearchParams {
  const next = new URLSearchParams(current);
  for (const [key, value] of Object.entries(change)) {
    const text = value?.trim() ?? '';
    if (text === '' || (key === 'view' && text === 'list')) next.delete(key);
    else next.set(key, text);
  }
  return next;
}

/** Whether any filter of the list is set. */
export const filtered = (filters: RegisterFilters) => Object.values(filters).some((v) => v !== undefined);
