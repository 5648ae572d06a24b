import { http, query } from '../../lib/http.ts';
import type { Engagement, NewParticipant, ParticipantDetail, ParticipantPage } from './types.ts';

export interface ParticipantQuery {
  q: string;
  limit: number;
  offset: number;
}

export const participantKeys = {
  all: ['participants'] as const,
  list: (params: ParticipantQuery) => ['participants', 'list', params] as const,
  detail: (id: string) => ['participants', 'detail', id] as const,
  engagements: (id: string) => ['participants', 'detail', id, 'engagements'] as const,
};

/** One page of participants, carrying the offset it was asked for (a kept previous page keeps its own). */
export async function listParticipants(params: ParticipantQuery): Promise<ParticipantPage & { offset: number }> {
  const search = query({ q: params.q.trim(), limit: params.limit, offset: params.offset });
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

export async function listEngagements(id: string): Promise<Engagement[]> {
  const { items } = await http.get<{ items: Engagement[] }>(`/api/participants/${encodeURIComponent(id)}/engagements`, 'list engagements');
  return items;
}
