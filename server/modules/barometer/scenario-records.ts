import type { SurveyAudience } from '../../../common/governance.ts';
import type { Role } from '../../../common/roles.ts';
import type { Db } from '../../db/client.ts';
import { todayInSweden } from '../../lib/dates.ts';
import { addDays } from '../../lib/working-days.ts';
import { DEFAULT_STATEMENTS } from './defaults.ts';
import { surveyResponses, surveys } from './tables.ts';

/** The barometer rounds of the authorisation scenario: per role one to answer and one to change, and tenant 2's for 404. */
export interface BarometerScenarioRecords {
  /** Per role, an open round of that role's audience (the participant's a participants' round), unanswered. */
  answerableByRole: Record<Role, string>;
  /** Per role, an open staff round at version 1 without answers, for that role to change. */
  editableByRole: Record<Role, string>;
  /** A closed staff round with six answers, whose results every reader reads. */
  closed: string;
  /** Tenant 2's open staff round. */
  other: string;
}

/** A complete open round as the web form sends it: open from a month ago to a month ahead, the default statements. */
export const surveyBody = (title: string, audience: SurveyAudience = 'staff') => {
  const today = todayInSweden();
  return {
    title,
    audience,
    opensOn: addDays(today, -30),
    closesOn: addDays(today, 30),
    statements: DEFAULT_STATEMENTS[audience].map((s) => ({ ...s })),
  };
};

/** A complete answer to a round with the default statements of `audience`. */
export const responseBody = (audience: SurveyAudience) => ({
  roleGroup: audience === 'staff' ? ('caseworker' as const) : ('participant' as const),
  openAnswers: { works_well: 'De gemensamma mötena', needed: 'Mer tid för samverkan' },
  ratings: Object.fromEntries(DEFAULT_STATEMENTS[audience].map((s, i) => [s.key, 1 + (i % 5)])),
});

export async function buildBarometerRecords(
  db: Db,
  input: { tenantId: string; userId: string; roles: readonly Role[]; other: { tenantId: string; userId: string } },
): Promise<BarometerScenarioRecords> {
  const round = async (tenantId: string, userId: string, title: string, audience: SurveyAudience = 'staff') => {
    const [row] = await db
      .insert(surveys)
      .values({ ...surveyBody(title, audience), tenantId, createdByUserId: userId })
      .returning({ id: surveys.id });
    return row!.id;
  };
  const answerableByRole = {} as Record<Role, string>;
  const editableByRole = {} as Record<Role, string>;
  for (const role of input.roles) {
    const audience = role === 'participant' ? 'participants' : 'staff';
    answerableByRole[role] = await round(input.tenantId, input.userId, `Barometer att besvara för ${role}`, audience);
    editableByRole[role] = await round(input.tenantId, input.userId, `Barometer att ändra för ${role}`);
  }
  const today = todayInSweden();
  const [closed] = await db
    .insert(surveys)
    .values({
      ...surveyBody('Avslutad barometer'),
      opensOn: addDays(today, -60),
      closesOn: addDays(today, -31),
      tenantId: input.tenantId,
      createdByUserId: input.userId,
    })
    .returning({ id: surveys.id });
  const { roleGroup, openAnswers, ratings } = responseBody('staff');
  await db.insert(surveyResponses).values(
    Array.from({ length: 6 }, () => ({
      tenantId: input.tenantId,
      surveyId: closed!.id,
      organisationId: null,
      roleGroup,
      openAnswers,
      ratings,
    })),
  );
  return {
    answerableByRole,
    editableByRole,
    closed: closed!.id,
    other: await round(input.other.tenantId, input.other.userId, 'Annat förbunds barometer'),
  };
}
