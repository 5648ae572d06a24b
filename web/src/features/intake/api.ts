import { http } from '../../lib/http.ts';
import type { Intake, IntakeOverview, MeetingFields, MeetingResult, SectionWrite } from './types.ts';

export const intakeKeys = {
  all: ['intake'] as const,
  overview: ['intake', 'overview'] as const,
  detail: (participantId: string) => ['intake', 'detail', participantId] as const,
};

const base = (participantId: string) => `/api/participants/${encodeURIComponent(participantId)}/intake`;

export const getIntake = (participantId: string) => http.get<Intake>(base(participantId), 'read joint intake');

export const getOverview = () => http.get<IntakeOverview>('/api/intakes', 'list joint intakes');

export const setHousingDate = (participantId: string, housingDate: string, version: number | null) =>
  http.put<{ housingDate: string; version: number }>(base(participantId), { housingDate, version }, 'set housing date');

export const bookMeeting = (participantId: string, fields: MeetingFields & { organisationIds: string[] }) =>
  http.post<MeetingResult>(`${base(participantId)}/meetings`, fields, 'book joint intake');

export const rescheduleMeeting = (participantId: string, meetingId: string, version: number, fields: MeetingFields) =>
  http.post<MeetingResult>(`${base(participantId)}/meetings/reschedule`, { meetingId, version, ...fields }, 'reschedule joint intake');

export const cancelMeeting = (participantId: string, meetingId: string, version: number, reason: string) =>
  http.post<MeetingResult>(`${base(participantId)}/meetings/cancel`, { meetingId, version, reason }, 'cancel joint intake');

export const markHeld = (participantId: string, meetingId: string, version: number, heldOn: string) =>
  http.post<MeetingResult>(`${base(participantId)}/meetings/held`, { meetingId, version, heldOn }, 'mark joint intake held');

export const answerInvitation = (meetingId: string, answer: 'accepted' | 'declined') =>
  http.post<{ meetingId: string; answer: string }>('/api/intake-invitations/answer', { meetingId, answer }, 'answer invitation');

export const writeSection = (participantId: string, write: SectionWrite) =>
  http.put<{ kind: string; version: number }>(`${base(participantId)}/sections`, write, 'write intake section');
