import { keepPreviousData, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import {
  getInitiative,
  initiativeKeys,
  listInitiatives,
  saveInitiative,
  transitionInitiative,
  type InitiativeBody,
  type InitiativeDetail,
  type InitiativeFilters,
  type TransitionBody,
} from './api.ts';

export const useInitiatives = (filters: InitiativeFilters) =>
  useQuery({ queryKey: initiativeKeys.list(filters), queryFn: () => listInitiatives(filters), placeholderData: keepPreviousData });

export const useInitiative = (id: string | undefined) =>
  useQuery({ queryKey: initiativeKeys.one(id ?? ''), queryFn: () => getInitiative(id!), enabled: !!id });

/** A write answers with the initiative as it is now: kept for its page, and the lists read again. */
const refresh = (client: QueryClient, saved: InitiativeDetail) => {
  client.setQueryData(initiativeKeys.one(saved.id), saved);
  return client.invalidateQueries({ queryKey: initiativeKeys.all, predicate: (q) => q.queryKey[1] === 'list' });
};

export function useSaveInitiative(id: string | null) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: InitiativeBody & { version?: number }) => saveInitiative(id, body),
    onSuccess: (saved) => refresh(client, saved),
  });
}

export function useTransitionInitiative(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: TransitionBody) => transitionInitiative(id, body),
    onSuccess: (saved) => refresh(client, saved),
  });
}
