import { http } from '../../lib/http.ts';
import type { NewOrganisation, Organisation, OrganisationChanges } from './types.ts';

export const organisationKeys = { all: ['organisations'] as const };

export async function listOrganisations(): Promise<Organisation[]> {
  const { items } = await http.get<{ items: Organisation[] }>('/api/organisations', 'list organisations');
  return items;
}

export function createOrganisation(input: NewOrganisation): Promise<Organisation> {
  return http.post('/api/organisations', input, 'create organisation');
}

export function updateOrganisation(id: string, changes: OrganisationChanges): Promise<Organisation> {
  return http.patch(`/api/organisations/${encodeURIComponent(id)}`, changes, 'update organisation');
}
