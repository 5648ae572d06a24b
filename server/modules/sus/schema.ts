import { Type } from 'typebox';
import { Uuid, DateString } from '../../lib/http/responses.ts';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

export const SusQuery = Type.Object(
  {
    /** One initiative's participants (those of its linked interventions); left out, the förbund's. */
    initiativeId: Type.Optional(Uuid()),
    from: Type.Optional(DateString()),
    to: Type.Optional(DateString()),
  },
  { additionalProperties: false },
);

const Shown = Type.Union([
  Type.Object({ kind: Type.Literal('value'), value: Type.Integer() }),
  Type.Object({ kind: Type.Literal('small') }),
  Type.Object({ kind: Type.Literal('hidden') }),
]);
/** Counts per category code, with their total, suppressed together. */
const List = Type.Object({ codes: Type.Array(Type.String()), cells: Type.Array(Shown), total: Shown });

export const SusReport = Type.Object({
  scope: Type.Object({
    initiativeId: Nullable(Type.String()),
    initiativeName: Nullable(Type.String()),
    from: Type.String(),
    to: Type.String(),
  }),
  /** Different people who took part in the period (started before its end, not ended before its start). */
  people: Shown,
  /** People by gender (rows) and age band at start (columns), with the margins. */
  genderByAge: Type.Object({
    genders: Type.Array(Type.String()),
    ageBands: Type.Array(Type.String()),
    cells: Type.Array(Type.Array(Shown)),
    rowTotals: Type.Array(Shown),
    columnTotals: Type.Array(Shown),
    total: Shown,
  }),
  /** Background of the people: time in public support before, and education. */
  timeInSupport: List,
  educationLevel: List,
  /** Participations: the situation at start; of those that ended in the period, the situation at end and why they ended. */
  occupationBefore: List,
  occupationAfter: List,
  endReasons: List,
  /** Income sources at start and at end: a participation may have several, so these do not add up to a total. */
  incomeBefore: Type.Object({ codes: Type.Array(Type.String()), cells: Type.Array(Shown) }),
  incomeAfter: Type.Object({ codes: Type.Array(Type.String()), cells: Type.Array(Shown) }),
});

export const Completeness = Type.Object({
  scope: Type.Object({ initiativeId: Nullable(Type.String()), from: Type.String(), to: Type.String() }),
  /** What the report lacks, by the organisation that records it, so that it is completed at the source. */
  organisations: Type.Array(
    Type.Object({
      organisationId: Type.String(),
      organisationName: Type.String(),
      /** Participations lacking something. */
      incomplete: Type.Integer(),
      missing: Type.Object({
        age: Type.Integer(),
        gender: Type.Integer(),
        timeInSupport: Type.Integer(),
        educationLevel: Type.Integer(),
        endOccupation: Type.Integer(),
        endIncomeSources: Type.Integer(),
      }),
    }),
  ),
  incomplete: Type.Integer(),
});
