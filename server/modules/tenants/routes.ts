import { Type } from 'typebox';
import type { App, Deps } from '../../lib/http/app-type.ts';
import { actorOf } from '../../lib/http/authenticate.ts';
import { IdParams, responses } from '../../lib/http/responses.ts';
import { CreateOrganisation, Organisation, UpdateOrganisation } from './schema.ts';
import { createOrganisation, listOrganisations, updateOrganisation } from './service.ts';

export function organisationRoutes(app: App, { database }: Deps) {
  app.get('/api/organisations', {
    config: { policy: 'organisation.list' },
    schema: {
      summary: 'Organisations of the collaboration area',
      tags: ['organisations'],
      response: responses({ 200: Type.Object({ items: Type.Array(Organisation) }) }),
    },
    handler: async (request) => ({ items: await listOrganisations(database.db, actorOf(request)) }),
  });

  app.post('/api/organisations', {
    config: { policy: 'organisation.manage' },
    schema: {
      summary: 'Add an organisation',
      tags: ['organisations'],
      body: CreateOrganisation,
      response: responses({ 201: Organisation }),
    },
    handler: async (request, reply) => reply.status(201).send(await createOrganisation(database.db, actorOf(request), request.body)),
  });

  app.patch('/api/organisations/:id', {
    config: { policy: 'organisation.manage' },
    schema: {
      summary: 'Change an organisation',
      tags: ['organisations'],
      params: IdParams,
      body: UpdateOrganisation,
      response: responses({ 200: Organisation }),
    },
    handler: async (request) => updateOrganisation(database.db, actorOf(request), request.params.id, request.body),
  });
}
