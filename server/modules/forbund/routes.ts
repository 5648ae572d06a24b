import type { App, Deps } from '../../lib/http/app-type.ts';
import { actorOf } from '../../lib/http/authenticate.ts';
import { MEDIA, sendAttachment, xlsxFile } from '../../lib/http/files.ts';
import { IdParams, responses } from '../../lib/http/responses.ts';
import { createAllocation, getBudget, recordSpending, setBudgetYear, updateAllocation } from './budget.ts';
import { budgetXlsx } from './export.ts';
import { createParty, listParties, updateParty } from './parties.ts';
import {
  Budget,
  BudgetExportQuery,
  BudgetQuery,
  CreateAllocation,
  CreateParty,
  CreateSpending,
  PartyList,
  SetBudgetYear,
  UpdateAllocation,
  UpdateParty,
} from './schema.ts';

/** The samordningsförbund's parties with their legal shares, and its joint budget. */
export function forbundRoutes(app: App, { database }: Deps) {
  const db = database.db;

  app.get('/api/forbund/parties', {
    config: { policy: 'governance.read' },
    schema: {
      summary: "The förbund's parties, their organisations and shares under the law, and what keeps them from the legal split",
      tags: ['governance'],
      response: responses({ 200: PartyList }),
    },
    handler: async (request) => listParties(db, actorOf(request)),
  });

  app.post('/api/forbund/parties', {
    config: { policy: 'governance.manage' },
    schema: {
      summary: 'Add a party with its split key and organisations',
      tags: ['governance'],
      body: CreateParty,
      response: responses({ 201: PartyList }),
    },
    handler: async (request, reply) => {
      await createParty(db, actorOf(request), request.body);
      return reply.code(201).send(await listParties(db, actorOf(request)));
    },
  });

  app.put('/api/forbund/parties/:id', {
    config: { policy: 'governance.manage' },
    schema: {
      summary: 'Change a party (409 on a stale version); years already opened keep their contributions',
      tags: ['governance'],
      params: IdParams,
      body: UpdateParty,
      response: responses({ 200: PartyList }),
    },
    handler: async (request) => {
      await updateParty(db, actorOf(request), request.params.id, request.body);
      return listParties(db, actorOf(request));
    },
  });

  app.get('/api/forbund/budget', {
    config: { policy: 'governance.read' },
    schema: {
      summary: "The joint budget: every year's outcome and one year in detail (contributions, allocations, spending by month)",
      tags: ['governance'],
      querystring: BudgetQuery,
      response: responses({ 200: Budget }),
    },
    handler: async (request) => getBudget(db, actorOf(request), request.query.year),
  });

  app.get('/api/forbund/budget/export.xlsx', {
    config: { policy: 'governance.read' },
    schema: {
      summary: 'The joint budget as an XLSX workbook: the years, and the year shown with allocations by month and contributions',
      tags: ['governance'],
      querystring: BudgetExportQuery,
      response: responses({ 200: xlsxFile('The budget workbook') as never }),
    },
    handler: async (request, reply) => {
      const { language, year } = request.query;
      const budget = await getBudget(db, actorOf(request), year);
      return sendAttachment(
        reply,
        MEDIA.xlsx,
        `kitt-budget-${budget.year?.year ?? 'years'}.xlsx`,
        await budgetXlsx(budget, language ?? 'sv'),
      );
    },
  });

  app.put('/api/forbund/budget', {
    config: { policy: 'governance.manage' },
    schema: {
      summary: "Open a budget year or change its total; the parties' contributions are split by the law and the keys",
      tags: ['governance'],
      body: SetBudgetYear,
      response: responses({ 200: Budget }),
    },
    handler: async (request) => setBudgetYear(db, actorOf(request), request.body),
  });

  app.post('/api/forbund/allocations', {
    config: { policy: 'governance.manage' },
    schema: {
      summary: "Allocate money of a year to an initiative or to the förbund's own operation",
      tags: ['governance'],
      body: CreateAllocation,
      response: responses({ 201: Budget }),
    },
    handler: async (request, reply) => reply.code(201).send(await createAllocation(db, actorOf(request), request.body)),
  });

  app.put('/api/forbund/allocations/:id', {
    config: { policy: 'governance.manage' },
    schema: {
      summary: 'Change an allocation (409 on a stale version)',
      tags: ['governance'],
      params: IdParams,
      body: UpdateAllocation,
      response: responses({ 200: Budget }),
    },
    handler: async (request) => updateAllocation(db, actorOf(request), request.params.id, request.body),
  });

  app.post('/api/forbund/allocations/:id/spending', {
    config: { policy: 'governance.manage' },
    schema: {
      summary: 'Record spending against an allocation in a month of its year (a correction is negative)',
      tags: ['governance'],
      params: IdParams,
      body: CreateSpending,
      response: responses({ 201: Budget }),
    },
    handler: async (request, reply) => reply.code(201).send(await recordSpending(db, actorOf(request), request.params.id, request.body)),
  });
}
