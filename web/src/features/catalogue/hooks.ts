import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { catalogueKeys, contractOptions, createIntervention, getIntervention, searchCatalogue, updateIntervention } from './api.ts';
import type { CatalogueFilters, InterventionFields } from './types.ts';

export function useCatalogue(filters: CatalogueFilters) {
  return useQuery({ queryKey: catalogueKeys.search(filters), queryFn: () => searchCatalogue(filters), placeholderData: keepPreviousData });
}

export function useIntervention(id: string | undefined, eligibleFor?: string) {
  return useQuery({ queryKey: catalogueKeys.one(id ?? '', eligibleFor), queryFn: () => getIntervention(id!, eligibleFor), enabled: !!id });
}

export function useContractOptions(organisationId: string | null, enabled: boolean) {
  return useQuery({ queryKey: catalogueKeys.contracts(organisationId), queryFn: () => contractOptions(organisationId), enabled });
}

export function useSaveIntervention(id: string | undefined) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (fields: InterventionFields & { version?: number; organisationId?: string }) =>
      id ? updateIntervention(id, { ...fields, version: fields.version! }) : createIntervention(fields),
    onSuccess: () => client.invalidateQueries({ queryKey: catalogueKeys.all }),
  });
}
