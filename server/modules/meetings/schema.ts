import { Type } from 'typebox';
import {
  AGENDA_DOCUMENT_MAX_BYTES,
  AGENDA_ITEM_KINDS,
  DECISION_OUTCOMES,
  INITIATIVE_STATES,
  MATERIAL_STATUSES,
  MEETING_BODIES,
} from '../../../common/governance.ts';
import { limits } from '../../../common/limits.ts';
import { oneOf } from '../../lib/http/enum.ts';
import { Uuid } from '../../lib/http/responses.ts';
import { CreateAllocation } from '../forbund/schema.ts';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);
const Title = Type.String({ minLength: 1, maxLength: limits.nameMax });
const Text = Type.String({ maxLength: limits.textMax });
const Instant = Type.String({ format: 'date-time', maxLength: 40 });

const meetingFields = {
  body: oneOf(MEETING_BODIES),
  title: Title,
  startsAt: Instant,
  place: Type.String({ maxLength: limits.nameMax }),
  materialDaysBefore: Type.Integer({ minimum: 0, maximum: 60 }),
  attendees: Type.Array(Type.String({ minLength: 1, maxLength: limits.nameMax }), { maxItems: 60 }),
};
export const CreateMeeting = Type.Object(meetingFields, { additionalProperties: false });
export const UpdateMeeting = Type.Object({ ...meetingFields, version: Type.Integer({ minimum: 1 }) }, { additionalProperties: false });

const itemFields = {
  kind: oneOf(AGENDA_ITEM_KINDS),
  title: Title,
  proposal: Text,
  initiativeId: Nullable(Uuid()),
  /** For a board item: the preparation group's item that prepared it. */
  preparedByItemId: Nullable(Uuid()),
};
export const CreateItem = Type.Object(itemFields, { additionalProperties: false });
export const UpdateItem = Type.Object({ ...itemFields, version: Type.Integer({ minimum: 1 }) }, { additionalProperties: false });

export const UploadDocument = Type.Object(
  {
    fileName: Type.String({ minLength: 1, maxLength: 200, pattern: '^[^/\\\\\\u0000-\\u001f]+$' }),
    mediaType: oneOf(['application/pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'text/plain'] as const),
    /** The file, base64-encoded. */
    contentBase64: Type.String({
      minLength: 4,
      maxLength: Math.ceil(AGENDA_DOCUMENT_MAX_BYTES / 3) * 4,
      pattern: '^[A-Za-z0-9+/]+={0,2}$',
    }),
  },
  { additionalProperties: false },
);

const Votes = Type.Integer({ minimum: 0, maximum: 500 });
export const RecordDecision = Type.Object(
  {
    outcome: oneOf(DECISION_OUTCOMES),
    wording: Type.String({ minLength: 1, maxLength: limits.textMax }),
    /** The count when the board voted; null when it decided by acclamation. */
    votes: Nullable(Type.Object({ for: Votes, against: Votes, abstentions: Votes }, { additionalProperties: false })),
    reservations: Type.Array(
      Type.Object({ member: Title, reason: Type.String({ maxLength: limits.textMax }) }, { additionalProperties: false }),
      { maxItems: 30 },
    ),
    /** Moves the item's initiative to this state (e.g. decided, or ended when the proposal is rejected). */
    initiativeState: Nullable(oneOf(INITIATIVE_STATES)),
    /** Allocates money to the item's initiative (or the own operation) in an open budget year. */
    allocation: Nullable(CreateAllocation),
  },
  { additionalProperties: false },
);

const DocumentInfo = Type.Object({
  id: Type.String(),
  fileName: Type.String(),
  mediaType: Type.String(),
  size: Type.Integer(),
  sentAt: Type.String(),
  /** Sent after the deadline. */
  late: Type.Boolean(),
});

export const Decision = Type.Object({
  id: Type.String(),
  outcome: oneOf(DECISION_OUTCOMES),
  wording: Type.String(),
  votes: Nullable(Type.Object({ for: Type.Integer(), against: Type.Integer(), abstentions: Type.Integer() })),
  reservations: Type.Array(Type.Object({ member: Type.String(), reason: Type.String() })),
  initiativeId: Nullable(Type.String()),
  initiativeName: Nullable(Type.String()),
  initiativeState: Nullable(oneOf(INITIATIVE_STATES)),
  allocationId: Nullable(Type.String()),
  allocationYear: Nullable(Type.Integer()),
  allocationAmountOre: Nullable(Type.Integer()),
  decidedAt: Type.String(),
});

export const AgendaItem = Type.Object({
  id: Type.String(),
  position: Type.Integer(),
  kind: oneOf(AGENDA_ITEM_KINDS),
  title: Type.String(),
  proposal: Type.String(),
  initiativeId: Nullable(Type.String()),
  initiativeName: Nullable(Type.String()),
  preparedByItemId: Nullable(Type.String()),
  /** The preparation group's meeting and item that prepared it, for the link. */
  preparedBy: Nullable(Type.Object({ meetingId: Type.String(), meetingTitle: Type.String(), itemTitle: Type.String() })),
  material: oneOf(MATERIAL_STATUSES),
  documents: Type.Array(DocumentInfo),
  decision: Nullable(Decision),
  version: Type.Integer(),
});

const MeetingSummary = Type.Object({
  id: Type.String(),
  body: oneOf(MEETING_BODIES),
  title: Type.String(),
  startsAt: Type.String(),
  place: Type.String(),
  materialDaysBefore: Type.Integer(),
  /** The last day material may be sent (in Sweden). */
  materialDeadline: Type.String(),
  items: Type.Integer(),
  /** Items whose material was late or is missing. */
  lateItems: Type.Integer(),
  decisions: Type.Integer(),
});

export const MeetingList = Type.Object({ items: Type.Array(MeetingSummary), mayManage: Type.Boolean() });

export const Meeting = Type.Object({
  ...MeetingSummary.properties,
  attendees: Type.Array(Type.String()),
  agenda: Type.Array(AgendaItem),
  version: Type.Integer(),
  mayManage: Type.Boolean(),
});

export const DecisionLog = Type.Object({
  items: Type.Array(
    Type.Object({
      ...Decision.properties,
      meetingId: Type.String(),
      meetingTitle: Type.String(),
      meetingStartsAt: Type.String(),
      itemTitle: Type.String(),
    }),
  ),
});

export const DecisionLogQuery = Type.Object({ initiativeId: Type.Optional(Uuid()) }, { additionalProperties: false });
export const DocumentParams = Type.Object({ id: Uuid(), documentId: Uuid() }, { additionalProperties: false });
