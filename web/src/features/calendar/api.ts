import { http, query } from '../../lib/http.ts';
import type { Acknowledgement, WeekView } from './types.ts';

export const calendarKeys = {
  all: (participantId: string) => ['participants', 'detail', participantId, 'week'] as const,
  week: (participantId: string, week: string | undefined) => ['participants', 'detail', participantId, 'week', week ?? 'current'] as const,
};

const base = (participantId: string) => `/api/participants/${encodeURIComponent(participantId)}`;

export function getWeek(participantId: string, week: string | undefined): Promise<WeekView> {
  return http.get<WeekView>(`${base(participantId)}/week${query({ week })}`, 'read week');
}

export async function acknowledgeWarning(participantId: string, key: string, reason: string): Promise<Acknowledgement> {
  const { acknowledgement } = await http.post<{ acknowledgement: Acknowledgement }>(
    `${base(participantId)}/warnings/acknowledgements`,
    { key, reason },
    'acknowledge warning',
  );
  return acknowledgement;
}
