import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { rows } from '../../db/sql.ts';
import { buildUser, TEST_PASSWORD } from '../../test/factories.ts';
import { signIn, type Session } from '../../test/harness.ts';
import { activities } from '../plan/tables.ts';
import { activity, auditRows, busyPerson, person, setUpCalendarWorld, sfiCourse, W, world } from './calendar-world.ts';
import { warningsForActivity } from './warnings.ts';

beforeAll(setUpCalendarWorld);

describe('acknowledging a warning', () => {
  it('keeps the warning, shows who acknowledged it and why, and survives a change of the activity', async () => {
    const p = await busyPerson();
    const key = `prerequisite:${p.placement}:sfi_level`;
    const res = await world.amfCaseworker.send('POST', `/api/participants/${p.id}/warnings/acknowledgements`, {
      key,
      reason: '  Arbetsgivaren talar arabiska; språkstöd på plats.  ',
    });
    expect(res.status).toBe(201);
    expect(res.body.acknowledgement).toMatchObject({
      key,
      reason: 'Arbetsgivaren talar arabiska; språkstöd på plats.',
      byName: 'Test caseworker',
      byOrganisationName: 'Arbetsmarknadsenheten',
      at: expect.any(String),
    });
    await world.ctx.database.db
      .update(activities)
      .set({ title: 'Praktik på lagret, förlängd' })
      .where(sql`${activities.id} = ${p.placement}`);
    const week = await world.socCaseworker.get(`/api/participants/${p.id}/week?week=${W}`);
    const warning = week.body.warnings.find((w: { key: string }) => w.key === key);
    expect(warning.titles).toEqual(['Praktik på lagret, förlängd']);
    expect(warning.acknowledgement).toMatchObject({
      reason: 'Arbetsgivaren talar arabiska; språkstöd på plats.',
      byOrganisationName: 'Arbetsmarknadsenheten',
    });
    expect(week.body.warnings.filter((w: { acknowledgement: unknown }) => w.acknowledgement !== null)).toHaveLength(1);
    expect((await auditRows(p.id)).find((r) => r.action === 'create')).toEqual({
      category: 'plan',
      action: 'create',
      grant: 'consent',
      resource_type: 'warning_acknowledgement',
    });
  });

  it('lets the person acknowledge, the latest acknowledgement being the one shown', async () => {
    const p = await busyPerson();
    const key = `overlap:${[p.course, p.meeting].sort().join(':')}:${W}`;
    const self = await signIn(
      world.ctx.app,
      (await buildUser(world.ctx.database.db, world.tenantId, { roles: ['participant'], participantId: p.id })).email,
      TEST_PASSWORD,
    );
    expect(
      (await world.amfCaseworker.send('POST', `/api/participants/${p.id}/warnings/acknowledgements`, { key, reason: 'Först' })).status,
    ).toBe(201);
    const mine = await self.send('POST', `/api/participants/${p.id}/warnings/acknowledgements`, {
      key,
      reason: 'Jag går från lektionen tidigare',
    });
    expect([mine.status, mine.body.acknowledgement.byOrganisationName]).toEqual([201, null]);
    const week = await world.amfCaseworker.get(`/api/participants/${p.id}/week?week=${W}`);
    expect(week.body.warnings.find((w: { key: string }) => w.key === key).acknowledgement.reason).toBe('Jag går från lektionen tidigare');
  });

  it('refuses a warning that does not apply, an empty reason, and an organisation without plan consent, writing nothing', async () => {
    const p = await busyPerson();
    const url = `/api/participants/${p.id}/warnings/acknowledgements`;
    const cases: [Session, unknown, number, string][] = [
      [world.amfCaseworker, { key: `over_full_time:2026-W44`, reason: 'x' }, 409, 'conflict'], // before the placement: 14 h
      [world.amfCaseworker, { key: `prerequisite:${p.course}:sfi_level`, reason: 'x' }, 409, 'conflict'],
      [world.amfCaseworker, { key: `over_full_time:2025-W53`, reason: 'x' }, 409, 'conflict'],
      [world.amfCaseworker, { key: `over_full_time:${W}`, reason: '   ' }, 400, 'validation_failed'],
      [world.amfCaseworker, { key: `over_full_time:${W}`, reason: '' }, 400, 'validation_failed'],
      [world.amfCaseworker, { key: 'something:else', reason: 'x' }, 400, 'validation_failed'],
      [world.strangerCaseworker, { key: `over_full_time:${W}`, reason: 'x' }, 404, 'not_found'],
    ];
    const seen = [];
    for (const [session, body] of cases) {
      const res = await session.send('POST', url, body);
      seen.push([res.status, res.body.error?.code]);
    }
    expect(seen).toEqual(cases.map(([, , status, code]) => [status, code]));
    const noPlan = await person({ socConsents: ['identity'] });
    await activity(noPlan, 'work_placement', 'Praktik', { kind: 'weekly_hours', hours: 10 });
    const refused = await world.socCaseworker.send('POST', `/api/participants/${noPlan}/warnings/acknowledgements`, {
      key: `over_full_time:${W}`,
      reason: 'x',
    });
    expect([refused.status, refused.body.error.code]).toEqual([403, 'consent_required']);
    expect(
      await rows(world.ctx.database.db, sql`select 1 from warning_acknowledgements where participant_id in (${p.id}, ${noPlan})`),
    ).toEqual([]);
  });
});

describe('warnings when an activity is saved', () => {
  // Years below 100 once threw in the week arithmetic (Date.UTC reads them as 19xx), turning a plan save into a 500.
  it.each([
    ['0050-01-01', { kind: 'once', date: '0050-01-01', start: '09:00', end: '10:00' }],
    ['0099-12-28', { kind: 'recurring', slots: [{ weekday: 1, start: '09:00', end: '10:00' }] }],
    ['9999-12-27', { kind: 'weekly_hours', hours: 45 }],
  ])('answers a save of an activity starting %s without a 5xx', async (startDate, schedule) => {
    const p = await person();
    const res = await world.amfCaseworker.send('POST', `/api/participants/${p}/activities`, {
      kind: 'work_placement',
      title: 'Praktik',
      ownerOrganisationId: world.amf,
      startDate,
      schedule,
    });
    expect(res.status).toBeLessThan(500);
  });

  it('returns the activity’s prerequisite, overlap and full-time warnings; the SFI level only when asked for', async () => {
    const p = await busyPerson();
    const db = world.ctx.database.db;
    const hidden = await warningsForActivity(db, world.tenantId, p.id, p.placement);
    expect(hidden.map((w) => w.kind)).toContain('prerequisite_unmet');
    expect(hidden.find((w) => w.kind === 'prerequisite_unmet')).toMatchObject({ required: 'C', actual: null });
    const shown = await warningsForActivity(db, world.tenantId, p.id, p.placement, { progressionVisible: true });
    expect(shown.find((w) => w.kind === 'prerequisite_unmet')).toMatchObject({ actual: 'A' });
    // A meeting in a future week that clashes with the SFI course: the overlap and the full week are found there.
    const clash = await activity(p.id, 'meeting', 'Krockar', { kind: 'once', date: '2027-03-02', start: '09:00', end: '10:00' });
    const onSave = await warningsForActivity(db, world.tenantId, p.id, clash);
    expect(onSave.map((w) => w.key)).toEqual([`overlap:${[p.course, clash].sort().join(':')}:2027-W09`, 'over_full_time:2027-W09']);
    expect(await warningsForActivity(db, world.tenantId, p.id, '00000000-0000-4000-8000-000000000000')).toEqual([]);
  });

  it('warns no more once the person reaches SFI level C, and to those who cannot see progression says the same as before', async () => {
    const p = await busyPerson();
    const hiddenBefore = await warningsForActivity(world.ctx.database.db, world.tenantId, p.id, p.placement);
    await sfiCourse(p.id, 'C', 'started');
    const shown = await warningsForActivity(world.ctx.database.db, world.tenantId, p.id, p.placement, { progressionVisible: true });
    expect(shown.filter((w) => w.kind === 'prerequisite_unmet')).toEqual([]);
    expect(await warningsForActivity(world.ctx.database.db, world.tenantId, p.id, p.placement)).toEqual(hiddenBefore);
  });
});
