import type { App, Deps } from '../../lib/http/app-type.ts';
import { actorOf } from '../../lib/http/authenticate.ts';
import { IdParams, responses } from '../../lib/http/responses.ts';
import { CreateGoal, CreateIndicator, GoalList, UpdateGoal, UpdateIndicator } from './schema.ts';
import { createGoal, createIndicator, listGoals, updateGoal, updateIndicator } from './service.ts';

/** The förbund's goals made operational: joint goals with live indicators, and the parties' goals translated into them. */
export function goalRoutes(app: App, { database }: Deps) {
  const db = database.db;
  const tags = ['governance'];

  app.get('/api/goals', {
    config: { policy: 'governance.read' },
    schema: {
      summary: 'Joint goals with their indicators computed live per quarter (small cells suppressed), and the parties’ goals',
      tags,
      response: responses({ 200: GoalList }),
    },
    handler: async (request) => listGoals(db, actorOf(request)),
  });

  app.post('/api/goals', {
    config: { policy: 'governance.manage' },
    schema: {
      summary: 'Add a joint goal, or a party’s goal linked to the joint goals it serves',
      tags,
      body: CreateGoal,
      response: responses({ 201: GoalList }),
    },
    handler: async (request, reply) => reply.code(201).send(await createGoal(db, actorOf(request), request.body)),
  });

  app.put('/api/goals/:id', {
    config: { policy: 'governance.manage' },
    schema: {
      summary: 'Change a goal (409 on a stale version)',
      tags,
      params: IdParams,
      body: UpdateGoal,
      response: responses({ 200: GoalList }),
    },
    handler: async (request) => updateGoal(db, actorOf(request), request.params.id, request.body),
  });

  app.post('/api/goals/:id/indicators', {
    config: { policy: 'governance.manage' },
    schema: {
      summary: 'Make a joint goal operational with an indicator and a target',
      tags,
      params: IdParams,
      body: CreateIndicator,
      response: responses({ 201: GoalList }),
    },
    handler: async (request, reply) => reply.code(201).send(await createIndicator(db, actorOf(request), request.params.id, request.body)),
  });

  app.put('/api/goal-indicators/:id', {
    config: { policy: 'governance.manage' },
    schema: {
      summary: 'Change an indicator’s target (409 on a stale version)',
      tags,
      params: IdParams,
      body: UpdateIndicator,
      response: responses({ 200: GoalList }),
    },
    handler: async (request) => updateIndicator(db, actorOf(request), request.params.id, request.body),
  });
}
