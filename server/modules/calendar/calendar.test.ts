import { beforeAll, describe, expect, it } from 'vitest';
import { todayInSweden } from '../../lib/dates.ts';
import { buildUser, TEST_PASSWORD } from '../../test/factories.ts';
import { signIn } from '../../test/harness.ts';
import { plans } from '../plan/tables.ts';
import { activity, auditRows, busyPerson, person, setUpCalendarWorld, sfiCourse, W, world } from './calendar-world.ts';
import { isoWeekOf } from './weeks.ts';

beforeAll(setUpCalendarWorld);

describe('the week view', () => {
  it('shows every organisation’s activities day by day, the hours against full time, and the three warnings', async () => {
    const p = await busyPerson();
    const res = await world.amfCaseworker.get(`/api/participants/${p.id}/week?week=${W}`);
    expect(res.status).toBe(200);
    const week = res.body;
    expect([week.week, week.previousWeek, week.nextWeek]).toEqual([W, '2026-W47', '2026-W49']);
    expect(week.currentWeek).toBe(isoWeekOf(todayInSweden()));
    expect(week.days.map((d: { date: string }) => d.date)).toEqual([
      '2026-11-23',
      '2026-11-24',
      '2026-11-25',
      '2026-11-26',
      '2026-11-27',
      '2026-11-28',
      '2026-11-29',
    ]);
    expect(week.days[1].occurrences).toEqual([
      {
        activityId: p.course,
        title: 'SFI kurs A',
        kind: 'sfi_course',
        status: 'planned',
        ownerOrganisationName: 'SFI Sjöstad',
        start: '08:30',
        end: '12:00',
        hours: 3.5,
      },
      {
        activityId: p.meeting,
        title: 'Möte om praktik',
        kind: 'meeting',
        status: 'planned',
        ownerOrganisationName: 'Arbetsmarknadsenheten',
        start: '11:00',
        end: '12:30',
        hours: 1.5,
      },
    ]);
    expect(week.days[4].occurrences).toEqual([]);
    expect(week.days.map((d: { holiday: string | null }) => d.holiday)).toEqual([null, null, null, null, null, null, null]);
    expect(week.unscheduled).toEqual([
      {
        activityId: p.placement,
        title: 'Praktik på lagret',
        kind: 'work_placement',
        status: 'planned',
        ownerOrganisationName: 'Arbetsmarknadsenheten',
        hours: 30,
      },
    ]);
    expect([week.totalHours, week.fullTimeHours, week.progressionVisible]).toEqual([45.5, 40, true]);
    expect(week.warnings.map((w: { kind: string }) => w.kind)).toEqual(['overlap', 'over_full_time', 'prerequisite_unmet']);
    const [overlap, fullTime, prerequisite] = week.warnings;
    expect(overlap).toMatchObject({ date: '2026-11-24', start: '11:00', end: '12:00', acknowledgement: null });
    expect(new Set(overlap.titles)).toEqual(new Set(['SFI kurs A', 'Möte om praktik']));
    expect(fullTime).toMatchObject({ key: `over_full_time:${W}`, hours: 45.5, fullTimeHours: 40 });
    expect(prerequisite).toEqual({
      kind: 'prerequisite_unmet',
      key: `prerequisite:${p.placement}:sfi_level`,
      activityIds: [p.placement],
      requirement: 'sfi_level',
      required: 'C',
      actual: 'A',
      titles: ['Praktik på lagret'],
      kinds: ['work_placement'],
      acknowledgement: null,
    });
    // The plan read, and the read of progression that told the SFI level, are both audited.
    expect(await auditRows(p.id)).toEqual([
      { category: 'progression', action: 'read', grant: 'consent', resource_type: 'progression_facts' },
      { category: 'plan', action: 'read', grant: 'consent', resource_type: 'calendar_week' },
    ]);
    // Public holidays and closed eves are marked.
    const christmas = await world.amfCaseworker.get(`/api/participants/${p.id}/week?week=2026-W52`);
    expect(christmas.body.days.map((d: { holiday: string | null }) => d.holiday)).toEqual([
      null,
      null,
      null,
      'Julafton',
      'Juldagen',
      'Annandag jul',
      null,
    ]);
  });

  it('hides the person’s SFI level from an organisation without progression consent, and audits no progression read', async () => {
    const p = await busyPerson();
    const res = await world.socCaseworker.get(`/api/participants/${p.id}/week?week=${W}`);
    expect(res.status).toBe(200);
    expect(res.body.progressionVisible).toBe(false);
    const prerequisite = res.body.warnings.find((w: { kind: string }) => w.kind === 'prerequisite_unmet');
    expect(prerequisite).toMatchObject({ required: 'C', actual: null });
    expect((await auditRows(p.id)).map((r) => r.category)).toEqual(['plan']);
  });

  // The warning once appeared only while the person was below the level, telling plan-only readers "below C".
  it('tells an organisation without progression consent nothing of the level: the same warnings below and at C', async () => {
    const below = await busyPerson();
    const reached = await busyPerson();
    await sfiCourse(reached.id, 'C', 'started');
    const prerequisites = async (p: { id: string; placement: string }) => {
      const res = await world.socCaseworker.get(`/api/participants/${p.id}/week?week=${W}`);
      return res.body.warnings
        .filter((w: { kind: string }) => w.kind === 'prerequisite_unmet')
        .map((w: { key: string; required: string; actual: string | null }) => [w.key.replace(p.placement, 'P'), w.required, w.actual]);
    };
    expect(await prerequisites(below)).toEqual([['prerequisite:P:sfi_level', 'C', null]]);
    expect(await prerequisites(reached)).toEqual(await prerequisites(below));
    const ack = await world.socCaseworker.send('POST', `/api/participants/${reached.id}/warnings/acknowledgements`, {
      key: `prerequisite:${reached.placement}:sfi_level`,
      reason: 'Vi kan inte se nivån; frågar SFI.',
    });
    expect(ack.status).toBe(201);
    const own = await world.amfCaseworker.get(`/api/participants/${reached.id}/week?week=${W}`);
    expect(own.body.warnings.filter((w: { kind: string }) => w.kind === 'prerequisite_unmet')).toEqual([]);
    // No warning also tells the level (at least C), so that read of progression is audited too.
    expect((await auditRows(reached.id)).filter((r) => r.category === 'progression').map((r) => r.resource_type)).toEqual([
      'progression_facts',
    ]);
  });

  it('refuses plainly: consent_required without plan consent, not_found for a stranger, and this week when none is named', async () => {
    const p = await person({ socConsents: ['identity'] });
    const noConsent = await world.socCaseworker.get(`/api/participants/${p}/week`);
    expect([noConsent.status, noConsent.body.error.code]).toEqual([403, 'consent_required']);
    const stranger = await world.strangerCaseworker.get(`/api/participants/${p}/week`);
    expect([stranger.status, stranger.body.error.code]).toEqual([404, 'not_found']);
    const own = await world.amfCaseworker.get(`/api/participants/${p}/week`);
    expect([own.status, own.body.week, own.body.warnings, own.body.totalHours]).toEqual([200, isoWeekOf(todayInSweden()), [], 0]);
    expect((await auditRows(p)).map((r) => [r.category, r.resource_type])).toEqual([['plan', 'calendar_week']]);
  });

  it.each(['2025-W53', '2026-W00', '2026-W5', '2026-48', 'W48'])('refuses the week %s', async (week) => {
    const p = await person();
    const res = await world.amfCaseworker.get(`/api/participants/${p}/week?week=${week}`);
    expect([res.status, res.body.error.code]).toEqual([400, 'validation_failed']);
  });

  it.each([
    ['2026-W53', 200, '2026-12-28', '2026-W52', '2027-W01'],
    ['2020-W53', 200, '2020-12-28', '2020-W52', '2021-W01'],
    ['2027-W01', 200, '2027-01-04', '2026-W53', '2027-W02'],
  ])('shows the week %s, Monday first, between its true neighbours', async (week, status, monday, previous, next) => {
    const p = await person();
    const res = await world.amfCaseworker.get(`/api/participants/${p}/week?week=${week}`);
    expect([res.status, res.body.days[0].date, res.body.previousWeek, res.body.nextWeek]).toEqual([status, monday, previous, next]);
  });

  // Weeks at the ends of the four-digit years once answered 500: their neighbours fell outside YYYY-Www.
  it.each(['2027-W53', '0000-W01', '0999-W10', '1000-W01', '9999-W52', '9999-W01'])('refuses the far week %s with 400', async (week) => {
    const p = await person();
    const res = await world.amfCaseworker.get(`/api/participants/${p}/week?week=${week}`);
    expect([res.status, res.body.error.code]).toEqual([400, 'validation_failed']);
  });

  it('uses the person’s own full time, shows done activities without warning, and leaves out cancelled ones', async () => {
    const p = await person();
    await world.ctx.database.db.insert(plans).values({ tenantId: world.tenantId, participantId: p, fullTimeHours: 20 });
    await activity(p, 'job_search', 'Jobbsök', { kind: 'weekly_hours', hours: 25 });
    await activity(p, 'meeting', 'Gammalt möte', { kind: 'once', date: '2026-11-23', start: '09:00', end: '10:00' }, { status: 'done' });
    await activity(
      p,
      'meeting',
      'Inställt möte',
      { kind: 'once', date: '2026-11-23', start: '09:00', end: '10:00' },
      { status: 'cancelled' },
    );
    await activity(p, 'meeting', 'Tidigt möte', { kind: 'once', date: '2026-11-23', start: '07:00', end: '08:00' });
    const res = await world.amfCaseworker.get(`/api/participants/${p}/week?week=${W}`);
    expect(res.body.days[0].occurrences.map((o: { title: string; status: string }) => [o.title, o.status])).toEqual([
      ['Tidigt möte', 'planned'],
      ['Gammalt möte', 'done'],
    ]);
    expect([res.body.totalHours, res.body.fullTimeHours]).toEqual([27, 20]);
    expect(res.body.warnings.map((w: { key: string; hours: number }) => [w.key, w.hours])).toEqual([[`over_full_time:${W}`, 26]]);
  });

  it('is the person’s own too: they see their week and level, and no other person’s', async () => {
    const p = await busyPerson();
    const self = await signIn(
      world.ctx.app,
      (await buildUser(world.ctx.database.db, world.tenantId, { roles: ['participant'], participantId: p.id })).email,
      TEST_PASSWORD,
    );
    const res = await self.get(`/api/participants/${p.id}/week?week=${W}`);
    expect([res.status, res.body.progressionVisible, res.body.warnings.at(-1).actual]).toEqual([200, true, 'A']);
    const other = await self.get(`/api/participants/${(await busyPerson()).id}/week?week=${W}`);
    expect([other.status, other.body.error.code]).toEqual([404, 'not_found']);
    expect((await auditRows(p.id)).at(-1)).toMatchObject({ category: 'plan', grant: 'self' });
  });
});
