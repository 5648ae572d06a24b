import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createOrganisation, listOrganisations, organisationKeys, updateOrganisation } from './api.ts';
import type { NewOrganisation, OrganisationChanges } from './types.ts';

export function useOrganisations() {
  return useQuery({ queryKey: organisationKeys.all, queryFn: listOrganisations, staleTime: 5 * 60_000 });
}

export function useCreateOrganisation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: NewOrganisation) => createOrganisation(input),
    onSuccess: () => client.invalidateQueries({ queryKey: organisationKeys.all }),
  });
}

export function useUpdateOrganisation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, changes }: { id: string; changes: OrganisationChanges }) => updateOrganisation(id, changes),
    onSuccess: () => client.invalidateQueries({ queryKey: organisationKeys.all }),
  });
}
