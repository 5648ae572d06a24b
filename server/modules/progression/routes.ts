import { Type } from 'typebox';
import type { App, Deps } from '../../lib/http/app-type.ts';
import { actorOf } from '../../lib/http/authenticate.ts';
import { IdParams, responses } from '../../lib/http/responses.ts';
import { CreateProgressionEntry, EntryParams, ProgressionEntry, ProgressionTimeline, UpdateProgressionEntry } from './schema.ts';
import { changeEntry, getTimeline, recordEntry } from './service.ts';

export function progressionRoutes(app: App, { database }: Deps) {
  const db = database.db;

  app.get('/api/participants/:id/progression', {
    config: { policy: 'progression.read' },
    schema: {
      summary: 'The participant’s progression timeline: SFI, civic orientation, validation, placements, work and studies',
      tags: ['progression'],
      params: IdParams,
      response: responses({ 200: ProgressionTimeline }),
    },
    handler: async (request) => getTimeline(db, actorOf(request), request.params.id),
  });

  app.post('/api/participants/:id/progression', {
    config: { policy: 'progression.write' },
    schema: {
      summary: 'Record a step on the timeline, with the user’s organisation as its source',
      tags: ['progression'],
      params: IdParams,
      body: CreateProgressionEntry,
      response: responses({ 201: Type.Object({ entry: ProgressionEntry }) }),
    },
    handler: async (request, reply) => reply.status(201).send(await recordEntry(db, actorOf(request), request.params.id, request.body)),
  });

  app.patch('/api/participants/:id/progression/:entryId', {
    config: { policy: 'progression.write' },
    schema: {
      summary: 'Correct an entry (its source organisation only), on the version it was read at',
      tags: ['progression'],
      params: EntryParams,
      body: UpdateProgressionEntry,
      response: responses({ 200: Type.Object({ entry: ProgressionEntry }) }),
    },
    handler: async (request) => changeEntry(db, actorOf(request), request.params.id, request.params.entryId, request.body),
  });
}
