import { beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation, buildTenant, buildUser, TEST_PASSWORD } from '../../test/factories.ts';
import { signIn, testApp, type Session, type TestContext } from '../../test/harness.ts';

let ctx: TestContext;
let manager: Session;
let board: Session;
let fk: string;
let kommun: string;

beforeAll(async () => {
  ctx = await testApp();
  const db = ctx.database.db;
  const tenantId = await buildTenant(db);
  const forbund = await buildOrganisation(db, tenantId, 'samordningsforbund', 'Förbundet');
  manager = await signIn(ctx.app, (await buildUser(db, tenantId, { roles: ['manager'], organisationId: forbund })).email, TEST_PASSWORD);
  board = await signIn(ctx.app, (await buildUser(db, tenantId, { roles: ['board_member'], organisationId: null })).email, TEST_PASSWORD);
  const party = async (name: string, kind: string) =>
    (await manager.send('POST', '/api/forbund/parties', { name, kind, keyWeight: 1, organisationIds: [] })).body.items.find(
      (p: { name: string }) => p.name === name,
    ).id as string;
  fk = await party('Försäkringskassan', 'forsakringskassan');
  kommun = await party('Sjöstads kommun', 'municipality');
});

describe('goals made operational', () => {
  let joint: { id: string; version: number };

  it('adds a joint goal with an indicator, computed live for eight quarters', async () => {
    const created = await manager.send('POST', '/api/goals', {
      title: 'Fler i arbete eller studier',
      description: '',
      partyId: null,
      jointGoalIds: [],
    });
    expect(created.status).toBe(201);
    joint = created.body.joint[0];
    const measured = await manager.send('POST', `/api/goals/${joint.id}/indicators`, {
      indicator: 'work_or_studies_90',
      target: 40,
      direction: 'at_least',
    });
    expect(measured.status).toBe(201);
    expect(measured.body.quarters).toHaveLength(8);
    expect(measured.body.joint[0].indicators[0]).toMatchObject({
      indicator: 'work_or_studies_90',
      target: 40,
      status: 'unknown',
      trend: 'unknown',
      byParty: null,
    });
    expect(measured.body.joint[0].indicators[0].points).toHaveLength(8);
  });

  it('translates each party’s own goals into the joint goals they serve', async () => {
    const res = await manager.send('POST', '/api/goals', {
      title: 'Fler sjukskrivna tillbaka i arbete',
      description: 'Försäkringskassans verksamhetsmål',
      partyId: fk,
      jointGoalIds: [joint.id],
    });
    expect(res.body.joint[0].partyGoals).toEqual([
      expect.objectContaining({ title: 'Fler sjukskrivna tillbaka i arbete', partyName: 'Försäkringskassan' }),
    ]);
    expect(res.body.parties.find((p: { id: string }) => p.id === fk).goals[0].jointGoalIds).toEqual([joint.id]);
    expect(res.body.parties.find((p: { id: string }) => p.id === kommun).goals).toEqual([]);
  });

  it('refuses what does not hold together', async () => {
    const partyGoal = (await board.get('/api/goals')).body.parties.find((p: { id: string }) => p.id === fk).goals[0];
    const cases: [string, string, unknown, string][] = [
      ['POST', '/api/goals', { title: 'X', description: '', partyId: null, jointGoalIds: [joint.id] }, 'joint_goal_links_nothing'],
      ['POST', '/api/goals', { title: 'X', description: '', partyId: fk, jointGoalIds: [partyGoal.id] }, 'unknown_joint_goal'],
      [
        'POST',
        '/api/goals',
        { title: 'X', description: '', partyId: '00000000-0000-4000-8000-000000000009', jointGoalIds: [] },
        'unknown_party',
      ],
      [
        'POST',
        `/api/goals/${partyGoal.id}/indicators`,
        { indicator: 'closed_loop_rate', target: 50, direction: 'at_least' },
        'only_joint_goals_are_measured',
      ],
      [
        'PUT',
        `/api/goals/${joint.id}`,
        { title: 'X', description: '', partyId: kommun, jointGoalIds: [], version: 1 },
        'joint_goal_in_use',
      ],
    ];
    for (const [method, url, body, keyword] of cases) {
      const res = await manager.send(method as 'POST', url, body);
      expect([res.status, res.body.error?.details?.[0]?.keyword], `${method} ${url}`).toEqual([400, keyword]);
    }
    expect(
      (await manager.send('PUT', `/api/goals/${joint.id}`, { title: 'X', description: '', partyId: null, jointGoalIds: [], version: 9 }))
        .status,
    ).toBe(409);
    expect((await board.send('POST', '/api/goals', { title: 'X', description: '', partyId: null, jointGoalIds: [] })).status).toBe(403);
  });

  it('changes a target and the status follows', async () => {
    const goals = (await board.get('/api/goals')).body;
    expect(goals.mayManage).toBe(false);
    const indicator = goals.joint[0].indicators[0];
    const res = await manager.send('PUT', `/api/goal-indicators/${indicator.id}`, {
      indicator: 'work_or_studies_90',
      target: 35.5,
      direction: 'at_least',
      version: 1,
    });
    expect(res.body.joint[0].indicators[0]).toMatchObject({ target: 35.5, version: 2 });
  });
});
