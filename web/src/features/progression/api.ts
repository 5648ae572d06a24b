import { http } from '../../lib/http.ts';
import type { ProgressionEntry, ProgressionEntryInput, ProgressionTimeline } from './types.ts';

export const progressionKeys = {
  timeline: (participantId: string) => ['participants', 'detail', participantId, 'progression'] as const,
};

const base = (participantId: string) => `/api/participants/${encodeURIComponent(participantId)}/progression`;

export function getTimeline(participantId: string): Promise<ProgressionTimeline> {
  return http.get<ProgressionTimeline>(base(participantId), 'read progression');
}

export async function recordEntry(participantId: string, input: ProgressionEntryInput): Promise<ProgressionEntry> {
  const { entry } = await http.post<{ entry: ProgressionEntry }>(base(participantId), input, 'record progression');
  return entry;
}

export async function changeEntry(
  participantId: string,
  entryId: string,
  input: ProgressionEntryInput & { version: number },
): Promise<ProgressionEntry> {
  const { entry } = await http.patch<{ entry: ProgressionEntry }>(
    `${base(participantId)}/${encodeURIComponent(entryId)}`,
    input,
    'change progression entry',
  );
  return entry;
}
