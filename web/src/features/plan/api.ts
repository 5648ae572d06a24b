import type { ActivityStatus } from '../../../../common/plan.ts';
import { http } from '../../lib/http.ts';
import type { ActivityChange, ActivityVersion, Goal, NewActivity, PlanView, SavedActivity } from './types.ts';

export const planKeys = {
  plan: (participantId: string) => ['participants', 'detail', participantId, 'plan'] as const,
  history: (participantId: string, activityId: string) => ['participants', 'detail', participantId, 'plan', 'history', activityId] as const,
};

const base = (participantId: string) => `/api/participants/${encodeURIComponent(participantId)}`;
const activity = (participantId: string, activityId: string) => `${base(participantId)}/activities/${encodeURIComponent(activityId)}`;

export const getPlan = (participantId: string) => http.get<PlanView>(`${base(participantId)}/plan`, 'read plan');

export async function updatePlan(participantId: string, input: { fullTimeHours: number; version: number }): Promise<PlanView['plan']> {
  return (await http.patch<{ plan: PlanView['plan'] }>(`${base(participantId)}/plan`, input, 'set full time')).plan;
}

export async function createGoal(participantId: string, input: { text: string; language: string | null }): Promise<Goal> {
  return (await http.post<{ goal: Goal }>(`${base(participantId)}/goals`, input, 'write goal')).goal;
}

export async function updateGoal(
  participantId: string,
  goalId: string,
  input: { text?: string; language?: string | null; status?: Goal['status']; version: number },
): Promise<Goal> {
  return (await http.patch<{ goal: Goal }>(`${base(participantId)}/goals/${encodeURIComponent(goalId)}`, input, 'edit goal')).goal;
}

export const createActivity = (participantId: string, input: NewActivity) =>
  http.post<SavedActivity>(`${base(participantId)}/activities`, input, 'add activity');

export const updateActivity = (participantId: string, activityId: string, input: ActivityChange) =>
  http.patch<SavedActivity>(activity(participantId, activityId), input, 'change activity');

export const transitionActivity = (
  participantId: string,
  activityId: string,
  input: { to: ActivityStatus; reason?: string; version: number },
) => http.post<SavedActivity>(`${activity(participantId, activityId)}/transition`, input, 'change activity status');

export async function activityHistory(participantId: string, activityId: string): Promise<ActivityVersion[]> {
  return (await http.get<{ items: ActivityVersion[] }>(`${activity(participantId, activityId)}/history`, 'read activity history')).items;
}
