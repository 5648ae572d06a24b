import type { App, Deps } from '../../lib/http/app-type.ts';
import { actorOf } from '../../lib/http/authenticate.ts';
import { IdParams, responses } from '../../lib/http/responses.ts';
import { CreateInitiative, InitiativeDetail, InitiativeList, InitiativeQuery, TransitionInitiative, UpdateInitiative } from './schema.ts';
import { createInitiative, getInitiative, listInitiatives, transitionInitiative, updateInitiative } from './service.ts';

/** The governance level's initiatives: projects, structural efforts and bassamverkan, from idea to regular operations. */
export function initiativeRoutes(app: App, { database }: Deps) {
  const db = database.db;

  app.get('/api/initiatives', {
    config: { policy: 'governance.read' },
    schema: {
      summary: 'The area’s initiatives, filtered by state, risk or words, with how many are at risk today',
      tags: ['initiatives'],
      querystring: InitiativeQuery,
      response: responses({ 200: InitiativeList }),
    },
    handler: async (request) => listInitiatives(db, actorOf(request), request.query),
  });

  app.post('/api/initiatives', {
    config: { policy: 'governance.manage' },
    schema: {
      summary: 'Record an initiative as an idea, with its linked interventions',
      tags: ['initiatives'],
      body: CreateInitiative,
      response: responses({ 201: InitiativeDetail }),
    },
    handler: async (request, reply) => reply.code(201).send(await createInitiative(db, actorOf(request), request.body)),
  });

  app.get('/api/initiatives/:id', {
    config: { policy: 'governance.read' },
    schema: {
      summary: 'One initiative with its moves between states and the suppressed results of its linked interventions',
      tags: ['initiatives'],
      params: IdParams,
      response: responses({ 200: InitiativeDetail }),
    },
    handler: async (request) => getInitiative(db, actorOf(request), request.params.id),
  });

  app.put('/api/initiatives/:id', {
    config: { policy: 'governance.manage' },
    schema: {
      summary: 'Change an initiative and its linked interventions (409 on a stale version); its state moves by transition',
      tags: ['initiatives'],
      params: IdParams,
      body: UpdateInitiative,
      response: responses({ 200: InitiativeDetail }),
    },
    handler: async (request) => updateInitiative(db, actorOf(request), request.params.id, request.body),
  });

  app.post('/api/initiatives/:id/transition', {
    config: { policy: 'governance.manage' },
    schema: {
      summary: 'Move an initiative along its lifecycle with what the new state needs (409 on a stale version)',
      tags: ['initiatives'],
      params: IdParams,
      body: TransitionInitiative,
      response: responses({ 200: InitiativeDetail }),
    },
    handler: async (request) => transitionInitiative(db, actorOf(request), request.params.id, request.body),
  });
}
