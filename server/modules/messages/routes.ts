import { Type } from 'typebox';
import type { App, Deps } from '../../lib/http/app-type.ts';
import { actorOf } from '../../lib/http/authenticate.ts';
import { IdParams, responses } from '../../lib/http/responses.ts';
import { CreateThread, MessagesView, PostMessage, SetDone, Thread, ThreadRef } from './schema.ts';
import { createThread, listThreads, markThreadRead, postMessage, setThreadDone } from './service.ts';

// The thread's id travels in the body, not the path: one path shape per participant keeps the access rules uniform.
export function messageRoutes(app: App, { database }: Deps) {
  const db = database.db;

  app.get('/api/participants/:id/messages', {
    config: { policy: 'message.read' },
    schema: {
      summary: 'Message threads about the participant that the user takes part in',
      tags: ['messages'],
      params: IdParams,
      response: responses({ 200: MessagesView }),
    },
    handler: async (request) => listThreads(db, actorOf(request), request.params.id),
  });

  app.post('/api/participants/:id/messages/threads', {
    config: { policy: 'message.write' },
    schema: {
      summary: 'Start a thread with its first message (optionally a question to one organisation)',
      tags: ['messages'],
      params: IdParams,
      body: CreateThread,
      response: responses({ 201: Type.Object({ thread: Thread }) }),
    },
    handler: async (request, reply) => reply.status(201).send(await createThread(db, actorOf(request), request.params.id, request.body)),
  });

  app.post('/api/participants/:id/messages', {
    config: { policy: 'message.write' },
    schema: {
      summary: 'Write in a thread; may ask a question, or answer one put to the own organisation',
      tags: ['messages'],
      params: IdParams,
      body: PostMessage,
      response: responses({ 201: Type.Object({ thread: Thread }) }),
    },
    handler: async (request, reply) => reply.status(201).send(await postMessage(db, actorOf(request), request.params.id, request.body)),
  });

  app.post('/api/participants/:id/messages/read', {
    config: { policy: 'message.read' },
    schema: {
      summary: 'Record that the user’s organisation (or the participant) has read a thread: the read receipts',
      tags: ['messages'],
      params: IdParams,
      body: ThreadRef,
      response: responses({ 200: Type.Object({ thread: Thread }) }),
    },
    handler: async (request) => markThreadRead(db, actorOf(request), request.params.id, request.body.threadId),
  });

  app.post('/api/participants/:id/messages/done', {
    config: { policy: 'message.close' },
    schema: {
      summary: 'Mark a thread done, or open it again (409 when it already is)',
      tags: ['messages'],
      params: IdParams,
      body: SetDone,
      response: responses({ 200: Type.Object({ thread: Thread }) }),
    },
    handler: async (request) => setThreadDone(db, actorOf(request), request.params.id, request.body),
  });
}
