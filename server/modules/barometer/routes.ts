import type { App, Deps } from '../../lib/http/app-type.ts';
import { actorOf } from '../../lib/http/authenticate.ts';
import { IdParams, responses } from '../../lib/http/responses.ts';
import { answerSurvey, openSurveys } from './answers.ts';
import { surveyResults } from './read-results.ts';
import { AnswerSurvey, Answered, CreateSurvey, OpenSurveys, Survey, SurveyList, SurveyResults, UpdateSurvey } from './schema.ts';
import { createSurvey, listSurveys, updateSurvey } from './service.ts';

/**
 * The collaboration barometer (samverkansbarometern): anonymous rounds for staff or for participants, answered by any
 * signed-in user of the round's audience (the service checks which), read in aggregate by the governance level.
 */
export function barometerRoutes(app: App, { database }: Deps) {
  const db = database.db;
  const tags = ['governance'];

  app.get('/api/barometer/surveys', {
    config: { policy: 'governance.read' },
    schema: {
      summary: 'The barometer rounds, newest first, each with its number of answers',
      tags,
      response: responses({ 200: SurveyList }),
    },
    handler: async (request) => listSurveys(db, actorOf(request)),
  });

  app.post('/api/barometer/surveys', {
    config: { policy: 'governance.manage' },
    schema: {
      summary: 'Open a round for staff or participants; without statements it asks the default ones',
      tags,
      body: CreateSurvey,
      response: responses({ 201: Survey }),
    },
    handler: async (request, reply) => reply.code(201).send(await createSurvey(db, actorOf(request), request.body)),
  });

  app.put('/api/barometer/surveys/:id', {
    config: { policy: 'governance.manage' },
    schema: {
      summary: 'Change a round (409 on a stale version); a closed round keeps its days, an answered one its statements',
      tags,
      params: IdParams,
      body: UpdateSurvey,
      response: responses({ 200: Survey }),
    },
    handler: async (request) => updateSurvey(db, actorOf(request), request.params.id, request.body),
  });

  app.get('/api/barometer/open', {
    config: { policy: 'session.read' },
    schema: {
      summary: 'The rounds the signed-in user may answer today: their audience, open in Sweden, not yet answered',
      tags,
      response: responses({ 200: OpenSurveys }),
    },
    handler: async (request) => openSurveys(db, actorOf(request)),
  });

  app.post('/api/barometer/surveys/:id/responses', {
    config: { policy: 'session.read' },
    schema: {
      summary: 'Answer a round anonymously, once (409 the second time; 403 for a round of the other audience)',
      tags,
      params: IdParams,
      body: AnswerSurvey,
      response: responses({ 201: Answered }),
    },
    handler: async (request, reply) => reply.code(201).send(await answerSurvey(db, actorOf(request), request.params.id, request.body)),
  });

  app.get('/api/barometer/surveys/:id/results', {
    config: { policy: 'governance.read' },
    schema: {
      summary: 'A round’s results once it has closed, per organisation and in total with small groups suppressed, and the trend',
      tags,
      params: IdParams,
      response: responses({ 200: SurveyResults }),
    },
    handler: async (request) => surveyResults(db, actorOf(request), request.params.id),
  });
}
