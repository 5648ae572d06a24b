import { Type } from 'typebox';
import type { App, Deps } from '../../lib/http/app-type.ts';
import { actorOf } from '../../lib/http/authenticate.ts';
import { IdParams, responses } from '../../lib/http/responses.ts';
import { MEETING_WARNINGS } from '../../../common/intake.ts';
import { oneOf } from '../../lib/http/enum.ts';
import { answerInvitation, listIntakes } from './overview.ts';
import {
  AnswerInvitation,
  BookMeeting,
  CancelMeeting,
  IntakeOverview,
  IntakeView,
  MarkHeld,
  RescheduleMeeting,
  SetHousingDate,
  WriteSection,
  type SectionInput,
} from './schema.ts';
import { bookMeeting, cancelMeeting, markMeetingHeld, rescheduleMeeting } from './meetings.ts';
import { getIntake, setHousingDate, writeSection } from './service.ts';

const MeetingResult = Type.Object({ meetingId: Type.String(), warnings: Type.Array(oneOf(MEETING_WARNINGS)) });

export function intakeRoutes(app: App, { database }: Deps) {
  const db = database.db;
  const tags = ['intake'];

  app.get('/api/intakes', {
    config: { policy: 'intake.list' },
    schema: {
      summary: 'Joint intakes near their window, and invitations to my organisation',
      tags,
      response: responses({ 200: IntakeOverview }),
    },
    handler: async (request) => listIntakes(db, actorOf(request)),
  });

  app.post('/api/intake-invitations/answer', {
    config: { policy: 'intake.answer' },
    schema: {
      summary: 'Accept or decline a joint intake invitation for my organisation',
      tags,
      body: AnswerInvitation,
      response: responses({
        200: Type.Object({ meetingId: Type.String(), answer: Type.String(), answeredAt: Type.String() }),
      }),
    },
    handler: async (request) => answerInvitation(db, actorOf(request), request.body),
  });

  app.get('/api/participants/:id/intake', {
    config: { policy: 'intake.read' },
    schema: {
      summary: 'The joint intake: window, proposed days, meetings, and the intake record',
      tags,
      params: IdParams,
      response: responses({ 200: IntakeView }),
    },
    handler: async (request) => getIntake(db, actorOf(request), request.params.id),
  });

  app.put('/api/participants/:id/intake', {
    config: { policy: 'intake.manage' },
    schema: {
      summary: 'Set the date the person got housing in the municipality',
      tags,
      params: IdParams,
      body: SetHousingDate,
      response: responses({ 200: Type.Object({ housingDate: Type.String(), version: Type.Integer() }) }),
    },
    handler: async (request) => setHousingDate(db, actorOf(request), request.params.id, request.body),
  });

  app.post('/api/participants/:id/intake/meetings', {
    config: { policy: 'intake.manage' },
    schema: {
      summary: 'Book the joint intake meeting and invite organisations',
      tags,
      params: IdParams,
      body: BookMeeting,
      response: responses({ 201: MeetingResult }),
    },
    handler: async (request, reply) => reply.status(201).send(await bookMeeting(db, actorOf(request), request.params.id, request.body)),
  });

  app.post('/api/participants/:id/intake/meetings/reschedule', {
    config: { policy: 'intake.manage' },
    schema: {
      summary: 'Move the booked joint intake meeting (answers go back to pending)',
      tags,
      params: IdParams,
      body: RescheduleMeeting,
      response: responses({ 200: MeetingResult }),
    },
    handler: async (request) => rescheduleMeeting(db, actorOf(request), request.params.id, request.body),
  });

  app.post('/api/participants/:id/intake/meetings/cancel', {
    config: { policy: 'intake.manage' },
    schema: {
      summary: 'Cancel the booked joint intake meeting, with a reason',
      tags,
      params: IdParams,
      body: CancelMeeting,
      response: responses({ 200: MeetingResult }),
    },
    handler: async (request) => cancelMeeting(db, actorOf(request), request.params.id, request.body),
  });

  app.post('/api/participants/:id/intake/meetings/held', {
    config: { policy: 'intake.manage' },
    schema: {
      summary: 'Record that the booked joint intake meeting took place, and on which day',
      tags,
      params: IdParams,
      body: MarkHeld,
      response: responses({ 200: MeetingResult }),
    },
    handler: async (request) => markMeetingHeld(db, actorOf(request), request.params.id, request.body),
  });

  app.put('/api/participants/:id/intake/sections', {
    config: { policy: 'intake.write' },
    schema: {
      summary: 'Write one section of the intake record (the health section needs consent for health)',
      tags,
      params: IdParams,
      body: WriteSection,
      response: responses({ 200: Type.Object({ kind: Type.String(), version: Type.Integer() }) }),
    },
    handler: async (request) => writeSection(db, actorOf(request), request.params.id, request.body as SectionInput),
  });
}
