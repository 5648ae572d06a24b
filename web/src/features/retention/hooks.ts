import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRetentionLog, listRetentionRules, retentionKeys, updateRetentionRule } from './api.ts';
import type { RetentionCategory } from './types.ts';

export const RETENTION_LOG_PAGE_SIZE = 20;

export function useRetentionRules() {
  return useQuery({ queryKey: retentionKeys.rules, queryFn: listRetentionRules });
}

export function useUpdateRetentionRule() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ category, months }: { category: RetentionCategory; months: number }) => updateRetentionRule(category, months),
    onSuccess: () => client.invalidateQueries({ queryKey: retentionKeys.rules }),
  });
}

export function useRetentionLog(offset: number) {
  return useQuery({
    queryKey: retentionKeys.log(offset),
    queryFn: () => getRetentionLog(offset, RETENTION_LOG_PAGE_SIZE),
    placeholderData: keepPreviousData,
  });
}
