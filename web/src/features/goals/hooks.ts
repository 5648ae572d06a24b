import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { goalKeys, listGoals, saveGoal, saveIndicator, type GoalBody, type GoalList, type IndicatorBody } from './api.ts';

export const useGoals = () => useQuery({ queryKey: goalKeys.all, queryFn: listGoals });

/** Every write answers with the whole list as it is now, which replaces the one read. */
function useGoalWrite<B>(write: (body: B) => Promise<GoalList>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: write, onSuccess: (list) => client.setQueryData(goalKeys.all, list) });
}

export const useSaveGoal = (id: string | null) => useGoalWrite((body: GoalBody & { version?: number }) => saveGoal(id, body));

export const useSaveIndicator = (target: { goalId: string } | { id: string }) =>
  useGoalWrite((body: IndicatorBody & { version?: number }) => saveIndicator(target, body));
