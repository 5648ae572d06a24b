import { Type } from 'typebox';
import type { App, Deps } from '../../lib/http/app-type.ts';
import { actorOf } from '../../lib/http/authenticate.ts';
import { IdParams, responses } from '../../lib/http/responses.ts';
import { createConsent, listConsents, listEngagements, withdrawConsent } from './relations.ts';
import {
  Caseworker,
  ChangeCaseworker,
  Consent,
  ConsentEvent,
  ConsentParams,
  EndEngagement,
  EngagementParams,
  SearchParticipants,
  SearchResult,
  StartEngagement,
  UpdateParticipant,
  CreateConsent,
  CreateParticipant,
  Engagement,
  ListQuery,
  ParticipantDetail,
  ParticipantListItem,
} from './schema.ts';
import { changeCaseworker, endEngagement, listCaseworkers, startEngagement } from './engagements.ts';
import { searchParticipants } from './search.ts';
import { createParticipant, getParticipant, listParticipants, updateParticipant } from './service.ts';

export function participantRoutes(app: App, { database }: Deps) {
  const db = database.db;

  app.get('/api/participants', {
    config: { policy: 'participant.list' },
    schema: {
      summary: 'Participants whose identity the user may see',
      tags: ['participants'],
      querystring: ListQuery,
      response: responses({ 200: Type.Object({ items: Type.Array(ParticipantListItem), total: Type.Integer() }) }),
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
      response: responses({ 200: Type.Object({ items: Type.Array(Consent), history: Type.Array(ConsentEvent) }) }),
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

  app.post('/api/participants/search', {
    config: { policy: 'participant.search' },
    schema: {
      summary: 'Search before registering: by personal number, or name and birth date (in the body, never the URL)',
      tags: ['participants'],
      body: SearchParticipants,
      response: responses({ 200: SearchResult }),
    },
    handler: async (request) => searchParticipants(db, actorOf(request), request.body),
  });

  app.patch('/api/participants/:id', {
    config: { policy: 'participant.update' },
    schema: {
      summary: 'Change contact data, language, interpreter need or protected identity (409 on a stale version)',
      tags: ['participants'],
      params: IdParams,
      body: UpdateParticipant,
      response: responses({ 200: ParticipantDetail }),
    },
    handler: async (request) => updateParticipant(db, actorOf(request), request.params.id, request.body),
  });

  app.get('/api/engagements/caseworkers', {
    config: { policy: 'engagement.manage' },
    schema: {
      summary: 'Who in the own organisation may be the responsible caseworker',
      tags: ['participants'],
      response: responses({ 200: Type.Object({ items: Type.Array(Caseworker) }) }),
    },
    handler: async (request) => listCaseworkers(db, actorOf(request)),
  });

  app.post('/api/engagements', {
    config: { policy: 'engagement.manage' },
    schema: {
      summary: 'Start the own organisation’s work with a person (by id, or by personal number in the body)',
      tags: ['participants'],
      body: StartEngagement,
      response: responses({ 201: Type.Object({ participantId: Type.String(), engagement: Engagement }) }),
    },
    handler: async (request, reply) => reply.status(201).send(await startEngagement(db, actorOf(request), request.body)),
  });

  app.post('/api/engagements/:engagementId/end', {
    config: { policy: 'engagement.manage' },
    schema: {
      summary: 'End the own organisation’s engagement',
      tags: ['participants'],
      params: EngagementParams,
      body: EndEngagement,
      response: responses({ 200: Type.Object({ engagement: Engagement }) }),
    },
    handler: async (request) => endEngagement(db, actorOf(request), request.params.engagementId, request.body),
  });

  app.patch('/api/engagements/:engagementId', {
    config: { policy: 'engagement.manage' },
    schema: {
      summary: 'Change the responsible caseworker of the own organisation’s engagement',
      tags: ['participants'],
      params: EngagementParams,
      body: ChangeCaseworker,
      response: responses({ 200: Type.Object({ engagement: Engagement }) }),
    },
    handler: async (request) => changeCaseworker(db, actorOf(request), request.params.engagementId, request.body),
  });
}
