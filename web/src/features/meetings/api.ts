import type { AgendaItemKind, DecisionOutcome, InitiativeState, MaterialStatus, MeetingBody } from '../../../../common/governance.ts';
import { http, query } from '../../lib/http.ts';

/** The media types an agenda document may have (the server checks the bytes against it). */
export const DOCUMENT_TYPES = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  txt: 'text/plain',
} as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[keyof typeof DOCUMENT_TYPES];

export interface MeetingSummary {
  id: string;
  body: MeetingBody;
  title: string;
  /** The instant it starts; shown in Swedish time. */
  startsAt: string;
  place: string;
  materialDaysBefore: number;
  /** The last day (YYYY-MM-DD, in Sweden) material may be sent. */
  materialDeadline: string;
  items: number;
  /** Items whose material was late or is missing. */
  lateItems: number;
  decisions: number;
}

export interface MeetingList {
  items: MeetingSummary[];
  mayManage: boolean;
}

export interface Votes {
  for: number;
  against: number;
  abstentions: number;
}

export interface Reservation {
  member: string;
  reason: string;
}

export interface Decision {
  id: string;
  outcome: DecisionOutcome;
  wording: string;
  /** Null when the board decided without a vote. */
  votes: Votes | null;
  reservations: Reservation[];
  initiativeId: string | null;
  initiativeName: string | null;
  /** The state the decision moved the initiative to, if it moved it. */
  initiativeState: InitiativeState | null;
  allocationId: string | null;
  allocationYear: number | null;
  allocationAmountOre: number | null;
  decidedAt: string;
}

export interface AgendaDocument {
  id: string;
  fileName: string;
  mediaType: string;
  size: number;
  sentAt: string;
  /** Sent after the deadline. */
  late: boolean;
}

export interface AgendaItem {
  id: string;
  position: number;
  kind: AgendaItemKind;
  title: string;
  proposal: string;
  initiativeId: string | null;
  initiativeName: string | null;
  preparedByItemId: string | null;
  /** The preparation group's meeting and item that prepared it. */
  preparedBy: { meetingId: string; meetingTitle: string; itemTitle: string } | null;
  material: MaterialStatus;
  documents: AgendaDocument[];
  decision: Decision | null;
  version: number;
}

export interface Meeting extends MeetingSummary {
  attendees: string[];
  agenda: AgendaItem[];
  version: number;
  mayManage: boolean;
}

export interface LoggedDecision extends Decision {
  meetingId: string;
  meetingTitle: string;
  meetingStartsAt: string;
  itemTitle: string;
}

export interface MeetingBodyInput {
  body: MeetingBody;
  title: string;
  startsAt: string;
  place: string;
  materialDaysBefore: number;
  attendees: string[];
}

export interface ItemBody {
  kind: AgendaItemKind;
  title: string;
  proposal: string;
  initiativeId: string | null;
  preparedByItemId: string | null;
}

export interface DocumentBody {
  fileName: string;
  mediaType: DocumentType;
  contentBase64: string;
}

export interface DecisionBody {
  outcome: DecisionOutcome;
  wording: string;
  votes: Votes | null;
  reservations: Reservation[];
  initiativeState: InitiativeState | null;
  allocation: { year: number; name: string; initiativeId: string | null; amountOre: number } | null;
}

export const meetingKeys = {
  all: ['meetings'] as const,
  list: ['meetings', 'list'] as const,
  one: (id: string) => ['meetings', 'one', id] as const,
  decisions: (initiativeId: string | undefined) => ['meetings', 'decisions', initiativeId ?? 'all'] as const,
};

export const listMeetings = (): Promise<MeetingList> => http.get('/api/meetings', 'list meetings');

export const getMeeting = (id: string): Promise<Meeting> => http.get(`/api/meetings/${id}`, 'read a meeting');

export const createMeeting = (body: MeetingBodyInput): Promise<Meeting> => http.post('/api/meetings', body, 'plan a meeting');

export const addItem = (meetingId: string, body: ItemBody): Promise<Meeting> =>
  http.post(`/api/meetings/${meetingId}/items`, body, 'add an agenda item');

export const attachDocument = (itemId: string, body: DocumentBody): Promise<Meeting> =>
  http.post(`/api/agenda-items/${itemId}/documents`, body, 'send a document with an agenda item');

export const recordDecision = (itemId: string, body: DecisionBody): Promise<Meeting> =>
  http.post(`/api/agenda-items/${itemId}/decision`, body, 'record a decision');

export const decisionLog = (initiativeId: string | undefined): Promise<{ items: LoggedDecision[] }> =>
  http.get(`/api/decisions${query({ initiativeId })}`, 'read the decision log');

/** The minutes in the interface language when the PDF has it (Swedish, English, Arabic), else in Swedish. */
export const minutesUrl = (meetingId: string, language: string) =>
  `/api/meetings/${meetingId}/minutes.pdf${query({ language: ['sv', 'en', 'ar'].includes(language) ? language : 'sv' })}`;

export const documentUrl = (itemId: string, documentId: string) => `/api/agenda-items/${itemId}/documents/${documentId}`;
