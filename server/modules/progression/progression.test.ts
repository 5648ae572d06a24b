import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { rows } from '../../db/sql.ts';
import { verifyAuditChains } from '../../lib/audit/verify.ts';
import { todayInSweden } from '../../lib/dates.ts';
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

let ctx: TestContext;
let tenantId: string;
let sfi: string;
let af: string;
let soc: string;
let sfiTeacher: Session;
let sfiTeacherId: string;
let afCaseworker: Session;
let afManager: Session;
let socCaseworker: Session;
let outsider: Session;
let person: Session;
let pid: string;

const auditRows = (participantId: string) =>
  rows<{ actor_user_id: string; category: string; action: string; grant: string; resource_type: string; resource_id: string }>(
    ctx.database.db,
    sql`select actor_user_id, category, action, "grant", resource_type, resource_id from audit_events
        where participant_id = ${participantId} order by seq`,
  );

const entryCount = async (participantId: string) =>
  (
    await rows<{ n: number }>(
      ctx.database.db,
      sql`select count(*)::int as n from progression_entries where participant_id = ${participantId}`,
    )
  )[0]!.n;

const sfiB = { kind: 'sfi_course', sfiLevel: 'B', studyPath: 2, result: 'passed', startDate: '2026-01-12', endDate: '2026-05-29' };

beforeAll(async () => {
  ctx = await testApp();
  const db = ctx.database.db;
  tenantId = await buildTenant(db);
  sfi = await buildOrganisation(db, tenantId, 'adult_education', 'Vuxenutbildningen och SFI');
  af = await buildOrganisation(db, tenantId, 'arbetsformedlingen', 'Arbetsförmedlingen');
  soc = await buildOrganisation(db, tenantId, 'social_services', 'Socialtjänsten');
  const other = await buildOrganisation(db, tenantId, 'region', 'Regionen');
  pid = await buildParticipant(db, tenantId, af);
  for (const org of [sfi, af, soc]) await buildEngagement(db, tenantId, pid, org);
  await buildConsent(db, tenantId, pid, sfi, 'progression');
  await buildConsent(db, tenantId, pid, af, 'progression');
  await buildConsent(db, tenantId, pid, soc, 'identity');
  const teacher = await buildUser(db, tenantId, { roles: ['caseworker'], organisationId: sfi });
  sfiTeacherId = teacher.id;
  sfiTeacher = await signIn(ctx.app, teacher.email, TEST_PASSWORD);
  afCaseworker = await signIn(ctx.app, (await buildUser(db, tenantId, { roles: ['caseworker'], organisationId: af })).email, TEST_PASSWORD);
  afManager = await signIn(ctx.app, (await buildUser(db, tenantId, { roles: ['manager'], organisationId: af })).email, TEST_PASSWORD);
  socCaseworker = await signIn(
    ctx.app,
    (await buildUser(db, tenantId, { roles: ['caseworker'], organisationId: soc })).email,
    TEST_PASSWORD,
  );
  outsider = await signIn(ctx.app, (await buildUser(db, tenantId, { roles: ['caseworker'], organisationId: other })).email, TEST_PASSWORD);
  person = await signIn(ctx.app, (await buildUser(db, tenantId, { roles: ['participant'], participantId: pid })).email, TEST_PASSWORD);
});

describe('the progression timeline', () => {
  let entryId: string;

  it('an SFI teacher records a passed course; the source organisation and the recorder come with it, and it is audited', async () => {
    const res = await sfiTeacher.send('POST', `/api/participants/${pid}/progression`, { ...sfiB, note: '  Bra uttal.  ' });
    expect(res.status).toBe(201);
    expect(res.body.entry).toMatchObject({
      ...sfiB,
      title: null,
      note: 'Bra uttal.',
      sourceOrganisationId: sfi,
      sourceOrganisationName: 'Vuxenutbildningen och SFI',
      recordedByName: 'Test caseworker',
      version: 1,
      mayChange: true,
    });
    entryId = res.body.entry.id;
    expect((await auditRows(pid)).at(-1)).toMatchObject({
      actor_user_id: sfiTeacherId,
      category: 'progression',
      action: 'create',
      grant: 'consent',
      resource_type: 'progression_entry',
      resource_id: entryId,
    });
  });

  it('every consenting organisation and the person see the entry, newest first, with where the person stands', async () => {
    await sfiTeacher.send('POST', `/api/participants/${pid}/progression`, {
      kind: 'sfi_course',
      sfiLevel: 'C',
      studyPath: 2,
      result: 'started',
      startDate: '2026-06-01',
    });
    await afCaseworker.send('POST', `/api/participants/${pid}/progression`, {
      kind: 'civic_orientation',
      result: 'passed',
      startDate: '2025-11-03',
      endDate: '2026-02-20',
    });
    for (const [who, grant] of [
      [afCaseworker, 'consent'],
      [afManager, 'consent'],
      [person, 'self'],
    ] as const) {
      const before = (await auditRows(pid)).length;
      const res = await who.get(`/api/participants/${pid}/progression`);
      expect(res.status).toBe(200);
      expect(res.body.entries.map((e: { kind: string; startDate: string }) => `${e.kind} ${e.startDate}`)).toEqual([
        'sfi_course 2026-06-01',
        'sfi_course 2026-01-12',
        'civic_orientation 2025-11-03',
      ]);
      expect(res.body.entries[1]).toMatchObject({ id: entryId, sourceOrganisationName: 'Vuxenutbildningen och SFI', mayChange: false });
      expect(res.body.summary).toEqual({ sfiLevel: 'C', sfiLevelPassed: 'B', civicOrientationDone: true });
      const log = await auditRows(pid);
      expect(log).toHaveLength(before + 1);
      expect(log.at(-1)).toMatchObject({ category: 'progression', action: 'read', grant, resource_type: 'progression' });
    }
    expect((await afCaseworker.get(`/api/participants/${pid}/progression`)).body.mayRecord).toBe(true);
    expect((await afManager.get(`/api/participants/${pid}/progression`)).body.mayRecord).toBe(false);
    expect((await person.get(`/api/participants/${pid}/progression`)).body.mayRecord).toBe(false);
  });

  it('says consent_required to an engaged organisation without consent, not_found to one without engagement, and audits neither', async () => {
    const before = (await auditRows(pid)).length;
    const soc = await socCaseworker.get(`/api/participants/${pid}/progression`);
    expect([soc.status, soc.body.error.code]).toEqual([403, 'consent_required']);
    const stranger = await outsider.get(`/api/participants/${pid}/progression`);
    expect([stranger.status, stranger.body.error.code]).toEqual([404, 'not_found']);
    const write = await socCaseworker.send('POST', `/api/participants/${pid}/progression`, sfiB);
    expect([write.status, write.body.error.code]).toEqual([403, 'consent_required']);
    expect(await auditRows(pid)).toHaveLength(before);
  });

  it('only the source organisation changes an entry, on the version it read; a stale change is refused with 409', async () => {
    const url = `/api/participants/${pid}/progression/${entryId}`;
    const notOurs = await afCaseworker.send('PATCH', url, { version: 1, result: 'interrupted' });
    expect([notOurs.status, notOurs.body.error.code]).toEqual([403, 'forbidden']);
    const manager = await afManager.send('PATCH', url, { version: 1, note: 'x' });
    expect([manager.status, manager.body.error.code]).toEqual([403, 'forbidden']);
    const self = await person.send('PATCH', url, { version: 1, note: 'x' });
    expect([self.status, self.body.error.code]).toEqual([403, 'forbidden']);

    const changed = await sfiTeacher.send('PATCH', url, { version: 1, endDate: '2026-05-28', note: null });
    expect(changed.status).toBe(200);
    expect(changed.body.entry).toMatchObject({ ...sfiB, endDate: '2026-05-28', note: null, version: 2 });
    expect((await auditRows(pid)).at(-1)).toMatchObject({ action: 'update', category: 'progression', resource_id: entryId });
    const stale = await sfiTeacher.send('PATCH', url, { version: 1, endDate: '2026-05-27' });
    expect([stale.status, stale.body.error.code]).toEqual([409, 'conflict']);
    expect((await person.get(`/api/participants/${pid}/progression`)).body.entries[1]).toMatchObject({ endDate: '2026-05-28', version: 2 });
  });

  it('an entry is found only under its own participant', async () => {
    const other = await buildParticipant(ctx.database.db, tenantId, sfi);
    await buildEngagement(ctx.database.db, tenantId, other, sfi);
    await buildConsent(ctx.database.db, tenantId, other, sfi, 'progression');
    const res = await sfiTeacher.send('PATCH', `/api/participants/${other}/progression/${entryId}`, { version: 2, note: 'x' });
    expect([res.status, res.body.error.code]).toEqual([404, 'not_found']);
  });

  it('refuses entries that break the rules of their kind, naming the field, and writes nothing', async () => {
    const today = todayInSweden();
    const cases: [object, string, string][] = [
      [{ ...sfiB, sfiLevel: undefined }, '/sfiLevel', 'required'],
      [{ ...sfiB, sfiLevel: 'A' }, '/studyPath', 'level_not_on_path'],
      [{ ...sfiB, endDate: '2025-12-31' }, '/endDate', 'period_reversed'],
      [{ ...sfiB, endDate: null }, '/endDate', 'required'],
      [{ ...sfiB, startDate: today, endDate: '9999-12-31' }, '/endDate', 'end_in_future'],
      [{ kind: 'civic_orientation', studyPath: 1, result: 'started', startDate: '2026-01-01' }, '/studyPath', 'only_for_sfi'],
      [{ kind: 'employment_started', title: 'Lager', result: 'passed', startDate: '2026-01-01' }, '/result', 'result_not_for_kind'],
      [{ kind: 'validation', result: 'started', startDate: '2026-01-01' }, '/title', 'required'],
      [{ kind: 'work_placement_done', title: 'Lager', startDate: '2026-01-01' }, '/endDate', 'required'],
    ];
    const before = await entryCount(pid);
    for (const [body, path, keyword] of cases) {
      const res = await sfiTeacher.send('POST', `/api/participants/${pid}/progression`, body);
      expect([res.status, res.body.error.code, res.body.error.details?.[0]]).toEqual([
        400,
        'validation_failed',
        expect.objectContaining({ path, keyword }),
      ]);
    }
    // A change is checked as the whole entry it makes.
    const patch = await sfiTeacher.send('PATCH', `/api/participants/${pid}/progression/${entryId}`, {
      version: 2,
      kind: 'civic_orientation',
    });
    expect([patch.status, patch.body.error.details?.[0]?.keyword]).toEqual([400, 'only_for_sfi']);
    const bad = await sfiTeacher.send('POST', `/api/participants/${pid}/progression`, { ...sfiB, studyPath: 4 });
    expect(bad.status).toBe(400);
    expect(await entryCount(pid)).toBe(before);
  });

  it('withdrawn consent closes the timeline at once', async () => {
    const consentId = await buildConsent(ctx.database.db, tenantId, pid, soc, 'progression');
    expect((await socCaseworker.get(`/api/participants/${pid}/progression`)).status).toBe(200);
    await ctx.database.db.execute(sql`update consents set withdrawn_at = now() where id = ${consentId}`);
    const res = await socCaseworker.get(`/api/participants/${pid}/progression`);
    expect([res.status, res.body.error.code]).toEqual([403, 'consent_required']);
  });

  it('keeps the audit chain whole', async () => {
    expect((await verifyAuditChains(ctx.database.db)).ok).toBe(true);
  });
});
