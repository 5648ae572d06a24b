import { useMutation, useQueries, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import {
  addItem,
  attachDocument,
  createMeeting,
  decisionLog,
  getMeeting,
  listMeetings,
  meetingKeys,
  recordDecision,
  type DecisionBody,
  type DocumentBody,
  type ItemBody,
  type Meeting,
  type MeetingBodyInput,
} from './api.ts';

export const useMeetings = () => useQuery({ queryKey: meetingKeys.list, queryFn: listMeetings });

export const useMeeting = (id: string | undefined) =>
  useQuery({ queryKey: meetingKeys.one(id ?? ''), queryFn: () => getMeeting(id!), enabled: !!id });

/** Several meetings at once, e.g. the preparation group's, to choose the item that prepared a board item. */
export const useMeetingAgendas = (ids: string[]) =>
  useQueries({ queries: ids.map((id) => ({ queryKey: meetingKeys.one(id), queryFn: () => getMeeting(id) })) });

export const useDecisionLog = (initiativeId: string | undefined) =>
  useQuery({ queryKey: meetingKeys.decisions(initiativeId), queryFn: () => decisionLog(initiativeId) });

/**
 * A write answers with the meeting as it is now: kept for its page, and the rest read again — the list's counts, the
 * decision log, and the initiatives and budget a decision may have changed.
 */
const refresh = (client: QueryClient, saved: Meeting) => {
  client.setQueryData(meetingKeys.one(saved.id), saved);
  return Promise.all([
    client.invalidateQueries({ queryKey: meetingKeys.all, predicate: (q) => q.queryKey[1] !== 'one' }),
    client.invalidateQueries({ queryKey: ['initiatives'] }),
    client.invalidateQueries({ queryKey: ['forbund'] }),
  ]);
};

export function useCreateMeeting() {
  const client = useQueryClient();
  return useMutation({ mutationFn: (body: MeetingBodyInput) => createMeeting(body), onSuccess: (saved) => refresh(client, saved) });
}

export function useAddItem(meetingId: string) {
  const client = useQueryClient();
  return useMutation({ mutationFn: (body: ItemBody) => addItem(meetingId, body), onSuccess: (saved) => refresh(client, saved) });
}

export function useAttachDocument(itemId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: DocumentBody) => attachDocument(itemId, body),
    onSuccess: (saved) => refresh(client, saved),
  });
}

export function useRecordDecision(itemId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: DecisionBody) => recordDecision(itemId, body),
    onSuccess: (saved) => refresh(client, saved),
  });
}
