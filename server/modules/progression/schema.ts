import { Type } from 'typebox';
import { limits } from '../../../common/limits.ts';
import { SFI_LEVELS } from '../../../common/plan.ts';
import { PROGRESSION_KINDS, PROGRESSION_RESULTS } from '../../../common/progression.ts';
import { oneOf } from '../../lib/http/enum.ts';
import { DateString, Uuid } from '../../lib/http/responses.ts';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

export const ProgressionKind = oneOf(PROGRESSION_KINDS);
export const ProgressionResult = oneOf(PROGRESSION_RESULTS);
export const SfiLevel = oneOf(SFI_LEVELS);
export const StudyPath = Type.Integer({ minimum: 1, maximum: 3 });

export const ProgressionEntry = Type.Object({
  id: Type.String(),
  kind: ProgressionKind,
  sfiLevel: Nullable(SfiLevel),
  studyPath: Nullable(Type.Integer()),
  result: Nullable(ProgressionResult),
  title: Nullable(Type.String()),
  note: Nullable(Type.String()),
  startDate: Type.String(),
  endDate: Nullable(Type.String()),
  sourceOrganisationId: Type.String(),
  sourceOrganisationName: Type.String(),
  recordedByName: Nullable(Type.String()),
  recordedAt: Type.String(),
  version: Type.Integer(),
  /** Whether the signed-in user may change this entry (the server decides again). */
  mayChange: Type.Boolean(),
});

/** Where the person stands, derived from the timeline. */
export const ProgressionSummary = Type.Object({
  /** The level of the SFI course the person studies or last passed. */
  sfiLevel: Nullable(SfiLevel),
  sfiLevelPassed: Nullable(SfiLevel),
  civicOrientationDone: Type.Boolean(),
});

export const ProgressionTimeline = Type.Object({
  entries: Type.Array(ProgressionEntry),
  summary: ProgressionSummary,
  /** Whether the signed-in user may add entries (their organisation becomes the source). */
  mayRecord: Type.Boolean(),
});

const Title = Type.String({ minLength: 1, maxLength: limits.nameMax });
const Note = Type.String({ maxLength: limits.textMax });

export const CreateProgressionEntry = Type.Object(
  {
    kind: ProgressionKind,
    sfiLevel: Type.Optional(Nullable(SfiLevel)),
    studyPath: Type.Optional(Nullable(StudyPath)),
    result: Type.Optional(Nullable(ProgressionResult)),
    title: Type.Optional(Nullable(Title)),
    note: Type.Optional(Nullable(Note)),
    startDate: DateString(),
    endDate: Type.Optional(Nullable(DateString())),
  },
  { additionalProperties: false },
);

/** A change names the version it was made on; fields left out stay as they are, null clears one. */
export const UpdateProgressionEntry = Type.Object(
  {
    version: Type.Integer({ minimum: 1, maximum: 2_147_483_647 }),
    kind: Type.Optional(ProgressionKind),
    sfiLevel: Type.Optional(Nullable(SfiLevel)),
    studyPath: Type.Optional(Nullable(StudyPath)),
    result: Type.Optional(Nullable(ProgressionResult)),
    title: Type.Optional(Nullable(Title)),
    note: Type.Optional(Nullable(Note)),
    startDate: Type.Optional(DateString()),
    endDate: Type.Optional(Nullable(DateString())),
  },
  { additionalProperties: false },
);

export const EntryParams = Type.Object({ id: Uuid(), entryId: Uuid() }, { additionalProperties: false });
