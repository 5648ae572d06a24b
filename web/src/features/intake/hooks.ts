import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  answerInvitation,
  bookMeeting,
  cancelMeeting,
  getIntake,
  getOverview,
  intakeKeys,
  markHeld,
  rescheduleMeeting,
  setHousingDate,
  writeSection,
} from './api.ts';
import type { MeetingFields, SectionWrite } from './types.ts';

export const useIntake = (participantId: string) =>
  useQuery({ queryKey: intakeKeys.detail(participantId), queryFn: () => getIntake(participantId), retry: false });

export const useIntakeOverview = () => useQuery({ queryKey: intakeKeys.overview, queryFn: getOverview });

/** Every intake change refreshes the person's intake and the overview. */
function useRefresh() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: intakeKeys.all });
}

export function useSetHousingDate(participantId: string) {
  const onSuccess = useRefresh();
  return useMutation({
    mutationFn: ({ housingDate, version }: { housingDate: string; version: number | null }) =>
      setHousingDate(participantId, housingDate, version),
    onSuccess,
  });
}

export function useBookMeeting(participantId: string) {
  const onSuccess = useRefresh();
  return useMutation({
    mutationFn: (fields: MeetingFields & { organisationIds: string[] }) => bookMeeting(participantId, fields),
    onSuccess,
  });
}

export function useRescheduleMeeting(participantId: string) {
  const onSuccess = useRefresh();
  return useMutation({
    mutationFn: ({ meetingId, version, fields }: { meetingId: string; version: number; fields: MeetingFields }) =>
      rescheduleMeeting(participantId, meetingId, version, fields),
    onSuccess,
  });
}

export function useCancelMeeting(participantId: string) {
  const onSuccess = useRefresh();
  return useMutation({
    mutationFn: ({ meetingId, version, reason }: { meetingId: string; version: number; reason: string }) =>
      cancelMeeting(participantId, meetingId, version, reason),
    onSuccess,
  });
}

export function useMarkHeld(participantId: string) {
  const onSuccess = useRefresh();
  return useMutation({
    mutationFn: ({ meetingId, version, heldOn }: { meetingId: string; version: number; heldOn: string }) =>
      markHeld(participantId, meetingId, version, heldOn),
    onSuccess,
  });
}

export function useAnswerInvitation() {
  const onSuccess = useRefresh();
  return useMutation({
    mutationFn: ({ meetingId, answer }: { meetingId: string; answer: 'accepted' | 'declined' }) => answerInvitation(meetingId, answer),
    onSuccess,
  });
}

export function useWriteSection(participantId: string) {
  const onSuccess = useRefresh();
  return useMutation({ mutationFn: (write: SectionWrite) => writeSection(participantId, write), onSuccess });
}
