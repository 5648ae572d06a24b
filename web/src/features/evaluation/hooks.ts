import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { evaluationKeys, getEvaluation, type EvaluationFilters } from './api.ts';

export const useEvaluation = (filters: EvaluationFilters) =>
  useQuery({ queryKey: evaluationKeys.report(filters), queryFn: () => getEvaluation(filters), placeholderData: keepPreviousData });
