import { sql } from 'drizzle-orm';
import type { ActivityKind, ActivityStatus, Schedule, SfiLevel } from '../../../common/plan.ts';
import type { ProgressionResult } from '../../../common/progression.ts';
import type { DataCategory } from '../../../common/roles.ts';
import { rows } from '../../db/sql.ts';
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
import { activities } from '../plan/tables.ts';
import { progressionEntries } from '../progression/tables.ts';

/**
 * The calendar's API tests share one world per test file: a tenant with the labour-market unit (plan and
 * progression consent), SFI, social services (plan consent only) and an organisation that does not work with the
 * person. `setUpCalendarWorld` fills `world` in the file's beforeAll.
 */

/** 2026-W48: Monday 2026-11-23 – Sunday 2026-11-29. */
export const W = '2026-W48';

export const world = {} as {
  ctx: TestContext;
  tenantId: string;
  amf: string;
  sfi: string;
  soc: string;
  amfUser: string;
  amfCaseworker: Session;
  socCaseworker: Session;
  strangerCaseworker: Session;
};

export async function setUpCalendarWorld() {
  const ctx = await testApp();
  const db = ctx.database.db;
  const tenantId = await buildTenant(db);
  const amf = await buildOrganisation(db, tenantId, 'labour_market_unit', 'Arbetsmarknadsenheten');
  const sfi = await buildOrganisation(db, tenantId, 'adult_education', 'SFI Sjöstad');
  const soc = await buildOrganisation(db, tenantId, 'social_services', 'Socialtjänsten');
  const stranger = await buildOrganisation(db, tenantId, 'region', 'Regionen');
  const u = await buildUser(db, tenantId, { roles: ['caseworker'], organisationId: amf });
  const amfCaseworker = await signIn(ctx.app, u.email, TEST_PASSWORD);
  const socCaseworker = await signIn(
    ctx.app,
    (await buildUser(db, tenantId, { roles: ['caseworker'], organisationId: soc })).email,
    TEST_PASSWORD,
  );
  const strangerCaseworker = await signIn(
    ctx.app,
    (await buildUser(db, tenantId, { roles: ['caseworker'], organisationId: stranger })).email,
    TEST_PASSWORD,
  );
  Object.assign(world, { ctx, tenantId, amf, sfi, soc, amfUser: u.id, amfCaseworker, socCaseworker, strangerCaseworker });
}

/** A person the labour-market unit works with (plan and progression consent) and social services (plan only). */
export async function person(extra: { socConsents?: DataCategory[] } = {}) {
  const { ctx, tenantId, amf, soc, amfUser } = world;
  const db = ctx.database.db;
  const id = await buildParticipant(db, tenantId, amf);
  await buildEngagement(db, tenantId, id, amf, { caseworkerUserId: amfUser });
  await buildEngagement(db, tenantId, id, soc);
  for (const category of ['identity', 'plan', 'progression'] as const) await buildConsent(db, tenantId, id, amf, category);
  for (const category of extra.socConsents ?? ['plan']) await buildConsent(db, tenantId, id, soc, category);
  return id;
}

export async function activity(
  participantId: string,
  kind: ActivityKind,
  title: string,
  schedule: Schedule,
  extra: { status?: ActivityStatus; startDate?: string; endDate?: string | null; owner?: string } = {},
) {
  const { ctx, tenantId, amf, amfUser } = world;
  const [row] = await ctx.database.db
    .insert(activities)
    .values({
      tenantId,
      participantId,
      kind,
      title,
      ownerOrganisationId: extra.owner ?? amf,
      status: extra.status ?? 'planned',
      startDate: extra.startDate ?? '2026-08-17',
      endDate: extra.endDate ?? null,
      schedule,
      createdByUserId: amfUser,
    })
    .returning({ id: activities.id });
  return row!.id;
}

export async function sfiCourse(participantId: string, level: SfiLevel, result: ProgressionResult) {
  const { ctx, tenantId, sfi, amfUser } = world;
  await ctx.database.db.insert(progressionEntries).values({
    tenantId,
    participantId,
    kind: 'sfi_course',
    sfiLevel: level,
    result,
    startDate: '2026-08-17',
    sourceOrganisationId: sfi,
    recordedByUserId: amfUser,
  });
}

export const auditRows = (participantId: string) =>
  rows<{ category: string; action: string; grant: string; resource_type: string }>(
    world.ctx.database.db,
    sql`select category, action, "grant", resource_type from audit_events where participant_id = ${participantId} order by seq`,
  );

/** The usual week: SFI mornings, a meeting that clashes with Tuesday's lesson, and a placement before language. */
export async function busyPerson() {
  const id = await person();
  const course = await activity(
    id,
    'sfi_course',
    'SFI kurs A',
    { kind: 'recurring', slots: [1, 2, 3, 4].map((weekday) => ({ weekday: weekday as 1, start: '08:30', end: '12:00' })) },
    { owner: world.sfi },
  );
  const meeting = await activity(id, 'meeting', 'Möte om praktik', { kind: 'once', date: '2026-11-24', start: '11:00', end: '12:30' });
  const placement = await activity(
    id,
    'work_placement',
    'Praktik på lagret',
    { kind: 'weekly_hours', hours: 30 },
    { startDate: '2026-11-02' },
  );
  await sfiCourse(id, 'A', 'started');
  return { id, course, meeting, placement };
}
