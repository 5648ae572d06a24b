import { csvFile, xlsxFile } from '../../lib/http/files.ts';
import { Type, type Static } from 'typebox';
import { oneOf } from '../../lib/http/enum.ts';
import { DateString, Uuid } from '../../lib/http/responses.ts';

/** What a report's rows are: one per intervention, provider, referring organisation, target group, gender, age band or quarter. */
export const GROUP_BY = ['intervention', 'provider', 'referrer', 'targetGroup', 'gender', 'ageBand', 'quarter'] as const;
export type GroupBy = (typeof GROUP_BY)[number];

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

export const EvaluationQuery = Type.Object(
  {
    /** What a row is; by intervention when left out. */
    groupBy: Type.Optional(oneOf(GROUP_BY)),
    from: Type.Optional(
      DateString({ description: 'First day of the period (referrals by the day sent, participations by start); open when left out' }),
    ),
    to: Type.Optional(DateString({ description: 'Last day of the period; open when left out' })),
    interventionId: Type.Optional(Uuid()),
    /** Only the interventions of this provider. */
    organisationId: Type.Optional(Uuid()),
  },
  { additionalProperties: false },
);
export type EvaluationQueryInput = Static<typeof EvaluationQuery>;

export const ExportQuery = Type.Object(
  { ...EvaluationQuery.properties, language: Type.Optional(oneOf(['sv', 'en', 'ar'] as const)) },
  { additionalProperties: false },
);

/** A count of people as published: the number, "< 5" (`small`), or suppressed so that no small count can be recovered. */
export const ShownCount = Type.Union([
  Type.Object({ kind: Type.Literal('value'), value: Type.Integer({ minimum: 0 }) }),
  Type.Object({ kind: Type.Literal('small') }),
  Type.Object({ kind: Type.Literal('hidden') }),
]);

/** A share 0–1, or null when a count it is computed from is not shown. */
const Rate = Nullable(Type.Number({ minimum: 0, maximum: 1 }));
/** An amount in öre, or null when not shown. */
const Ore = Nullable(Type.Integer());

export const ReferralFigures = Type.Object({
  /** Referrals that left draft in the period; the next six partition them by their state now. */
  sent: ShownCount,
  /** Accepted, started or ended. */
  acceptedOrLater: ShownCount,
  waitlisted: ShownCount,
  declined: ShownCount,
  expired: ShownCount,
  withdrawn: ShownCount,
  /** Still waiting for the provider's answer. */
  open: ShownCount,
  /** Reached a recorded outcome: ended with an end reason, declined with a reason, or withdrawn. */
  closedLoop: ShownCount,
  closedLoopRate: Rate,
  /** Median days from sending to the start of the participation; null under five people. */
  medianDaysToStart: Nullable(Type.Number()),
});

export const ParticipationFigures = Type.Object({
  /** Participations started in the period (a wrong registration never counts). */
  started: ShownCount,
  running: ShownCount,
  ended: ShownCount,
  /** Ended for a reason the national follow-up counts as completed (`completes` in finsam-categories.json). */
  completed: ShownCount,
  droppedOut: ShownCount,
  completionRate: Rate,
});

/** The ended participations by the group of the occupation at end. */
export const SituationFigures = Type.Object({
  work: ShownCount,
  studies: ShownCount,
  jobSeeking: ShownCount,
  other: ShownCount,
  shareInWorkOrStudies: Rate,
});

/** The ended participations at one follow-up point: recorded situation, not reachable, missing (due, not recorded), not yet due. */
export const FollowUpFigures = Type.Object({
  daysAfterEnd: Type.Integer(),
  workOrStudies: ShownCount,
  other: ShownCount,
  notReachable: ShownCount,
  missing: ShownCount,
  notYetDue: ShownCount,
  /** In work or studies, of the follow-ups due (recorded or missing). */
  shareInWorkOrStudies: Rate,
});

export const CostFigures = Type.Object({
  /** Different people who took part. */
  people: ShownCount,
  /** Different people with a participation that ended in work or studies. */
  peopleInWorkOrStudiesAtEnd: ShownCount,
  /** Σ cost per place of the participations' interventions. */
  totalOre: Ore,
  perParticipantOre: Ore,
  perOutcomeOre: Ore,
});

export const EvaluationFigures = Type.Object({
  /** Null when the grouping cannot apply to referrals (gender and age are known only from a participation). */
  referrals: Nullable(ReferralFigures),
  participations: ParticipationFigures,
  situationAtEnd: SituationFigures,
  followUps: Type.Array(FollowUpFigures),
  cost: CostFigures,
});

export const EvaluationRow = Type.Object({
  /** The id of the intervention or organisation, or the code of the target group, gender, age band or quarter; null: none or unknown. */
  key: Nullable(Type.String()),
  /** The intervention's or organisation's name; null for codes. */
  label: Nullable(Type.String()),
  figures: EvaluationFigures,
});

export const Evaluation = Type.Object({
  groupBy: oneOf(GROUP_BY),
  from: Nullable(Type.String()),
  to: Nullable(Type.String()),
  /** The smallest count shown; smaller ones are "< 5". */
  smallCell: Type.Integer(),
  /** The area's follow-up points, in days after the end. */
  followUpDays: Type.Array(Type.Integer()),
  /** False for target groups: an intervention has several, so rows overlap and are suppressed one by one. */
  rowsArePartition: Type.Boolean(),
  rows: Type.Array(EvaluationRow),
  total: EvaluationFigures,
});
export type EvaluationResult = Static<typeof Evaluation>;
export type Figures = Static<typeof EvaluationFigures>;

export const CsvFile = csvFile('The evaluation as CSV');
export const XlsxFile = xlsxFile('The evaluation as an XLSX workbook');
