import { Type } from 'typebox';
import type { App, Deps } from '../../lib/http/app-type.ts';
import { actorOf } from '../../lib/http/authenticate.ts';
import { IdParams, responses } from '../../lib/http/responses.ts';
import { followUpDays, listFollowUps, recordFollowUp, setFollowUpDays } from './follow-up-service.ts';
import {
  CorrectSituationBody,
  EndParticipationBody,
  Ended,
  FollowUp,
  FollowUpDays,
  FollowUpList,
  FollowUpsQuery,
  ParticipationList,
  RecordFollowUpBody,
  Started,
  StartFromReferralBody,
} from './schema.ts';
import { endWithOutcome, startFromReferral } from '../referrals/participation.ts';
import { correctSituation, participationsOf } from './service.ts';

export function participationRoutes(app: App, { database }: Deps) {
  const db = database.db;

  app.get('/api/participants/:id/participations', {
    config: { policy: 'participation.read' },
    schema: {
      summary: 'The person’s participations with the situation at start and end and the follow-ups after it',
      tags: ['participations'],
      params: IdParams,
      response: responses({ 200: ParticipationList }),
    },
    handler: async (request) => participationsOf(db, actorOf(request), request.params.id),
  });

  app.post('/api/referrals/:id/participation', {
    config: { policy: 'participation.write' },
    schema: {
      summary: 'Start the person in an accepted referral’s intervention (the provider): a participation and a plan activity',
      tags: ['participations'],
      params: IdParams,
      body: StartFromReferralBody,
      response: responses({ 201: Started }),
    },
    handler: async (request, reply) => reply.code(201).send(await startFromReferral(db, actorOf(request), request.params.id, request.body)),
  });

  app.post('/api/participations/:id/end', {
    config: { policy: 'participation.write' },
    schema: {
      summary: 'End a participation with the reason and the situation at end (the provider); its referral ends too',
      tags: ['participations'],
      params: IdParams,
      body: EndParticipationBody,
      response: responses({ 200: Ended }),
    },
    handler: async (request) => endWithOutcome(db, actorOf(request), request.params.id, request.body),
  });

  app.put('/api/participations/:id/situation', {
    config: { policy: 'participation.write' },
    schema: {
      summary: 'Correct the situation at start or at end (the provider; 409 on a stale version)',
      tags: ['participations'],
      params: IdParams,
      body: CorrectSituationBody,
      response: responses({ 200: Type.Object({ id: Type.String(), version: Type.Integer() }) }),
    },
    handler: async (request) => correctSituation(db, actorOf(request), request.params.id, request.body),
  });

  app.get('/api/follow-ups', {
    config: { policy: 'participation.write' },
    schema: {
      summary: 'The organisation’s follow-ups after ended participations, by state, with counts and missed ones',
      tags: ['participations'],
      querystring: FollowUpsQuery,
      response: responses({ 200: FollowUpList }),
    },
    handler: async (request) => listFollowUps(db, actorOf(request), request.query.state),
  });

  app.post('/api/follow-ups/:id', {
    config: { policy: 'participation.write' },
    schema: {
      summary: 'Record a follow-up: the situation then, or that the person could not be reached (once)',
      tags: ['participations'],
      params: IdParams,
      body: RecordFollowUpBody,
      response: responses({ 200: FollowUp }),
    },
    handler: async (request) => recordFollowUp(db, actorOf(request), request.params.id, request.body),
  });

  app.get('/api/settings/follow-up-days', {
    config: { policy: 'organisation.manage' },
    schema: {
      summary: 'The area’s follow-up points, in days after a participation ends',
      tags: ['participations'],
      response: responses({ 200: FollowUpDays }),
    },
    handler: async (request) => followUpDays(db, actorOf(request)),
  });

  app.put('/api/settings/follow-up-days', {
    config: { policy: 'organisation.manage' },
    schema: {
      summary: 'Set the follow-up points: 1–4, each 1–730 days, increasing; existing follow-ups keep their dates',
      tags: ['participations'],
      body: FollowUpDays,
      response: responses({ 200: FollowUpDays }),
    },
    handler: async (request) => setFollowUpDays(db, actorOf(request), request.body.days),
  });
}
