import { Type } from 'typebox';
import { OPEN_QUESTIONS, ROLE_GROUPS, SURVEY_AUDIENCES } from '../../../common/governance.ts';
import { limits } from '../../../common/limits.ts';
import { oneOf } from '../../lib/http/enum.ts';
import { DateString } from '../../lib/http/responses.ts';
import { ShownCount } from '../evaluation/schema.ts';
import { STATEMENT_KEY_PATTERN, STATEMENT_TEXT_MAX, STATEMENTS_MAX } from './defaults.ts';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);
const StatementKey = Type.String({ pattern: STATEMENT_KEY_PATTERN, maxLength: 40 });

export const Statement = Type.Object(
  { key: StatementKey, text: Type.String({ minLength: 1, maxLength: STATEMENT_TEXT_MAX }) },
  { additionalProperties: false },
);
const Statements = Type.Array(Statement, { minItems: 1, maxItems: STATEMENTS_MAX });

const roundFields = {
  title: Type.String({ minLength: 1, maxLength: limits.nameMax }),
  audience: oneOf(SURVEY_AUDIENCES),
  /** The first and the last day it may be answered, Swedish calendar days. */
  opensOn: DateString(),
  closesOn: DateString(),
};

/** A new round; without statements it asks the audience's default ones. */
export const CreateSurvey = Type.Object({ ...roundFields, statements: Type.Optional(Statements) }, { additionalProperties: false });
export const UpdateSurvey = Type.Object(
  { ...roundFields, statements: Statements, version: Type.Integer({ minimum: 1 }) },
  { additionalProperties: false },
);

export const RoundState = oneOf(['upcoming', 'open', 'closed'] as const);

export const Survey = Type.Object({
  id: Type.String(),
  title: Type.String(),
  audience: oneOf(SURVEY_AUDIENCES),
  opensOn: Type.String(),
  closesOn: Type.String(),
  statements: Type.Array(Statement),
  state: RoundState,
  /** Answers so far, "< 5" when 1–4, as the results publish the total. */
  answers: ShownCount,
  version: Type.Integer(),
  mayChange: Type.Boolean(),
});

export const SurveyList = Type.Object({
  today: Type.String(),
  items: Type.Array(Survey),
  mayCreate: Type.Boolean(),
  /** The statements a new round starts from, per audience. */
  defaultStatements: Type.Object({ staff: Type.Array(Statement), participants: Type.Array(Statement) }),
});

/** A round the signed-in user may answer now, with what the form needs. */
export const OpenSurveys = Type.Object({
  items: Type.Array(
    Type.Object({
      id: Type.String(),
      title: Type.String(),
      audience: oneOf(SURVEY_AUDIENCES),
      closesOn: Type.String(),
      statements: Type.Array(Statement),
      roleGroups: Type.Array(oneOf(ROLE_GROUPS)),
    }),
  ),
});

const OpenAnswer = Type.String({ maxLength: limits.textMax });
export const AnswerSurvey = Type.Object(
  {
    roleGroup: oneOf(ROLE_GROUPS),
    /** The four open questions, each optional; an empty answer is not stored. */
    openAnswers: Type.Object(Object.fromEntries(OPEN_QUESTIONS.map((q) => [q, Type.Optional(OpenAnswer)])), {
      additionalProperties: false,
    }),
    /** Every statement of the round rated 1 (do not agree at all) to 5 (agree completely). */
    ratings: Type.Record(StatementKey, Type.Integer({ minimum: 1, maximum: 5 }), {
      additionalProperties: false,
      maxProperties: STATEMENTS_MAX,
    }),
  },
  { additionalProperties: false },
);
export const Answered = Type.Object({ surveyId: Type.String() });

/** A statement's figures for one group, null where the group is too small to publish them. */
const StatementFigures = Type.Object({
  key: Type.String(),
  mean: Nullable(Type.Number()),
  /** How many rated it 1, 2, 3, 4 and 5. */
  distribution: Nullable(Type.Array(Type.Integer())),
});
const OrganisationRef = Nullable(Type.Object({ id: Type.String(), name: Type.String() }));

export const RoundFigures = Type.Object({
  answers: ShownCount,
  organisations: Type.Array(Type.Object({ organisation: OrganisationRef, answers: ShownCount, statements: Type.Array(StatementFigures) })),
  roleGroups: Type.Array(Type.Object({ roleGroup: oneOf(ROLE_GROUPS), answers: ShownCount })),
  total: Type.Array(StatementFigures),
  /** Per open question, the answers sorted by their text; an organisation is named only where its group is large enough. */
  texts: Type.Array(
    Type.Object({
      question: oneOf(OPEN_QUESTIONS),
      answers: Type.Array(Type.Object({ text: Type.String(), organisation: OrganisationRef })),
    }),
  ),
});

export const SurveyResults = Type.Object({
  survey: Survey,
  smallCell: Type.Integer(),
  /** False until the round has closed: until then only the number of answers is shown. */
  published: Type.Boolean(),
  figures: RoundFigures,
  /** The closed rounds of the same audience up to this one, oldest first: answers and means, in total and per organisation. */
  trend: Type.Array(
    Type.Object({
      surveyId: Type.String(),
      title: Type.String(),
      opensOn: Type.String(),
      closesOn: Type.String(),
      answers: ShownCount,
      total: Type.Array(Type.Object({ key: Type.String(), text: Type.String(), mean: Nullable(Type.Number()) })),
      organisations: Type.Array(
        Type.Object({
          organisation: OrganisationRef,
          answers: ShownCount,
          means: Type.Array(Type.Object({ key: Type.String(), mean: Nullable(Type.Number()) })),
        }),
      ),
    }),
  ),
});
