import { beforeAll, describe, expect, it } from 'vitest';
import { buildUser, TEST_PASSWORD } from '../../test/factories.ts';
import { signIn, testApp, type Session } from '../../test/harness.ts';
import { initiativeBody, transitionBody } from './scenario-records.ts';
import { buildInitiativeArea } from './test-area.ts';

let coordinator: Session;
let analyst: Session;
let caseworker: Session;
let praktik: string;
let otherPrivate: string;

beforeAll(async () => {
  const { app, database } = await testApp();
  const area = await buildInitiativeArea(database.db);
  ({ praktik, otherPrivate } = area);
  const as = async (roles: ('coordinator' | 'analyst' | 'caseworker')[], organisationId: string | null) =>
    signIn(app, (await buildUser(database.db, area.tenantId, { roles, organisationId })).email, TEST_PASSWORD);
  coordinator = await as(['coordinator'], area.amf);
  analyst = await as(['analyst'], null);
  caseworker = await as(['caseworker'], area.amf);
});

describe('the initiatives API', () => {
  it('records, reads, changes and moves an initiative, refusing a stale version with 409', async () => {
    const created = await coordinator.send('POST', '/api/initiatives', initiativeBody('Unga till arbete', { interventionIds: [praktik] }));
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ state: 'idea', version: 1, interventions: [{ id: praktik, name: 'Praktik i parken' }] });
    expect(created.body.outcomes.started).toEqual({ kind: 'value', value: 0 });
    const id = created.body.id;

    const read = await analyst.get(`/api/initiatives/${id}`);
    expect([read.status, read.body.mayChange, read.body.events.length]).toEqual([200, false, 1]);
    const list = await analyst.get('/api/initiatives?atRisk=false&state=idea&q=unga');
    expect([list.status, list.body.items.length, list.body.atRisk, list.body.mayCreate]).toEqual([200, 1, 0, false]);

    const changed = await coordinator.send('PUT', `/api/initiatives/${id}`, { ...initiativeBody('Unga i arbete'), version: 1 });
    expect([changed.status, changed.body.version, changed.body.interventions]).toEqual([200, 2, []]);
    const stale = await coordinator.send('PUT', `/api/initiatives/${id}`, { ...initiativeBody('Gammal'), version: 1 });
    expect([stale.status, stale.body.error.code]).toEqual([409, 'conflict']);

    const moved = await coordinator.send('POST', `/api/initiatives/${id}/transition`, transitionBody(2));
    expect([moved.status, moved.body.state, moved.body.events.at(-1).note]).toEqual([200, 'proposed', 'Lyfts till styrelsen']);
    const skipped = await coordinator.send('POST', `/api/initiatives/${id}/transition`, { to: 'running', note: null, version: 3 });
    expect([skipped.status, skipped.body.error.code, skipped.body.error.details]).toEqual([
      400,
      'validation_failed',
      [{ path: '/to', keyword: 'transition_not_allowed', message: 'transition_not_allowed' }],
    ]);
  });

  it.each([
    ['an unknown field', { owner: 'Kommunen' }],
    ['a name too long', { name: 'x'.repeat(201) }],
    ['a description too long', { description: 'x'.repeat(2001) }],
    ['an unknown kind', { kind: 'programme' }],
    ['a funding source twice', { fundingSources: ['esf', 'esf'] }],
    ['a date that is no date', { startDate: '2025-02-30' }],
    [
      '51 interventions',
      { interventionIds: Array.from({ length: 51 }, (_, n) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`) },
    ],
  ])('refuses %s with 400 validation_failed', async (_label, change) => {
    const res = await coordinator.send('POST', '/api/initiatives', { ...initiativeBody('Felaktigt'), ...change });
    expect([res.status, res.body.error.code]).toEqual([400, 'validation_failed']);
  });

  it('lets readers read and refuses them writing, refuses other roles, and answers 404 for another area’s', async () => {
    expect((await analyst.send('POST', '/api/initiatives', initiativeBody('Analys'))).status).toBe(403);
    expect((await caseworker.get('/api/initiatives')).status).toBe(403);
    const other = await coordinator.get(`/api/initiatives/${otherPrivate}`);
    expect([other.status, other.body.error.code]).toEqual([404, 'not_found']);
    const moveOther = await coordinator.send('POST', `/api/initiatives/${otherPrivate}/transition`, transitionBody());
    expect(moveOther.status).toBe(404);
  });
});
