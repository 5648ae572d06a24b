import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { getCompleteness, getSusReport, susKeys, type SusFilters } from './api.ts';

/** The report; not asked for while the period runs backwards. */
export const useSusReport = (filters: SusFilters, enabled: boolean) =>
  useQuery({ queryKey: susKeys.report(filters), queryFn: () => getSusReport(filters), placeholderData: keepPreviousData, enabled });

export const useCompleteness = (filters: SusFilters, enabled: boolean) =>
  useQuery({
    queryKey: susKeys.completeness(filters),
    queryFn: () => getCompleteness(filters),
    placeholderData: keepPreviousData,
    enabled,
  });
