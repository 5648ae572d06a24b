import { DEFAULT_STATEMENTS } from '../modules/barometer/defaults.ts';
import { surveyResponses, surveys } from '../modules/barometer/tables.ts';
import { addDays, type DemoContext } from './context.ts';

/** How many staff of each organisation answered the spring and the autumn rounds (staff without demo logins). */
const ANSWERS: [string, number, number][] = [
  ['amf', 9, 11],
  ['af', 6, 7],
  ['soc', 5, 4],
  ['sfi', 3, 5],
  ['region', 2, 3],
];
const ROLE_GROUPS = ['caseworker', 'caseworker', 'manager', 'provider_staff', 'other_staff'] as const;
const TEXTS = {
  works_well: ['Gemensamma inskrivningsmöten', 'Att vi ses varje vecka', 'Snabba svar från Arbetsmarknadsenheten'],
  could_be_better: ['Informationen om remisser', 'Att veta vem som äger planen', 'Återkoppling efter avslut'],
  challenges: ['Sekretessen mellan myndigheterna', 'Olika regelverk', 'Långa väntetider till SFI'],
  needed: ['En gemensam kontaktlista', 'Tid för samverkan i tjänsten', 'Tolk vid fler möten'],
};

/**
 * The collaboration barometer: two closed staff rounds (spring and autumn) answered anonymously by the parties' staff
 * — more in the autumn, and a little more positive — and an open round that the demo's staff may answer now.
 */
export async function seedBarometer(ctx: DemoContext): Promise<void> {
  const { tx, tenantId, today, org, random } = ctx;
  const coordinator = ctx.user('samordnare@sjostad.example');
  const statements = [...DEFAULT_STATEMENTS.staff];
  const round = async (title: string, opensOn: string, closesOn: string) => {
    const [row] = await tx
      .insert(surveys)
      .values({ tenantId, title, audience: 'staff', opensOn, closesOn, statements, createdByUserId: coordinator })
      .returning({ id: surveys.id });
    return row!.id;
  };
  const rounds = [
    { id: await round('Samverkansbarometern, våren', addDays(today, -260), addDays(today, -230)), lift: 0, column: 1 },
    { id: await round('Samverkansbarometern, hösten', addDays(today, -80), addDays(today, -50)), lift: 1, column: 2 },
  ];
  for (const { id, lift, column } of rounds)
    for (const entry of ANSWERS) {
      const [key] = entry;
      for (let n = 0; n < (entry[column] as number); n++) {
        const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
        await tx.insert(surveyResponses).values({
          tenantId,
          surveyId: id,
          organisationId: org(key),
          roleGroup: pick(ROLE_GROUPS),
          openAnswers: Object.fromEntries(Object.entries(TEXTS).map(([q, texts]) => [q, pick(texts)])),
          ratings: Object.fromEntries(statements.map((s) => [s.key, Math.min(5, 2 + lift + Math.floor(random() * 3))])),
        });
      }
    }
  await round('Samverkansbarometern, vintern', addDays(today, -3), addDays(today, 20));
}
