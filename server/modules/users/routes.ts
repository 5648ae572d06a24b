import { Type } from 'typebox';
import type { App, Deps } from '../../lib/http/app-type.ts';
import { actorOf } from '../../lib/http/authenticate.ts';
import { IdParams, responses } from '../../lib/http/responses.ts';
import { CreateUser, UpdateUser, User } from './schema.ts';
import { createUser, listUsers, updateUser } from './service.ts';

export function userRoutes(app: App, { database }: Deps) {
  app.get('/api/admin/users', {
    config: { policy: 'user.list' },
    schema: {
      summary: 'Accounts of the collaboration area',
      tags: ['users'],
      response: responses({ 200: Type.Object({ items: Type.Array(User) }) }),
    },
    handler: async (request) => ({ items: await listUsers(database.db, actorOf(request)) }),
  });

  app.post('/api/admin/users', {
    config: { policy: 'user.manage' },
    schema: { summary: 'Create an account', tags: ['users'], body: CreateUser, response: responses({ 201: User }) },
    handler: async (request, reply) => reply.status(201).send(await createUser(database.db, actorOf(request), request.body)),
  });

  app.patch('/api/admin/users/:id', {
    config: { policy: 'user.manage' },
    schema: {
      summary: 'Change roles, organisation, name or active state of an account',
      tags: ['users'],
      params: IdParams,
      body: UpdateUser,
      response: responses({ 200: User }),
    },
    handler: async (request) => updateUser(database.db, actorOf(request), request.params.id, request.body),
  });
}
