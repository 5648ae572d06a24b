import type {
  InvitationAnswer,
  MeetingStatus,
  MeetingWarning,
  SectionContent,
  SectionKind,
  WindowState,
} from '../../../../common/intake.ts';

export interface IntakeWindow {
  opens: string;
  closes: string;
  state: WindowState;
  workingDaysLeft: number;
}

export interface Invitation {
  organisationId: string;
  organisationName: string;
  answer: InvitationAnswer;
  answeredByName: string | null;
  answeredAt: string | null;
}

export interface Meeting {
  id: string;
  date: string;
  startTime: string;
  endTime: string;
  place: string;
  interpreterLanguage: string | null;
  interpreterBooked: boolean;
  status: MeetingStatus;
  cancelReason: string | null;
  version: number;
  warnings: MeetingWarning[];
  invitations: Invitation[];
}

export interface Section {
  kind: SectionKind;
  content: Record<string, unknown>;
  writtenByParticipant: boolean;
  writtenByOrganisationName: string | null;
  writtenAt: string;
  version: number;
  /** Who wrote the earlier versions, and when, newest first. */
  history: { version: number; writtenByParticipant: boolean; writtenByOrganisationName: string | null; writtenAt: string }[];
}

export interface Intake {
  participantId: string;
  housingDate: string | null;
  version: number | null;
  /** The day the joint intake meeting was held: the intake is done. */
  heldOn: string | null;
  window: IntakeWindow | null;
  proposedDays: string[];
  closingWarning: boolean;
  interpreter: { needed: boolean; language: string | null } | null;
  meetings: Meeting[];
  sections: Section[];
  health: 'shown' | 'consent_required';
}

export interface MeetingFields {
  date: string;
  startTime: string;
  endTime: string;
  place: string;
  interpreterLanguage: string | null;
  interpreterBooked: boolean;
}

export interface MeetingResult {
  meetingId: string;
  warnings: MeetingWarning[];
}

export interface SectionWrite<K extends SectionKind = SectionKind> {
  kind: K;
  content: SectionContent[K];
  version: number | null;
}

export interface IntakeOverview {
  people: {
    participantId: string;
    name: string | null;
    housingDate: string;
    window: IntakeWindow;
    closingWarning: boolean;
    heldOn: string | null;
    meeting: { id: string; date: string; startTime: string; endTime: string; place: string } | null;
  }[];
  invitations: {
    meetingId: string;
    date: string;
    startTime: string;
    endTime: string;
    place: string;
    answer: InvitationAnswer;
    participantId: string | null;
    name: string | null;
  }[];
}
