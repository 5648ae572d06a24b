import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.ts';
import { readConfig } from '../../config.ts';
import type { Db } from '../../db/client.ts';
import { todayInSweden } from '../../lib/dates.ts';
import { auditEvents } from '../../lib/audit/tables.ts';
import { addDays } from '../../lib/working-days.ts';
import { freshDatabase } from '../../test/backends.ts';
import { buildOrganisation, buildParticipant, buildTenant, buildUser, TEST_PASSWORD } from '../../test/factories.ts';
import { signIn, type Session } from '../../test/harness.ts';
import type { App } from '../../lib/http/app-type.ts';
import { barometerRoutes } from './routes.ts';
import { responseBody, surveyBody } from './scenario-records.ts';
import { surveyResponses } from './tables.ts';

let app: App;
let db: Db;
let tenantId: string;
let coordinator: Session;
let analyst: Session;
let participant: Session;
/** Staff per organisation: three at Arbetsförmedlingen, six at Försäkringskassan, five at the municipality. */
const staff: Record<'af' | 'fk' | 'kommun', Session[]> = { af: [], fk: [], kommun: [] };
const orgs = {} as Record<keyof typeof staff, string>;
const userIds = new Map<Session, string>();

const today = todayInSweden();

beforeAll(async () => {
  const { database, dispose } = await freshDatabase();
  const config = { ...readConfig({}), loginAttemptsPerWindow: 10_000 };
  app = await buildApp({ database, config, logger: false });
  // The routes are registered here until the composition root registers them itself.
  if (!app.hasRoute({ method: 'GET', url: '/api/barometer/surveys' })) barometerRoutes(app, { database, config });
  await app.ready();
  afterAll(async () => {
    await app.close();
    await dispose();
  });
  db = database.db;
  tenantId = await buildTenant(db);
  orgs.af = await buildOrganisation(db, tenantId, 'arbetsformedlingen', 'Arbetsförmedlingen');
  orgs.fk = await buildOrganisation(db, tenantId, 'forsakringskassan', 'Försäkringskassan');
  orgs.kommun = await buildOrganisation(db, tenantId, 'labour_market_unit', 'Kommunen');
  const as = async (
    roles: Parameters<typeof buildUser>[2]['roles'],
    organisationId: string | null,
    participantId: string | null = null,
  ) => {
    const user = await buildUser(db, tenantId, { roles, organisationId, participantId });
    const session = await signIn(app, user.email, TEST_PASSWORD);
    userIds.set(session, user.id);
    return session;
  };
  coordinator = await as(['coordinator'], orgs.kommun);
  analyst = await as(['analyst'], null);
  participant = await as(['participant'], null, await buildParticipant(db, tenantId, orgs.kommun));
  for (const [org, n] of [
    ['af', 3],
    ['fk', 6],
    ['kommun', 5],
  ] as const)
    for (let i = 0; i < n; i++) staff[org].push(await as(['caseworker'], orgs[org]));
});

const open = (title: string, audience: 'staff' | 'participants' = 'staff', extra: object = {}) =>
  coordinator.send('POST', '/api/barometer/surveys', { ...surveyBody(title, audience), ...extra });
const answer = (who: Session, id: string, rating: number, works_well = 'De gemensamma mötena') =>
  who.send('POST', `/api/barometer/surveys/${id}/responses`, {
    ...responseBody('staff'),
    openAnswers: { works_well },
    ratings: Object.fromEntries(surveyBody('x').statements.map((s) => [s.key, rating])),
  });
interface Round {
  id: string;
  title: string;
  audience: string;
  opensOn: string;
  statements: unknown[];
  version: number;
}
/** Closes a round that opened before today: its last day becomes yesterday. */
const close = ({ id, title, audience, opensOn, statements, version }: Round) =>
  coordinator.send('PUT', `/api/barometer/surveys/${id}`, { title, audience, opensOn, closesOn: addDays(today, -1), statements, version });

describe('rounds', () => {
  it('opens a round with the default statements and changes it, refusing a stale version with 409', async () => {
    const { title, audience, opensOn, closesOn } = surveyBody('Våren');
    const created = await coordinator.send('POST', '/api/barometer/surveys', { title, audience, opensOn, closesOn });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ state: 'open', version: 1, answers: { kind: 'value', value: 0 }, mayChange: true });
    expect(created.body.statements[0]).toEqual({ key: 'shared_picture', text: 'Vi har en gemensam bild av deltagarens behov' });
    const changed = await coordinator.send('PUT', `/api/barometer/surveys/${created.body.id}`, { ...surveyBody('Våren 2'), version: 1 });
    expect([changed.status, changed.body.title, changed.body.version]).toEqual([200, 'Våren 2', 2]);
    const stale = await coordinator.send('PUT', `/api/barometer/surveys/${created.body.id}`, { ...surveyBody('Gammal'), version: 1 });
    expect([stale.status, stale.body.error.code]).toEqual([409, 'conflict']);
    const reversed = await open('Baklänges', 'staff', { opensOn: '2030-02-01', closesOn: '2030-01-01' });
    expect([reversed.status, reversed.body.error.details]).toEqual([
      400,
      [{ path: '/closesOn', keyword: 'end_before_start', message: 'end_before_start' }],
    ]);
  });

  it('lets readers read and only coordinators and managers write; another area’s round is 404', async () => {
    expect((await analyst.get('/api/barometer/surveys')).status).toBe(200);
    expect((await analyst.send('POST', '/api/barometer/surveys', surveyBody('Analys'))).status).toBe(403);
    expect((await staff.af[0]!.get('/api/barometer/surveys')).status).toBe(403);
    const otherTenant = await buildTenant(db, 'Annat förbund');
    const otherUser = await buildUser(db, otherTenant, {
      roles: ['coordinator'],
      organisationId: await buildOrganisation(db, otherTenant),
    });
    const other = await (await signIn(app, otherUser.email, TEST_PASSWORD)).send('POST', '/api/barometer/surveys', surveyBody('Deras'));
    expect((await analyst.get(`/api/barometer/surveys/${other.body.id}/results`)).status).toBe(404);
    expect((await staff.af[0]!.send('POST', `/api/barometer/surveys/${other.body.id}/responses`, responseBody('staff'))).status).toBe(404);
  });
});

describe('answering', () => {
  it('lists what each user may answer today, records one anonymous answer and refuses a second with 409', async () => {
    const round = (await open('Hösten')).body;
    const participants = (await open('Deltagarnas röst', 'participants')).body;
    await open('Nästa år', 'staff', { opensOn: addDays(today, 1), closesOn: addDays(today, 30) });
    const who = staff.af[0]!;
    const ids = async (s: Session) => (await s.get('/api/barometer/open')).body.items.map((r: { id: string }) => r.id);
    expect(await ids(who)).toContain(round.id);
    expect(await ids(who)).not.toContain(participants.id);
    expect(await ids(participant)).toEqual([participants.id]);

    const first = await answer(who, round.id, 4, 'Vi svarar varandra snabbt');
    expect([first.status, first.body]).toEqual([201, { surveyId: round.id }]);
    const again = await answer(who, round.id, 2);
    expect([again.status, again.body.error.code]).toEqual([409, 'conflict']);
    expect(await ids(who)).not.toContain(round.id);

    // The answer names the organisation and the role group: no user, no time, nothing that points back.
    const rows = await db.execute(sql`select * from survey_responses where survey_id = ${round.id}`);
    const stored = ((rows as { rows?: Record<string, unknown>[] }).rows ?? (rows as unknown as Record<string, unknown>[]))[0]!;
    expect(Object.keys(stored).sort()).toEqual([
      'id',
      'open_answers',
      'organisation_id',
      'ratings',
      'role_group',
      'survey_id',
      'tenant_id',
    ]);
    expect(stored).toMatchObject({
      organisation_id: orgs.af,
      role_group: 'caseworker',
      open_answers: { works_well: 'Vi svarar varandra snabbt' },
    });
    expect(JSON.stringify(stored)).not.toContain(userIds.get(who)!);
    // The audit names the round the user answered, never the answer.
    const audited = await db
      .select({ resourceType: auditEvents.resourceType, resourceId: auditEvents.resourceId })
      .from(auditEvents)
      .where(and(eq(auditEvents.tenantId, tenantId), eq(auditEvents.actorUserId, userIds.get(who)!)));
    expect(audited).toEqual([{ resourceType: 'survey_submission', resourceId: round.id }]);
    const [response] = await db.select({ id: surveyResponses.id }).from(surveyResponses).where(eq(surveyResponses.surveyId, round.id));
    expect((await db.select().from(auditEvents).where(eq(auditEvents.resourceId, response!.id))).length).toBe(0);
  });

  it('refuses the other audience (403), days outside the round (400 survey_closed) and answers that do not fit (400)', async () => {
    const round = (await open('Staff only')).body;
    const participants = (await open('Deltagare', 'participants')).body;
    const later = (await open('Senare', 'staff', { opensOn: addDays(today, 2), closesOn: addDays(today, 9) })).body;
    const mine = staff.fk[0]!;
    expect((await participant.send('POST', `/api/barometer/surveys/${round.id}/responses`, responseBody('participants'))).status).toBe(403);
    expect((await mine.send('POST', `/api/barometer/surveys/${participants.id}/responses`, responseBody('staff'))).status).toBe(403);
    expect(
      (await participant.send('POST', `/api/barometer/surveys/${participants.id}/responses`, responseBody('participants'))).status,
    ).toBe(201);
    const early = await answer(mine, later.id, 3);
    expect([early.status, early.body.error.details[0].keyword]).toEqual([400, 'survey_closed']);
    const url = `/api/barometer/surveys/${round.id}/responses`;
    const body = responseBody('staff');
    for (const [change, keyword] of [
      [{ ratings: { ...body.ratings, unknown: 3 } }, 'unknown_statement'],
      [{ ratings: { shared_picture: 3 } }, 'required'],
      [{ ratings: { ...body.ratings, shared_picture: 6 } }, 'maximum'],
      [{ roleGroup: 'participant' }, 'role_group'],
      [{ openAnswers: { challenges: 'x'.repeat(2001) } }, 'maxLength'],
      [{ openAnswers: { challenges: 'nul \u0000 tecken' } }, null],
    ] as const) {
      const res = await mine.send('POST', url, { ...body, ...change });
      expect([res.status, res.body.error.code], JSON.stringify(change).slice(0, 80)).toEqual([400, 'validation_failed']);
      if (keyword) expect(res.body.error.details.map((d: { keyword: string }) => d.keyword)).toContain(keyword);
    }
    expect((await answer(mine, round.id, 5)).status).toBe(201);
  });
});

describe('results', () => {
  it('publishes nothing but the count until the round closes, then suppresses small organisations and shows the trend', async () => {
    // An earlier round: six answers from Försäkringskassan, closed.
    const spring = (await open('Våren', 'staff', { opensOn: addDays(today, -20) })).body;
    for (const s of staff.fk) expect((await answer(s, spring.id, 2)).status).toBe(201);
    expect((await close(spring)).status).toBe(200);

    const autumn = (await open('Hösten', 'staff', { opensOn: addDays(today, -10) })).body;
    const texts = ['Öppenheten', 'Att vi ringer varandra', 'Kaffet'];
    for (const [i, s] of staff.af.entries()) await answer(s, autumn.id, 1, texts[i]);
    for (const s of staff.fk) await answer(s, autumn.id, 4);
    for (const s of staff.kommun) await answer(s, autumn.id, 5);

    const running = (await analyst.get(`/api/barometer/surveys/${autumn.id}/results`)).body;
    expect(running).toMatchObject({ published: false, figures: { answers: { kind: 'value', value: 14 }, organisations: [], texts: [] } });
    expect(running.trend.map((r: { title: string }) => r.title)).toEqual(['Våren']);

    expect((await close(autumn)).status).toBe(200);
    const res = await analyst.get(`/api/barometer/surveys/${autumn.id}/results`);
    expect(res.status).toBe(200);
    const { figures, trend } = res.body;
    const line = (o: {
      organisation: { name: string };
      answers: { kind: string; value?: number };
      statements: { mean: number | null }[];
    }) => `${o.organisation.name} ${o.answers.kind === 'value' ? o.answers.value : o.answers.kind} ${o.statements[0]!.mean}`;
    expect(figures.organisations.map(line)).toEqual(['Arbetsförmedlingen small null', 'Försäkringskassan 6 4', 'Kommunen hidden null']);
    expect(figures.answers).toEqual({ kind: 'value', value: 14 });
    expect(figures.total[0]).toEqual({ key: 'shared_picture', mean: 3.71, distribution: [3, 0, 0, 6, 5] });
    // Arbetsförmedlingen's three cannot be told from the total minus the others: the rest is eight people of two organisations.
    const shownPeople = figures.organisations.filter((o: { statements: { mean: number | null }[] }) => o.statements[0]!.mean !== null);
    expect(14 - shownPeople.reduce((n: number, o: { answers: { value: number } }) => n + o.answers.value, 0)).toBe(8);
    // The open answers by text, named only for Försäkringskassan, whose group is shown.
    const worksWell = figures.texts.find((t: { question: string }) => t.question === 'works_well').answers;
    expect(worksWell.map((a: { text: string }) => a.text)).toEqual([
      'Att vi ringer varandra',
      ...Array(11).fill('De gemensamma mötena'),
      'Kaffet',
      'Öppenheten',
    ]);
    expect(new Set(worksWell.map((a: { organisation: { name: string } | null }) => a.organisation?.name ?? null))).toEqual(
      new Set([null, 'Försäkringskassan']),
    );
    expect(worksWell.find((a: { text: string }) => a.text === 'Kaffet').organisation).toBeNull();
    // The trend: the spring round, then this one.
    expect(trend.map((r: { title: string; total: { mean: number | null }[] }) => [r.title, r.total[0]!.mean])).toEqual([
      ['Våren', 2],
      ['Hösten', 3.71],
    ]);

    // A closed round stays closed: it cannot be reopened, nor answered.
    const reopen = await coordinator.send('PUT', `/api/barometer/surveys/${autumn.id}`, {
      ...surveyBody('Hösten'),
      opensOn: addDays(today, -10),
      version: 2,
    });
    expect([reopen.status, reopen.body.error.details[0].keyword]).toEqual([400, 'survey_closed']);
    const late = await answer(coordinator, autumn.id, 3);
    expect([late.status, late.body.error.details[0].keyword]).toEqual([400, 'survey_closed']);
  });
});
