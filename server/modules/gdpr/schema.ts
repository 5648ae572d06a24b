import { Type, type Static, type TSchema } from 'typebox';
import { LANGUAGES } from '../../../web/src/i18n/languages.ts';
import { limits } from '../../../common/limits.ts';
import { oneOf } from '../../lib/http/enum.ts';
import { QueryInteger } from '../../lib/http/responses.ts';
import { RETENTION_CATEGORIES, RETENTION_MONTHS_MAX, RETENTION_MONTHS_MIN } from './policy.ts';

export const EXPORT_FORMAT = 'kitt-data-export/1';

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const Text = Type.String();
const When = Type.String({ description: 'ISO 8601 time' });
const Day = Type.String({ description: 'YYYY-MM-DD' });

export const DataExportQuery = Type.Object(
  {
    format: Type.Optional(oneOf(['json', 'html'] as const)),
    /** The language of the readable page; the person's own language when left out. */
    language: Type.Optional(oneOf(LANGUAGES)),
  },
  { additionalProperties: false },
);

/** Who wrote or changed something: the person, or an organisation (never a staff member's name or id). */
const By = Type.Object({ participant: Type.Boolean(), organisation: Nullable(Text) });

const Engagement = Type.Object({ organisation: Text, startDate: Day, endDate: Nullable(Day), responsibleCaseworkerNamed: Type.Boolean() });

const ConsentRecord = Type.Object({
  organisation: Text,
  category: Text,
  validFrom: Day,
  validTo: Nullable(Day),
  method: Text,
  documentDate: Nullable(Day),
  recordedBy: By,
  givenAt: When,
  withdrawnAt: Nullable(When),
});

const Meeting = Type.Object({
  date: Day,
  startTime: Text,
  endTime: Text,
  place: Text,
  interpreterLanguage: Nullable(Text),
  interpreterBooked: Type.Boolean(),
  status: Text,
  cancelReason: Nullable(Text),
  bookedBy: Nullable(Text),
  createdAt: When,
  invitations: Type.Array(Type.Object({ organisation: Text, answer: Text, answeredAt: Nullable(When) })),
});

const Section = Type.Object({
  kind: Text,
  content: Type.Record(Type.String(), Type.Unknown()),
  writtenBy: By,
  writtenAt: When,
  version: Type.Integer(),
  versions: Type.Array(Type.Object({ version: Type.Integer(), writtenBy: By, writtenAt: When })),
});

const Goal = Type.Object({
  id: Text,
  text: Text,
  language: Nullable(Text),
  status: Text,
  writtenBy: By,
  createdAt: When,
  updatedAt: When,
  versions: Type.Array(
    Type.Object({ version: Type.Integer(), changedBy: By, changedAt: When, text: Text, language: Nullable(Text), status: Text }),
  ),
});

const Activity = Type.Object({
  kind: Text,
  title: Text,
  description: Nullable(Text),
  owner: Nullable(Text),
  status: Text,
  cancelReason: Nullable(Text),
  startDate: Day,
  endDate: Nullable(Day),
  schedule: Type.Unknown(),
  place: Nullable(Text),
  goalId: Nullable(Text),
  agreed: Type.Boolean(),
  createdAt: When,
  updatedAt: When,
  versions: Type.Array(Type.Object({ version: Type.Integer(), changedBy: By, changedAt: When, changedFields: Type.Array(Text) })),
});

const Message = Type.Object({
  writtenBy: By,
  body: Text,
  language: Nullable(Text),
  isQuestion: Type.Boolean(),
  answeredAt: Nullable(When),
  createdAt: When,
});

/** A situation in the national follow-up's categories (codes of common/finsam-categories.json). */
const Situation = Type.Object({ occupation: Text, incomeSources: Type.Array(Text), extentPercent: Nullable(Type.Integer()) });
const Participation = Type.Object({
  intervention: Text,
  organisation: Nullable(Text),
  startDate: Day,
  endDate: Nullable(Day),
  gender: Text,
  ageAtStart: Nullable(Type.Integer()),
  timeInSupport: Text,
  educationLevel: Text,
  start: Situation,
  endReason: Nullable(Text),
  end: Nullable(Situation),
  followUps: Type.Array(
    Type.Object({
      daysAfterEnd: Type.Integer(),
      dueDate: Day,
      recordedAt: Nullable(When),
      notReachable: Type.Boolean(),
      situation: Nullable(Situation),
    }),
  ),
});

const Access = Type.Object({
  at: When,
  organisation: Nullable(Text),
  role: Nullable(Text),
  category: Text,
  action: Text,
  grant: Text,
  resourceType: Text,
});

/** Everything Kitt holds about one participant (GDPR art. 15), in the documented shape `kitt-data-export/1`. */
export const DataExport = Type.Object({
  format: Type.Literal(EXPORT_FORMAT),
  generatedAt: When,
  participantId: Text,
  identity: Type.Object({
    givenName: Text,
    familyName: Text,
    idKind: Text,
    personalNumber: Nullable(Text),
    birthDate: Nullable(Day),
    protectedIdentity: Type.Boolean(),
    preferredLanguage: Nullable(Text),
    interpreterNeeded: Type.Boolean(),
    registeredBy: Nullable(Text),
    registeredAt: When,
  }),
  contact: Type.Object({ phone: Nullable(Text), email: Nullable(Text), address: Nullable(Text) }),
  accounts: Type.Array(Type.Object({ email: Text, active: Type.Boolean(), createdAt: When })),
  engagements: Type.Array(Engagement),
  consents: Type.Array(ConsentRecord),
  intake: Type.Object({
    circumstances: Type.Array(
      Type.Object({ kind: Text, fromDate: Day, toDate: Nullable(Day), recordedBy: Nullable(Text), recordedAt: When }),
    ),
    housingDate: Nullable(Day),
    meetings: Type.Array(Meeting),
    sections: Type.Array(Section),
  }),
  plan: Type.Object({
    fullTimeHours: Nullable(Type.Number()),
    updatedAt: Nullable(When),
    goals: Type.Array(Goal),
    activities: Type.Array(Activity),
  }),
  acknowledgements: Type.Array(Type.Object({ warningKey: Text, reason: Text, by: By, at: When })),
  participations: Type.Array(Participation),
  referrals: Type.Array(
    Type.Object({
      from: Nullable(Text),
      to: Nullable(Text),
      state: Text,
      sharedCategories: Type.Array(Text),
      note: Nullable(Text),
      declineReason: Nullable(Text),
      sentAt: Nullable(When),
      answerBy: Nullable(Day),
      events: Type.Array(Type.Object({ from: Nullable(Text), to: Text, by: Nullable(Text), reason: Nullable(Text), at: When })),
    }),
  ),
  progression: Type.Array(
    Type.Object({
      kind: Text,
      sfiLevel: Nullable(Text),
      studyPath: Nullable(Type.Integer()),
      result: Nullable(Text),
      title: Nullable(Text),
      note: Nullable(Text),
      startDate: Day,
      endDate: Nullable(Day),
      organisation: Nullable(Text),
      recordedAt: When,
    }),
  ),
  messages: Type.Object({
    threads: Type.Array(
      Type.Object({
        subject: Text,
        organisations: Type.Array(Text),
        createdAt: When,
        doneAt: Nullable(When),
        messages: Type.Array(Message),
      }),
    ),
    /** Threads between organisations about the person, which the person does not take part in: counted, not shown. */
    threadsBetweenOrganisations: Type.Integer(),
  }),
  notifications: Type.Array(Type.Record(Type.String(), Type.Unknown())),
  accessLog: Type.Array(Access),
  removals: Type.Array(
    Type.Object({ at: When, category: Text, table: Text, action: Text, rows: Type.Integer(), ruleMonths: Type.Integer() }),
  ),
});
export type DataExportData = Static<typeof DataExport>;

/** The export as JSON, or as a readable page. */
export const DataExportResponse = {
  description: 'The export: JSON (format=json, the default) or a self-contained HTML page (format=html)',
  content: { 'application/json': { schema: DataExport }, 'text/html': { schema: Type.String() } },
};

export const RetentionRule = Type.Object({
  category: oneOf(RETENTION_CATEGORIES),
  /** Null while the tenant uses the default. */
  id: Nullable(Text),
  months: Type.Integer(),
  defaultMonths: Type.Integer(),
  /** When an administrator last changed it; null for a default. */
  updatedAt: Nullable(When),
});

export const RetentionRules = Type.Object({ items: Type.Array(RetentionRule) });

export const UpdateRetentionRule = Type.Object(
  { category: oneOf(RETENTION_CATEGORIES), months: Type.Integer({ minimum: RETENTION_MONTHS_MIN, maximum: RETENTION_MONTHS_MAX }) },
  { additionalProperties: false },
);

export const RetentionLogQuery = Type.Object(
  {
    limit: Type.Optional(QueryInteger({ minimum: 1, maximum: limits.pageSizeMax })),
    offset: Type.Optional(QueryInteger({ minimum: 0, maximum: 1_000_000 })),
  },
  { additionalProperties: false },
);

export const RetentionLogEntry = Type.Object({
  id: Text,
  at: When,
  category: Text,
  table: Text,
  action: Text,
  rows: Type.Integer(),
  ruleId: Text,
  ruleMonths: Type.Integer(),
  lastEngagementEnd: Day,
});

export const RetentionLogPage = Type.Object({ items: Type.Array(RetentionLogEntry), total: Type.Integer() });
