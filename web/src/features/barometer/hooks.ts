import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  answerSurvey,
  barometerKeys,
  getResults,
  listOpenSurveys,
  listSurveys,
  saveSurvey,
  type AnswerBody,
  type SurveyBody,
} from './api.ts';

export const useSurveys = (enabled = true) => useQuery({ queryKey: barometerKeys.surveys, queryFn: listSurveys, enabled });

export const useOpenSurveys = () => useQuery({ queryKey: barometerKeys.open, queryFn: listOpenSurveys });

export const useResults = (id: string | null) =>
  useQuery({ queryKey: barometerKeys.results(id ?? ''), queryFn: () => getResults(id!), enabled: !!id });

/** A saved round changes the lists, what may be answered and its results: everything is read again. */
export function useSaveSurvey(id: string | null) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: SurveyBody & { version?: number }) => saveSurvey(id, body),
    onSuccess: () => client.invalidateQueries({ queryKey: barometerKeys.all }),
  });
}

export function useAnswerSurvey(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: AnswerBody) => answerSurvey(id, body),
    onSuccess: () => client.invalidateQueries({ queryKey: barometerKeys.all }),
  });
}
