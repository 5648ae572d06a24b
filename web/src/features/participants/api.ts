import { http, query } from '../../lib/http.ts';
import type {
  Caseworker,
  Engagement,
  EngagementStart,
  NewParticipant,
  ParticipantChange,
  ParticipantDetail,
  ParticipantPage,
  ParticipantSearch,
  SearchResult,
} from './types.ts';

export interface ParticipantQuery {
  q: string;
  limit: number;
  offset: number;
  /** mine: only those whose running engagement names the user as responsible caseworker. */
  scope?: 'all' | 'mine';
}

export const participantKeys = {
  all: ['participants'] as const,
  list: (params: ParticipantQuery) => ['participants', 'list', params] as const,
  detail: (id: string) => ['participants', 'detail', id] as const,
  engagements: (id: string) => ['participants', 'detail', id, 'engagements'] as const,
  caseworkers: ['engagements', 'caseworkers'] as const,
};

/** One page of participants, carrying the offset it was asked for (a kept previous page keeps its own). */
export async function listParticipants(params: ParticipantQuery): Promise<ParticipantPage & { offset: number }> {
  const search = query({
    q: params.q.trim(),
    limit: params.limit,
    offset: params.offset,
    ...(params.scope === 'mine' ? { scope: 'mine' } : {}),
  });
  const page = await http.get<ParticipantPage>(`/api/participants${search}`, 'list participants');
  return { ...page, offset: params.offset };
}

export function getParticipant(id: string): Promise<ParticipantDetail> {
  return http.get(`/api/participants/${encodeURIComponent(id)}`, 'read participant');
}

export async function createParticipant(input: NewParticipant): Promise<ParticipantDetail> {
  const { participant } = await http.post<{ participant: ParticipantDetail }>('/api/participants', input, 'create participant');
  return participant;
}

/** The personal number goes in the body, so it never lands in a URL, a log line or the browser history. */
export function searchParticipants(input: ParticipantSearch): Promise<SearchResult> {
  return http.post('/api/participants/search', input, 'search before create');
}

export function updateParticipant(id: string, change: ParticipantChange): Promise<ParticipantDetail> {
  return http.patch(`/api/participants/${encodeURIComponent(id)}`, change, 'change participant');
}

export async function listEngagements(id: string): Promise<Engagement[]> {
  const { items } = await http.get<{ items: Engagement[] }>(`/api/participants/${encodeURIComponent(id)}/engagements`, 'list engagements');
  return items;
}

export function startEngagement(input: EngagementStart): Promise<{ participantId: string; engagement: Engagement }> {
  return http.post('/api/engagements', input, 'start engagement');
}

export function endEngagement(engagementId: string, endDate: string): Promise<{ engagement: Engagement }> {
  return http.post(`/api/engagements/${encodeURIComponent(engagementId)}/end`, { endDate }, 'end engagement');
}

export function changeCaseworker(engagementId: string, caseworkerUserId: string): Promise<{ engagement: Engagement }> {
  return http.patch(`/api/engagements/${encodeURIComponent(engagementId)}`, { caseworkerUserId }, 'change caseworker');
}

export async function listCaseworkers(): Promise<Caseworker[]> {
  const { items } = await http.get<{ items: Caseworker[] }>('/api/engagements/caseworkers', 'list caseworkers');
  return items;
}
