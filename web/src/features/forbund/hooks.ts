import { keepPreviousData, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import {
  forbundKeys,
  getBudget,
  listParties,
  recordSpending,
  saveAllocation,
  saveParty,
  setBudgetYear,
  type AllocationBody,
  type Budget,
  type PartyBody,
  type SpendingBody,
  type YearBody,
} from './api.ts';

export const useParties = () => useQuery({ queryKey: forbundKeys.parties, queryFn: listParties });

/** The budget with one year in detail; `undefined` lets the server choose (the current year, else the latest). */
export const useBudget = (year: number | undefined) =>
  useQuery({ queryKey: forbundKeys.budget(year), queryFn: () => getBudget(year), placeholderData: keepPreviousData });

/** A write answers with the budget of its year: kept for that year, and everything else read again. */
const refresh = (client: QueryClient, budget: Budget) => {
  if (budget.year) client.setQueryData(forbundKeys.budget(budget.year.year), budget);
  return client.invalidateQueries({ queryKey: forbundKeys.all });
};

export function useSaveParty(id: string | null) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: PartyBody & { version?: number }) => saveParty(id, body),
    onSuccess: () => client.invalidateQueries({ queryKey: forbundKeys.all }),
  });
}

export function useSetBudgetYear() {
  const client = useQueryClient();
  return useMutation({ mutationFn: (body: YearBody) => setBudgetYear(body), onSuccess: (budget) => refresh(client, budget) });
}

export function useSaveAllocation(id: string | null, year: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: AllocationBody & { version?: number }) => saveAllocation(id, year, body),
    onSuccess: (budget) => refresh(client, budget),
  });
}

export function useRecordSpending(allocationId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: SpendingBody) => recordSpending(allocationId, body),
    onSuccess: (budget) => refresh(client, budget),
  });
}
