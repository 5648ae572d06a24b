import { Type, type TSchema } from 'typebox';
import {
  EDUCATION_LEVELS,
  INVITATION_ANSWERS,
  LANGUAGE_LEVELS,
  limitsIntake,
  MEETING_STATUSES,
  MEETING_WARNINGS,
  SECTION_KINDS,
  type SectionKind,
  VALIDATION_STATES,
  WINDOW_STATES,
} from '../../../common/intake.ts';
import { oneOf } from '../../lib/http/enum.ts';
import { DateString, Uuid } from '../../lib/http/responses.ts';

const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);
const Short = () => Type.String({ maxLength: limitsIntake.shortTextMax });
const Story = () => Type.String({ maxLength: limitsIntake.storyMax });
const Year = () => Nullable(Type.Integer({ minimum: 1900, maximum: 2100 }));
const Entries = <T extends TSchema>(t: T) =>
  Type.Object({ entries: Type.Array(t, { maxItems: limitsIntake.entriesMax }) }, { additionalProperties: false });
const Strict = <T extends Record<string, TSchema>>(props: T) => Type.Object(props, { additionalProperties: false });
/** Swedish local time of day, HH:MM. */
const Time = () => Type.String({ pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$' });
const LanguageTag = () => Type.String({ pattern: '^[a-z]{2,3}(-[A-Za-z]{2,4})?$', maxLength: 12 });

export const SectionContents = {
  education: Entries(
    Strict({
      level: oneOf(EDUCATION_LEVELS),
      field: Short(),
      country: Short(),
      fromYear: Year(),
      toYear: Year(),
      validation: oneOf(VALIDATION_STATES),
    }),
  ),
  work_experience: Entries(Strict({ occupation: Short(), country: Short(), fromYear: Year(), toYear: Year() })),
  languages: Entries(Strict({ language: LanguageTag(), level: oneOf(LANGUAGE_LEVELS) })),
  driving_licence: Strict({ hasLicence: Type.Boolean(), classes: Short(), country: Short() }),
  family: Strict({ text: Story() }),
  health: Strict({ text: Story() }),
  goals: Strict({ text: Story() }),
} as const;

/** Write one section: `version` null creates it, otherwise it must be the version the writer read. */
export const WriteSection = Type.Union(
  SECTION_KINDS.map((kind) =>
    Strict({ kind: Type.Literal(kind), content: SectionContents[kind], version: Nullable(Type.Integer({ minimum: 1 })) }),
  ),
) as TSchema;

/** What the union above lets through (a union built from a list is not inferred). */
export interface SectionInput {
  kind: SectionKind;
  content: Record<string, unknown>;
  version: number | null;
}

export const SetHousingDate = Strict({ housingDate: DateString(), version: Nullable(Type.Integer({ minimum: 1 })) });

const MeetingFields = {
  date: DateString(),
  startTime: Time(),
  endTime: Time(),
  place: Type.String({ minLength: 1, maxLength: limitsIntake.placeMax }),
  interpreterLanguage: Nullable(LanguageTag()),
  interpreterBooked: Type.Boolean(),
};

export const BookMeeting = Strict({
  ...MeetingFields,
  organisationIds: Type.Array(Uuid(), { minItems: 1, maxItems: 12, uniqueItems: true }),
});

export const RescheduleMeeting = Strict({ meetingId: Uuid(), version: Type.Integer({ minimum: 1 }), ...MeetingFields });

export const CancelMeeting = Strict({
  meetingId: Uuid(),
  version: Type.Integer({ minimum: 1 }),
  reason: Type.String({ minLength: 1, maxLength: limitsIntake.reasonMax }),
});

/** The booked meeting took place on `heldOn` (not in the future). */
export const MarkHeld = Strict({ meetingId: Uuid(), version: Type.Integer({ minimum: 1 }), heldOn: DateString() });

export const AnswerInvitation = Strict({ meetingId: Uuid(), answer: oneOf(['accepted', 'declined'] as const) });

const Window = Type.Object({
  opens: Type.String(),
  closes: Type.String(),
  state: oneOf(WINDOW_STATES),
  workingDaysLeft: Type.Integer(),
});

export const Invitation = Type.Object({
  organisationId: Type.String(),
  organisationName: Type.String(),
  answer: oneOf(INVITATION_ANSWERS),
  answeredByName: Nullable(Type.String()),
  answeredAt: Nullable(Type.String()),
});

export const Meeting = Type.Object({
  id: Type.String(),
  date: Type.String(),
  startTime: Type.String(),
  endTime: Type.String(),
  place: Type.String(),
  interpreterLanguage: Nullable(Type.String()),
  interpreterBooked: Type.Boolean(),
  status: oneOf(MEETING_STATUSES),
  cancelReason: Nullable(Type.String()),
  version: Type.Integer(),
  warnings: Type.Array(oneOf(MEETING_WARNINGS)),
  invitations: Type.Array(Invitation),
});

export const Section = Type.Object({
  kind: oneOf(SECTION_KINDS),
  content: Type.Record(Type.String(), Type.Unknown()),
  writtenByParticipant: Type.Boolean(),
  writtenByOrganisationName: Nullable(Type.String()),
  writtenAt: Type.String(),
  version: Type.Integer(),
  /** Who wrote the earlier versions, and when, newest first (not what they wrote). */
  history: Type.Array(
    Type.Object({
      version: Type.Integer(),
      writtenByParticipant: Type.Boolean(),
      writtenByOrganisationName: Nullable(Type.String()),
      writtenAt: Type.String(),
    }),
  ),
});

export const IntakeView = Type.Object({
  participantId: Type.String(),
  housingDate: Nullable(Type.String()),
  version: Nullable(Type.Integer()),
  /** The day the joint intake meeting was held: the intake is done. */
  heldOn: Nullable(Type.String()),
  window: Nullable(Window),
  proposedDays: Type.Array(Type.String()),
  closingWarning: Type.Boolean(),
  /** From the identity record; null when the reader may not see identity data. */
  interpreter: Nullable(Type.Object({ needed: Type.Boolean(), language: Nullable(Type.String()) })),
  meetings: Type.Array(Meeting),
  sections: Type.Array(Section),
  /** `consent_required`: the health section is shown only with the person's consent for health. */
  health: oneOf(['shown', 'consent_required'] as const),
});

export const OverviewPerson = Type.Object({
  participantId: Type.String(),
  name: Nullable(Type.String()),
  housingDate: Type.String(),
  window: Window,
  closingWarning: Type.Boolean(),
  /** The day the joint intake was held, when it was. */
  heldOn: Nullable(Type.String()),
  meeting: Nullable(
    Type.Object({ id: Type.String(), date: Type.String(), startTime: Type.String(), endTime: Type.String(), place: Type.String() }),
  ),
});

export const OverviewInvitation = Type.Object({
  meetingId: Type.String(),
  date: Type.String(),
  startTime: Type.String(),
  endTime: Type.String(),
  place: Type.String(),
  answer: oneOf(INVITATION_ANSWERS),
  /** Shown only when the reader may see the person's identity; otherwise the invitation is anonymous. */
  participantId: Nullable(Type.String()),
  name: Nullable(Type.String()),
});

export const IntakeOverview = Type.Object({
  people: Type.Array(OverviewPerson),
  invitations: Type.Array(OverviewInvitation),
});
