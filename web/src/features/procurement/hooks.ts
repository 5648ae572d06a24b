import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { catalogueKeys } from '../catalogue/api.ts';
import {
  listContracts,
  listPurchases,
  listWorkplaces,
  procurementKeys,
  saveContract,
  savePurchase,
  type ContractBody,
  type PurchaseBody,
  type PurchaseFilters,
} from './api.ts';

export const useContracts = () => useQuery({ queryKey: procurementKeys.contracts, queryFn: listContracts });

export const useWorkplaces = () => useQuery({ queryKey: procurementKeys.workplaces, queryFn: listWorkplaces });

export const usePurchases = (filters: PurchaseFilters) =>
  useQuery({ queryKey: procurementKeys.purchases(filters), queryFn: () => listPurchases(filters), placeholderData: keepPreviousData });

/** A saved contract changes the links of interventions too: the catalogue is read again. */
export function useSaveContract(id: string | null) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ContractBody & { version?: number }) => saveContract(id, body),
    onSuccess: () =>
      Promise.all([client.invalidateQueries({ queryKey: procurementKeys.all }), client.invalidateQueries({ queryKey: catalogueKeys.all })]),
  });
}

export function useSavePurchase(id: string | null) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: PurchaseBody & { version?: number }) => savePurchase(id, body),
    onSuccess: () => client.invalidateQueries({ queryKey: procurementKeys.all }),
  });
}
