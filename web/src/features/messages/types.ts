export interface OrganisationRef {
  id: string;
  name: string;
}

export interface Receipt {
  /** An organisation's id, or `participant`. */
  reader: string;
  organisationName: string | null;
  readAt: string | null;
}

export interface Question {
  organisationId: string;
  organisationName: string;
  dueDate: string;
  overdue: boolean;
  answeredAt: string | null;
  answeredByMessageId: string | null;
  answeredByName: string | null;
  answeredByOrganisationName: string | null;
  mayAnswer: boolean;
}

export interface Message {
  id: string;
  body: string;
  language: string | null;
  authorName: string;
  authorOrganisationId: string | null;
  authorOrganisationName: string | null;
  byParticipant: boolean;
  mine: boolean;
  createdAt: string;
  question: Question | null;
  answersMessageIds: string[];
  receipts: Receipt[];
  unread: boolean;
}

export type ThreadKind = 'agencies' | 'with_participant';

export interface Thread {
  id: string;
  kind: ThreadKind;
  subject: string;
  organisations: OrganisationRef[];
  createdAt: string;
  lastMessageAt: string;
  doneAt: string | null;
  doneByName: string | null;
  unreadCount: number;
  openQuestions: number;
  waitingSince: string | null;
  overdue: boolean;
  messages: Message[];
}

export interface MessagesView {
  threads: Thread[];
  engagedOrganisations: OrganisationRef[];
  myOrganisationId: string | null;
}

export interface NewThread {
  kind: ThreadKind;
  subject: string;
  organisationIds: string[];
  body: string;
  language: string;
  questionTo: string | null;
}

export interface NewMessage {
  threadId: string;
  body: string;
  language: string;
  questionTo: string | null;
  answers: string | null;
}
