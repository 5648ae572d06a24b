import { Type } from 'typebox';
import type { App, Deps } from '../../lib/http/app-type.ts';
import { actorOf } from '../../lib/http/authenticate.ts';
import { sendAttachment } from '../../lib/http/files.ts';
import { oneOf } from '../../lib/http/enum.ts';
import { IdParams, responses } from '../../lib/http/responses.ts';
import { PdfFile } from '../documents/schema.ts';
import { recordDecision } from './decisions.ts';
import { getDocument, uploadDocument } from './documents.ts';
import { renderMinutes } from './minutes-pdf.ts';
import { decisionLog, getMeeting, listMeetings } from './read.ts';
import {
  CreateItem,
  CreateMeeting,
  DecisionLog,
  DecisionLogQuery,
  DocumentParams,
  Meeting,
  MeetingList,
  RecordDecision,
  UpdateItem,
  UpdateMeeting,
  UploadDocument,
} from './schema.ts';
import { createItem, createMeeting, updateItem, updateMeeting } from './write.ts';

const MinutesQuery = Type.Object({ language: Type.Optional(oneOf(['sv', 'en', 'ar'] as const)) }, { additionalProperties: false });
const AnyFile = {
  description: 'The document as it was sent',
  content: { 'application/octet-stream': { schema: Type.String({ format: 'binary' }) } },
};

/** Board and preparation-group meetings: agendas, material with its deadline, decisions and their log, minutes. */
export function meetingRoutes(app: App, { database }: Deps) {
  const db = database.db;
  const tags = ['governance'];

  app.get('/api/meetings', {
    config: { policy: 'governance.read' },
    schema: {
      summary: 'Meetings of the board and the preparation group, with late material counted',
      tags,
      response: responses({ 200: MeetingList }),
    },
    handler: async (request) => listMeetings(db, actorOf(request)),
  });

  app.post('/api/meetings', {
    config: { policy: 'governance.manage' },
    schema: { summary: 'Plan a meeting with its deadline for material', tags, body: CreateMeeting, response: responses({ 201: Meeting }) },
    handler: async (request, reply) => reply.code(201).send(await createMeeting(db, actorOf(request), request.body)),
  });

  app.get('/api/meetings/:id', {
    config: { policy: 'governance.read' },
    schema: {
      summary: 'A meeting with its agenda: each item with its documents, whether the material came in time, and its decision',
      tags,
      params: IdParams,
      response: responses({ 200: Meeting }),
    },
    handler: async (request) => getMeeting(db, actorOf(request), request.params.id),
  });

  app.put('/api/meetings/:id', {
    config: { policy: 'governance.manage' },
    schema: {
      summary: 'Change a meeting (409 on a stale version)',
      tags,
      params: IdParams,
      body: UpdateMeeting,
      response: responses({ 200: Meeting }),
    },
    handler: async (request) => updateMeeting(db, actorOf(request), request.params.id, request.body),
  });

  app.get('/api/meetings/:id/minutes.pdf', {
    config: { policy: 'governance.read' },
    schema: {
      summary: 'The minutes (protokoll) as a PDF in the chosen language',
      tags,
      params: IdParams,
      querystring: MinutesQuery,
      response: responses({ 200: PdfFile as never }),
    },
    handler: async (request, reply) => {
      const meeting = await getMeeting(db, actorOf(request), request.params.id);
      const pdf = await renderMinutes(meeting, request.query.language ?? 'sv');
      return sendAttachment(reply, 'application/pdf', `kitt-protokoll-${meeting.startsAt.slice(0, 10)}.pdf`, pdf);
    },
  });

  app.post('/api/meetings/:id/items', {
    config: { policy: 'governance.manage' },
    schema: { summary: 'Add an item to the agenda', tags, params: IdParams, body: CreateItem, response: responses({ 201: Meeting }) },
    handler: async (request, reply) => reply.code(201).send(await createItem(db, actorOf(request), request.params.id, request.body)),
  });

  app.put('/api/agenda-items/:id', {
    config: { policy: 'governance.manage' },
    schema: {
      summary: 'Change an agenda item (409 on a stale version)',
      tags,
      params: IdParams,
      body: UpdateItem,
      response: responses({ 200: Meeting }),
    },
    handler: async (request) => updateItem(db, actorOf(request), request.params.id, request.body),
  });

  app.post('/api/agenda-items/:id/documents', {
    config: { policy: 'governance.manage' },
    bodyLimit: 8 * 1024 * 1024,
    schema: {
      summary: 'Send a document out with an agenda item (base64, at most 5 MB); when it is sent decides whether the material was late',
      tags,
      params: IdParams,
      body: UploadDocument,
      response: responses({ 201: Meeting }),
    },
    handler: async (request, reply) => reply.code(201).send(await uploadDocument(db, actorOf(request), request.params.id, request.body)),
  });

  app.get('/api/agenda-items/:id/documents/:documentId', {
    config: { policy: 'governance.read' },
    schema: {
      summary: 'Download a document of an agenda item',
      tags,
      params: DocumentParams,
      response: responses({ 200: AnyFile as never }),
    },
    handler: async (request, reply) => {
      const document = await getDocument(db, actorOf(request), request.params.id, request.params.documentId);
      const safeName = document.fileName.replace(/[^\p{L}\p{N}._ -]/gu, '_');
      return reply
        .header('content-type', document.mediaType)
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(safeName)}`)
        .header('x-content-type-options', 'nosniff')
        .send(document.content);
    },
  });

  app.post('/api/agenda-items/:id/decision', {
    config: { policy: 'governance.manage' },
    schema: {
      summary: "Record the board's decision on an item, moving its initiative and allocating money in the same transaction",
      tags,
      params: IdParams,
      body: RecordDecision,
      response: responses({ 201: Meeting }),
    },
    handler: async (request, reply) => reply.code(201).send(await recordDecision(db, actorOf(request), request.params.id, request.body)),
  });

  app.get('/api/decisions', {
    config: { policy: 'governance.read' },
    schema: {
      summary: 'The decision log: every decision with its meeting and what it changed, by initiative if asked',
      tags,
      querystring: DecisionLogQuery,
      response: responses({ 200: DecisionLog }),
    },
    handler: async (request) => decisionLog(db, actorOf(request), request.query.initiativeId),
  });
}
