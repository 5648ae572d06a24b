import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ActivityStatus } from '../../../../common/plan.ts';
import {
  activityHistory,
  createActivity,
  createGoal,
  getPlan,
  planKeys,
  transitionActivity,
  updateActivity,
  updateGoal,
  updatePlan,
} from './api.ts';
import type { ActivityChange, Goal, NewActivity } from './types.ts';

export function usePlan(participantId: string) {
  return useQuery({ queryKey: planKeys.plan(participantId), queryFn: () => getPlan(participantId) });
}

export function useActivityHistory(participantId: string, activityId: string) {
  return useQuery({ queryKey: planKeys.history(participantId, activityId), queryFn: () => activityHistory(participantId, activityId) });
}

/** Every change to the plan refreshes the plan, its histories and the week view built from it. */
function useRefreshPlan(participantId: string) {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: ['participants', 'detail', participantId] });
}

/** Sets the person's full time per week; the week view's full-time warning follows it. */
export function useUpdatePlan(participantId: string) {
  const refresh = useRefreshPlan(participantId);
  return useMutation({
    mutationFn: (input: { fullTimeHours: number; version: number }) => updatePlan(participantId, input),
    onSuccess: refresh,
  });
}

export function useCreateGoal(participantId: string) {
  const refresh = useRefreshPlan(participantId);
  return useMutation({
    mutationFn: (input: { text: string; language: string | null }) => createGoal(participantId, input),
    onSuccess: refresh,
  });
}

export function useUpdateGoal(participantId: string) {
  const refresh = useRefreshPlan(participantId);
  return useMutation({
    mutationFn: ({
      goalId,
      ...input
    }: {
      goalId: string;
      text?: string;
      language?: string | null;
      status?: Goal['status'];
      version: number;
    }) => updateGoal(participantId, goalId, input),
    onSuccess: refresh,
  });
}

export function useCreateActivity(participantId: string) {
  const refresh = useRefreshPlan(participantId);
  return useMutation({ mutationFn: (input: NewActivity) => createActivity(participantId, input), onSuccess: refresh });
}

export function useUpdateActivity(participantId: string, activityId: string) {
  const refresh = useRefreshPlan(participantId);
  return useMutation({ mutationFn: (input: ActivityChange) => updateActivity(participantId, activityId, input), onSuccess: refresh });
}

export function useTransitionActivity(participantId: string, activityId: string) {
  const refresh = useRefreshPlan(participantId);
  return useMutation({
    mutationFn: (input: { to: ActivityStatus; reason?: string; version: number }) => transitionActivity(participantId, activityId, input),
    onSuccess: refresh,
  });
}
