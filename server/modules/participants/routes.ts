import { Type } from 'typebox';
import type { App, Deps } from '../../lib/http/app-type.ts';
import { actorOf } from '../../lib/http/authenticate.ts';
import { IdParams, responses } from '../../lib/http/responses.ts';
import { createConsent, listConsents, listEngagements, withdrawConsent } from './relations.ts';
import {
  Consent,
  ConsentParams,
  CreateConsent,
  CreateParticipant,
  Engagement,
  ListQuery,
  ParticipantDetail,
  ParticipantSummary,
} from './schema.ts';
import { createParticipant, getParticipant, listParticipants } from './service.ts';

export function participantRoutes(app: App, { database }: Deps) {
  const db = database.db;

  app.get('/api/participants', {
    config: { policy: 'participant.list' },
    schema: {
      summary: 'Participants whose identity the user may see',
      tags: ['participants'],
      querystring: ListQuery,
      response: responses({ 200: Type.Object({ items: Type.Array(ParticipantSummary), total: Type.Integer() }) }),
    },
    handler: async (request) => listParticipants(db, actorOf(request), request.query),
  });

  app.post('/api/participants', {
    config: { policy: 'participant.create' },
    schema: {
      summary: 'Register a participant',
      tags: ['participants'],
      body: CreateParticipant,
      response: responses({ 201: Type.Object({ participant: ParticipantDetail }) }),
    },
    handler: async (request, reply) => reply.status(201).send({ participant: await createParticipant(db, actorOf(request), request.body) }),
  });

  app.get('/api/participants/:id', {
    config: { policy: 'participant.read' },
    schema: { summary: 'One participant', tags: ['participants'], params: IdParams, response: responses({ 200: ParticipantDetail }) },
    handler: async (request) => getParticipant(db, actorOf(request), request.params.id),
  });

  app.get('/api/participants/:id/engagements', {
    config: { policy: 'engagement.read' },
    schema: {
      summary: 'Organisations working with the participant',
      tags: ['participants'],
      params: IdParams,
      response: responses({ 200: Type.Object({ items: Type.Array(Engagement) }) }),
    },
    handler: async (request) => listEngagements(db, actorOf(request), request.params.id),
  });

  app.get('/api/participants/:id/consents', {
    config: { policy: 'consent.read' },
    schema: {
      summary: 'The participant’s consents and their history',
      tags: ['consents'],
      params: IdParams,
      response: responses({ 200: Type.Object({ items: Type.Array(Consent) }) }),
    },
    handler: async (request) => listConsents(db, actorOf(request), request.params.id),
  });

  app.post('/api/participants/:id/consents', {
    config: { policy: 'consent.create' },
    schema: {
      summary: 'Give (participant) or record from paper (caseworker) a consent',
      tags: ['consents'],
      params: IdParams,
      body: CreateConsent,
      response: responses({ 201: Type.Object({ consent: Consent }) }),
    },
    handler: async (request, reply) => reply.status(201).send(await createConsent(db, actorOf(request), request.params.id, request.body)),
  });

  app.post('/api/participants/:id/consents/:consentId/withdraw', {
    config: { policy: 'consent.withdraw' },
    schema: {
      summary: 'Withdraw a consent, at once',
      tags: ['consents'],
      params: ConsentParams,
      response: responses({ 200: Type.Object({ consent: Consent }) }),
    },
    handler: async (request) => withdrawConsent(db, actorOf(request), request.params.id, request.params.consentId),
  });
}
