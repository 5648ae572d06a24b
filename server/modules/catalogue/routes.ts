import { Type } from 'typebox';
import type { App, Deps } from '../../lib/http/app-type.ts';
import { actorOf } from '../../lib/http/authenticate.ts';
import { IdParams, responses, Uuid } from '../../lib/http/responses.ts';
import { MEDIA, sendAttachment } from '../../lib/http/files.ts';
import { catalogueCsv, catalogueXlsx } from './export.ts';
import { hsdsService } from './hsds.ts';
import {
  CataloguePage,
  CatalogueQuery,
  ContractOptions,
  CreateIntervention,
  CsvFile,
  ExportQuery,
  HsdsFile,
  Intervention,
  UpdateIntervention,
  XlsxFile,
} from './schema.ts';
import { allInterventions, contractOptions, createIntervention, getIntervention, searchCatalogue, updateIntervention } from './service.ts';

export function catalogueRoutes(app: App, { database }: Deps) {
  const db = database.db;

  app.get('/api/catalogue', {
    config: { policy: 'catalogue.read' },
    schema: {
      summary: 'Search the interventions of every organisation; with eligibleFor, each one’s eligibility for that person',
      tags: ['catalogue'],
      querystring: CatalogueQuery,
      response: responses({ 200: CataloguePage }),
    },
    handler: async (request) => searchCatalogue(db, actorOf(request), request.query),
  });

  app.get('/api/catalogue/hsds', {
    config: { policy: 'catalogue.export' },
    schema: {
      summary: 'The catalogue as HSDS 3.0 (Open Referral) service records',
      tags: ['catalogue'],
      querystring: ExportQuery,
      response: responses({ 200: HsdsFile as never }),
    },
    handler: async (request, reply) => {
      const items = await allInterventions(db, actorOf(request));
      const records = items.map((item) => hsdsService(item, request.query.language ?? 'sv'));
      return reply
        .header('content-type', 'application/json; charset=utf-8')
        .header('content-disposition', 'attachment; filename="kitt-catalogue-hsds-3.0.json"')
        .send(JSON.stringify(records));
    },
  });

  app.get('/api/catalogue/export.csv', {
    config: { policy: 'catalogue.export' },
    schema: {
      summary: 'The catalogue as CSV, headers in the chosen language',
      tags: ['catalogue'],
      querystring: ExportQuery,
      response: responses({ 200: CsvFile as never }),
    },
    handler: async (request, reply) => {
      const items = await allInterventions(db, actorOf(request));
      return sendAttachment(reply, MEDIA.csv, 'kitt-catalogue.csv', catalogueCsv(items, request.query.language ?? 'sv'));
    },
  });

  app.get('/api/catalogue/export.xlsx', {
    config: { policy: 'catalogue.export' },
    schema: {
      summary: 'The catalogue as an XLSX workbook, headers in the chosen language',
      tags: ['catalogue'],
      querystring: ExportQuery,
      response: responses({ 200: XlsxFile as never }),
    },
    handler: async (request, reply) => {
      const items = await allInterventions(db, actorOf(request));
      return sendAttachment(reply, MEDIA.xlsx, 'kitt-catalogue.xlsx', await catalogueXlsx(items, request.query.language ?? 'sv'));
    },
  });

  app.get('/api/catalogue/contract-options', {
    config: { policy: 'catalogue.manage' },
    schema: {
      summary: 'Contracts an organisation’s interventions may be linked to (it is their supplier)',
      tags: ['catalogue'],
      querystring: Type.Object({ organisationId: Type.Optional(Uuid()) }, { additionalProperties: false }),
      response: responses({ 200: ContractOptions }),
    },
    handler: async (request) => contractOptions(db, actorOf(request), request.query.organisationId),
  });

  app.get('/api/catalogue/:id', {
    config: { policy: 'catalogue.read' },
    schema: {
      summary: 'One intervention; with eligibleFor, its eligibility for that person',
      tags: ['catalogue'],
      params: IdParams,
      querystring: Type.Object({ eligibleFor: Type.Optional(Uuid()) }, { additionalProperties: false }),
      response: responses({ 200: Intervention }),
    },
    handler: async (request) => getIntervention(db, actorOf(request), request.params.id, request.query.eligibleFor),
  });

  app.post('/api/catalogue', {
    config: { policy: 'catalogue.manage' },
    schema: {
      summary: 'Publish an intervention for the own organisation',
      tags: ['catalogue'],
      body: CreateIntervention,
      response: responses({ 201: Intervention }),
    },
    handler: async (request, reply) => reply.code(201).send(await createIntervention(db, actorOf(request), request.body)),
  });

  app.put('/api/catalogue/:id', {
    config: { policy: 'catalogue.manage' },
    schema: {
      summary: 'Change one of the own organisation’s interventions (version for optimistic locking)',
      tags: ['catalogue'],
      params: IdParams,
      body: UpdateIntervention,
      response: responses({ 200: Intervention }),
    },
    handler: async (request) => updateIntervention(db, actorOf(request), request.params.id, request.body),
  });
}
