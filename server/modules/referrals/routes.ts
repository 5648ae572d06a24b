import type { App, Deps } from '../../lib/http/app-type.ts';
import { actorOf } from '../../lib/http/authenticate.ts';
import { IdParams, responses } from '../../lib/http/responses.ts';
import {
  Box,
  BoxQuery,
  Created,
  CreateReferral,
  OptionsParams,
  ParticipantReferrals,
  ReferralActionParams,
  ReferralOptions,
  ReferralTransition,
  Transitioned,
} from './schema.ts';
import { referralBox, referralOptions, referralsOfParticipant } from './lists.ts';
import { createReferral, transitionReferral } from './service.ts';

export function referralRoutes(app: App, { database }: Deps) {
  const db = database.db;

  app.get('/api/participants/:id/referrals', {
    config: { policy: 'referral.read' },
    schema: {
      summary: 'The person’s referrals: all sent ones for the person, those of the own organisation for staff',
      tags: ['referrals'],
      params: IdParams,
      response: responses({ 200: ParticipantReferrals }),
    },
    handler: async (request) => referralsOfParticipant(db, actorOf(request), request.params.id),
  });

  app.get('/api/participants/:id/referral-options/:interventionId', {
    config: { policy: 'referral.create' },
    schema: {
      summary: 'Per data category, whether the person has consented to share it with the intervention’s provider',
      tags: ['referrals'],
      params: OptionsParams,
      response: responses({ 200: ReferralOptions }),
    },
    handler: async (request) => referralOptions(db, actorOf(request), request.params.id, request.params.interventionId),
  });

  app.post('/api/participants/:id/referrals', {
    config: { policy: 'referral.create' },
    schema: {
      summary: 'Refer the person to an intervention: a draft, or sent (consent per shared category; warnings confirmed)',
      tags: ['referrals'],
      params: IdParams,
      body: CreateReferral,
      response: responses({ 201: Created }),
    },
    handler: async (request, reply) =>
      reply
        .code(201)
        .send(await createReferral(db, actorOf(request), request.params.id, { note: null, confirmWarnings: false, ...request.body })),
  });

  app.get('/api/referrals/box', {
    config: { policy: 'referral.respond' },
    schema: {
      summary: 'The organisation’s referrals: incoming to answer, or outgoing to follow',
      tags: ['referrals'],
      querystring: BoxQuery,
      response: responses({ 200: Box }),
    },
    handler: async (request) => referralBox(db, actorOf(request), request.query.box ?? 'incoming'),
  });

  app.post('/api/referrals/:id/:action', {
    config: { policy: 'referral.respond' },
    schema: {
      summary: 'Move a referral: send or withdraw (the sender), accept, decline or waitlist (the provider)',
      tags: ['referrals'],
      params: ReferralActionParams,
      body: ReferralTransition,
      response: responses({ 200: Transitioned }),
    },
    handler: async (request) => transitionReferral(db, actorOf(request), request.params.id, request.params.action, request.body),
  });
}
