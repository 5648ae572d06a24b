import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { getNetwork, listRegister, registerKeys, type RegisterFilters } from './api.ts';

export const useRegister = (filters: RegisterFilters) =>
  useQuery({ queryKey: registerKeys.list(filters), queryFn: () => listRegister(filters), placeholderData: keepPreviousData });

export const useNetwork = (enabled: boolean) => useQuery({ queryKey: registerKeys.network, queryFn: getNetwork, enabled });
