import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { InterventionKind, TargetGroup } from '../../../common/offer.ts';
import type { DataCategory } from '../../../common/roles.ts';
import { auditEvents } from '../../lib/audit/tables.ts';
import { todayInSweden } from '../../lib/dates.ts';
import { addDays } from '../../lib/working-days.ts';
import {
  buildConsent,
  buildEngagement,
  buildOrganisation,
  buildParticipant,
  buildTenant,
  buildUser,
  TEST_PASSWORD,
} from '../../test/factories.ts';
import { signIn, testApp, type Session, type TestContext } from '../../test/harness.ts';
import { interventions } from '../catalogue/tables.ts';
import { circumstances } from '../circumstances/tables.ts';
import { participations } from '../participations/tables.ts';
import { progressionEntries } from '../progression/tables.ts';
import { referrals } from '../referrals/tables.ts';

let ctx: TestContext;
let tenantId: string;
let sfi: string;
let amf: string;
let sfiCourse: string;
let basicEducation: string;
let afCourse: string;
/** Covered today: 0 all consents (ended participation, referral open), 1 intake only, 2 no intake consent, 3 enrolled. */
const people: string[] = [];
let endedPeriod: string;
let caseworker: Session;
let caseworkerId: string;
let analyst: Session;
let participant: Session;
const today = todayInSweden();

beforeAll(async () => {
  ctx = await testApp();
  const db = ctx.database.db;
  tenantId = await buildTenant(db);
  amf = await buildOrganisation(db, tenantId, 'labour_market_unit', 'Arbetsmarknadsenheten');
  sfi = await buildOrganisation(db, tenantId, 'adult_education', 'Vuxenutbildningen');
  const af = await buildOrganisation(db, tenantId, 'arbetsformedlingen', 'Arbetsförmedlingen');
  const cw = await buildUser(db, tenantId, { roles: ['caseworker'], organisationId: amf });
  caseworkerId = cw.id;
  caseworker = await signIn(ctx.app, cw.email, TEST_PASSWORD);
  analyst = await signIn(ctx.app, (await buildUser(db, tenantId, { roles: ['analyst'], organisationId: amf })).email, TEST_PASSWORD);
  const intervention = async (organisationId: string, name: string, kind: InterventionKind, targetGroups: TargetGroup[]) => {
    const [row] = await db
      .insert(interventions)
      .values({ tenantId, organisationId, name, description: name, kind, places: 20, funding: 'regular_budget', targetGroups })
      .returning({ id: interventions.id });
    return row!.id;
  };
  sfiCourse = await intervention(sfi, 'SFI kurs B', 'sfi_course', ['newcomers']);
  basicEducation = await intervention(sfi, 'Grundläggande vuxenutbildning', 'education', ['utbildningsplikt']);
  const workTraining = await intervention(amf, 'Arbetsträning med språkstöd', 'work_training', ['utbildningsplikt']);
  afCourse = await intervention(af, 'Arbetsmarknadsutbildning', 'education', ['utbildningsplikt']);
  await intervention(amf, 'Jobbcoachning', 'guidance', ['newcomers']);

  // Registered by SFI: the labour-market unit sees their names only with consent.
  for (let i = 0; i < 8; i++) people.push(await buildParticipant(db, tenantId, sfi));
  endedPeriod = await buildParticipant(db, tenantId, sfi);
  const notCovered = await buildParticipant(db, tenantId, sfi);
  participant = await signIn(
    ctx.app,
    (await buildUser(db, tenantId, { roles: ['participant'], organisationId: null, participantId: people[0]! })).email,
    TEST_PASSWORD,
  );
  for (const p of [...people.slice(0, 4), endedPeriod]) await buildEngagement(db, tenantId, p, amf);
  const consent = async (p: string, categories: DataCategory[]) => {
    for (const c of categories) await buildConsent(db, tenantId, p, amf, c);
  };
  await consent(people[0]!, ['identity', 'intake', 'progression', 'plan']);
  await consent(people[1]!, ['intake']);
  await consent(people[2]!, ['identity']);
  await consent(people[3]!, ['identity', 'intake', 'progression']);
  await consent(endedPeriod, ['identity', 'intake']);

  const recorded = { tenantId, recordedByOrganisationId: amf, recordedByUserId: cw.id };
  await db
    .insert(circumstances)
    .values([
      ...people.map((participantId) => ({ ...recorded, participantId, kind: 'utbildningsplikt' as const, fromDate: '2024-06-01' })),
      { ...recorded, participantId: people[0]!, kind: 'short_education', fromDate: '2024-06-01' },
      { ...recorded, participantId: endedPeriod, kind: 'utbildningsplikt', fromDate: '2024-06-01', toDate: addDays(today, -1) },
    ]);

  const situation = {
    gender: 'unknown' as const,
    timeInSupport: 'under_1_year',
    educationLevel: 'under_9_years',
    startOccupation: 'in_programme',
    startIncomeSources: ['establishment_allowance'],
  };
  const participation = (
    participantId: string,
    interventionId: string,
    organisationId: string,
    end: string | null,
    endReason?: string,
  ) => ({
    tenantId,
    participantId,
    interventionId,
    organisationId,
    startDate: '2025-01-01',
    endDate: end,
    endReason: endReason ?? (end ? 'studies' : null),
    ...situation,
  });
  await db.insert(participations).values([
    // Six covered people took the SFI course: five ended, one (people[3]) still runs.
    ...[0, 1, 2, 4, 5].map((i) => participation(people[i]!, sfiCourse, sfi, '2025-06-30')),
    participation(people[3]!, sfiCourse, sfi, null),
    // A wrong registration and a person not covered by utbildningsplikt do not count.
    participation(people[6]!, sfiCourse, sfi, '2025-01-10', 'wrong_registration'),
    participation(notCovered, sfiCourse, sfi, '2025-06-30'),
    // Two at the labour-market unit: too few to show.
    participation(people[6]!, workTraining, amf, null),
    participation(people[7]!, workTraining, amf, null),
    // Arbetsförmedlingen's course is not the municipality's offer.
    participation(people[7]!, afCourse, af, null),
  ]);
  const entry = { tenantId, sourceOrganisationId: sfi, recordedByUserId: cw.id, kind: 'sfi_course' as const };
  await db.insert(progressionEntries).values(
    [0, 1, 2, 3, 4, 5].flatMap((i) => [
      { ...entry, participantId: people[i]!, sfiLevel: 'A' as const, result: 'passed' as const, startDate: '2024-09-01' },
      { ...entry, participantId: people[i]!, sfiLevel: 'B' as const, result: 'started' as const, startDate: '2025-03-01' },
    ]),
  );
  await db.insert(referrals).values({
    tenantId,
    participantId: people[0]!,
    interventionId: basicEducation,
    fromOrganisationId: amf,
    toOrganisationId: sfi,
    state: 'sent',
    createdByUserId: cw.id,
  });
});

const audited = async (participantId: string) =>
  (
    await ctx.database.db
      .select({ category: auditEvents.category })
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.tenantId, tenantId),
          eq(auditEvents.participantId, participantId),
          eq(auditEvents.actorUserId, caseworkerId),
          eq(auditEvents.resourceType, 'participant'),
        ),
      )
  )
    .map((r) => r.category)
    .sort();

describe('GET /api/utbildningsplikt', () => {
  it('lists the covered people the reader may see, each with what their consents allow, and audits each category shown', async () => {
    const res = await caseworker.get('/api/utbildningsplikt');
    expect(res.status).toBe(200);
    const byId = new Map(res.body.people.map((p: { participantId: string }) => [p.participantId, p]));
    // No intake consent (people[2]), no engagement (people[4…]), a period that ended yesterday: not listed.
    expect([...byId.keys()].sort()).toEqual([people[0], people[1], people[3]].sort());
    expect(byId.get(people[0]!)).toMatchObject({
      since: '2024-06-01',
      shortEducation: true,
      sfi: { level: 'B' },
      enrolledIn: [],
      offered: [{ interventionId: basicEducation, name: 'Grundläggande vuxenutbildning', state: 'sent' }],
      notEnrolled: true,
    });
    expect((byId.get(people[0]!) as { name: string }).name).toMatch(/^Deltagare/);
    expect(byId.get(people[1]!)).toMatchObject({ name: null, sfi: null, enrolledIn: null, offered: null, notEnrolled: null });
    expect(byId.get(people[3]!)).toMatchObject({
      enrolledIn: [{ interventionId: sfiCourse, name: 'SFI kurs B' }],
      notEnrolled: false,
      offered: null,
    });
    expect(await audited(people[0]!)).toEqual(['identity', 'intake', 'plan', 'progression']);
    expect(await audited(people[1]!)).toEqual(['intake']);
    expect(await audited(people[2]!)).toEqual([]);
  });

  it('names the municipality’s education: its own organisations’ education, SFI and interventions for the group', async () => {
    const res = await caseworker.get('/api/utbildningsplikt');
    expect(res.body.education.map((e: { name: string }) => e.name).sort()).toEqual([
      'Arbetsträning med språkstöd',
      'Grundläggande vuxenutbildning',
      'SFI kurs B',
    ]);
  });

  it('filters to the people covered but not enrolled', async () => {
    const res = await caseworker.get('/api/utbildningsplikt?notEnrolled=true');
    expect(res.body.people.map((p: { participantId: string }) => p.participantId)).toEqual([people[0]]);
  });

  it('shows analysts nobody, and refuses the person (403)', async () => {
    expect((await analyst.get('/api/utbildningsplikt')).body.people).toEqual([]);
    expect((await participant.get('/api/utbildningsplikt')).status).toBe(403);
    expect((await participant.get('/api/utbildningsplikt/quality')).status).toBe(403);
  });
});

describe('GET /api/utbildningsplikt/quality', () => {
  it('gives per provider the people, completion and SFI progression, hiding small groups', async () => {
    const res = await analyst.get('/api/utbildningsplikt/quality');
    expect(res.status).toBe(200);
    expect(res.body.smallCell).toBe(5);
    const byName = Object.fromEntries(res.body.providers.map((p: { organisationName: string }) => [p.organisationName, p]));
    expect(Object.keys(byName).sort()).toEqual(['Arbetsmarknadsenheten', 'Vuxenutbildningen']);
    // Six people (the wrong registration and the person not covered left out); five ended, all completed; all six
    // went from level A to B during the course.
    expect(byName['Vuxenutbildningen']).toMatchObject({
      participants: { value: 6 },
      completed: { share: 1 },
      sfiProgressed: { share: 1 },
    });
    expect(byName['Arbetsmarknadsenheten']).toMatchObject({
      participants: { hidden: 'small' },
      completed: { share: null },
      sfiProgressed: { hidden: 'small' },
    });
  });
});
