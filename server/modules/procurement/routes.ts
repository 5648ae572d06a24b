import type { App, Deps } from '../../lib/http/app-type.ts';
import { actorOf } from '../../lib/http/authenticate.ts';
import { IdParams, responses } from '../../lib/http/responses.ts';
import { createPurchase, listPurchases, updatePurchase } from './purchases.ts';
import {
  Contract,
  ContractList,
  CreateContract,
  CreatePurchase,
  Purchase,
  PurchaseList,
  PurchaseQuery,
  UpdateContract,
  UpdatePurchase,
  Workplaces,
} from './schema.ts';
import { createContract, listContracts, updateContract } from './service.ts';
import { employerWorkplaces } from './workplaces.ts';

/** The municipality's three roles: procurer (contracts), employer (workplaces) and customer of social enterprises. */
export function procurementRoutes(app: App, { database }: Deps) {
  const db = database.db;

  app.get('/api/procurement/contracts', {
    config: { policy: 'procurement.read' },
    schema: {
      summary: 'Contracts with suppliers and their employment requirements, each with its fulfilment today and a warning when behind',
      tags: ['procurement'],
      response: responses({ 200: ContractList }),
    },
    handler: async (request) => listContracts(db, actorOf(request)),
  });

  app.post('/api/procurement/contracts', {
    config: { policy: 'procurement.manage' },
    schema: {
      summary: 'Record a contract with its requirements and linked interventions; the own organisation procures',
      tags: ['procurement'],
      body: CreateContract,
      response: responses({ 201: Contract }),
    },
    handler: async (request, reply) => reply.code(201).send(await createContract(db, actorOf(request), request.body)),
  });

  app.put('/api/procurement/contracts/:id', {
    config: { policy: 'procurement.manage' },
    schema: {
      summary: 'Change a contract of the own organisation (409 on a stale version)',
      tags: ['procurement'],
      params: IdParams,
      body: UpdateContract,
      response: responses({ 200: Contract }),
    },
    handler: async (request) => updateContract(db, actorOf(request), request.params.id, request.body),
  });

  app.get('/api/procurement/workplaces', {
    config: { policy: 'procurement.read' },
    schema: {
      summary: 'The municipality as employer: its own placements, work-training places and subsidised jobs by workplace, with capacity',
      tags: ['procurement'],
      response: responses({ 200: Workplaces }),
    },
    handler: async (request) => employerWorkplaces(db, actorOf(request)),
  });

  app.get('/api/procurement/purchases', {
    config: { policy: 'procurement.read' },
    schema: {
      summary: 'Purchases from social enterprises, per year and enterprise, with totals in öre',
      tags: ['procurement'],
      querystring: PurchaseQuery,
      response: responses({ 200: PurchaseList }),
    },
    handler: async (request) => listPurchases(db, actorOf(request), request.query),
  });

  app.post('/api/procurement/purchases', {
    config: { policy: 'procurement.manage' },
    schema: {
      summary: 'Record a purchase from a social enterprise for a year; the own organisation buys',
      tags: ['procurement'],
      body: CreatePurchase,
      response: responses({ 201: Purchase }),
    },
    handler: async (request, reply) => reply.code(201).send(await createPurchase(db, actorOf(request), request.body)),
  });

  app.put('/api/procurement/purchases/:id', {
    config: { policy: 'procurement.manage' },
    schema: {
      summary: 'Correct a purchase of the own organisation (409 on a stale version)',
      tags: ['procurement'],
      params: IdParams,
      body: UpdatePurchase,
      response: responses({ 200: Purchase }),
    },
    handler: async (request) => updatePurchase(db, actorOf(request), request.params.id, request.body),
  });
}
