import { http, query } from '../../lib/http.ts';
import type { CatalogueFilters, CataloguePage, Intervention, InterventionFields } from './types.ts';

export const catalogueKeys = {
  all: ['catalogue'] as const,
  search: (filters: CatalogueFilters) => ['catalogue', 'search', filters] as const,
  one: (id: string, eligibleFor?: string) => ['catalogue', 'one', id, eligibleFor ?? null] as const,
  contracts: (organisationId: string | null) => ['catalogue', 'contracts', organisationId] as const,
};

export function searchCatalogue(filters: CatalogueFilters): Promise<CataloguePage> {
  return http.get(`/api/catalogue${query({ ...filters })}`, 'search the catalogue');
}

export function getIntervention(id: string, eligibleFor?: string): Promise<Intervention> {
  return http.get(`/api/catalogue/${id}${query({ eligibleFor })}`, 'read an intervention');
}

export function createIntervention(fields: InterventionFields & { organisationId?: string }): Promise<Intervention> {
  return http.post('/api/catalogue', fields, 'publish an intervention');
}

export function updateIntervention(id: string, fields: InterventionFields & { version: number }): Promise<Intervention> {
  return http.put(`/api/catalogue/${id}`, fields, 'change an intervention');
}

export function contractOptions(organisationId: string | null): Promise<{ id: string; name: string }[]> {
  return http.get(`/api/catalogue/contract-options${query({ organisationId })}`, 'list contracts');
}

/** Where the browser downloads an export from (a plain link: the session cookie goes along). */
export const exportUrl = (format: 'hsds' | 'export.csv' | 'export.xlsx', language: string) =>
  `/api/catalogue/${format}${query({ language: ['sv', 'en', 'ar'].includes(language) ? language : 'sv' })}`;
