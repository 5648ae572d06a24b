import type { Role } from '../../common/roles.ts';
import { allocationBody, allocationFields, budgetYearBody, partyBody } from '../modules/forbund/scenario-records.ts';
import { initiativeBody, transitionBody } from '../modules/initiatives/scenario-records.ts';
import { decisionBody, documentBody, itemBody, meetingBody } from '../modules/meetings/scenario-records.ts';
import { goalBody, indicatorBody } from '../modules/goals/scenario-records.ts';
import { BAROMETER_ROUTE_SPECS, barometerOtherTenantParams } from '../modules/barometer/route-expectations.ts';
import { REGISTER_ROUTE_SPECS } from '../modules/register/route-expectations.ts';
import type { Row, RouteSpec } from './authorisation-expectations.ts';
import { roleOf, unique } from './authorisation-expectations.ts';
import type { Scenario } from './scenario.ts';

/** The governance level's verbs: no personal data; the preparation group's coordinators and managers keep it. */
export const governanceVerbExpectations = (only: (...roles: Role[]) => Row) => ({
  'governance.read': only('coordinator', 'manager', 'analyst', 'board_member', 'administrator'),
  'governance.manage': only('coordinator', 'manager'),
});

/** The governance level's routes as the authorisation matrix calls them. */
export const GOVERNANCE_ROUTE_SPECS: Record<string, RouteSpec> = {
  ...REGISTER_ROUTE_SPECS,
  ...BAROMETER_ROUTE_SPECS,
  'GET /api/forbund/parties': { success: 200 },
  'POST /api/forbund/parties': { success: 201, body: () => partyBody(`Kommun ${unique()}`, 'municipality', 5_000) },
  'PUT /api/forbund/parties/:id': {
    success: 200,
    params: (s, actor) => ({ id: s.governance.forbund.partiesByRole[roleOf(actor)] }),
    body: () => ({ ...partyBody(`Ändrad kommun ${unique()}`, 'municipality', 7_000), version: 1 }),
  },
  'GET /api/forbund/budget': { success: 200 },
  'GET /api/forbund/budget/export.xlsx': { success: 200 },
  'PUT /api/forbund/budget': { success: 200, body: (s, actor) => budgetYearBody(s.governance.forbund.newYearByRole[roleOf(actor)]) },
  'POST /api/forbund/allocations': { success: 201, body: (s) => allocationBody(`Insats ${unique()}`, s.governance.forbund.year) },
  'PUT /api/forbund/allocations/:id': {
    success: 200,
    params: (s, actor) => ({ id: s.governance.forbund.allocationsByRole[roleOf(actor)] }),
    body: () => ({ ...allocationFields(`Ändrad insats ${unique()}`), version: 1 }),
  },
  'POST /api/forbund/allocations/:id/spending': {
    success: 201,
    params: (s, actor) => ({ id: s.governance.forbund.allocationsByRole[roleOf(actor)] }),
    body: () => ({ month: 3, amountOre: 1_250_000, note: 'Handledning mars' }),
  },
  'GET /api/initiatives': { success: 200 },
  'POST /api/initiatives': { success: 201, body: () => initiativeBody(`Initiativ ${unique()}`) },
  'GET /api/initiatives/:id': { success: 200, params: (s, actor) => ({ id: s.governance.initiatives.initiativesByRole[roleOf(actor)] }) },
  'PUT /api/initiatives/:id': {
    success: 200,
    params: (s, actor) => ({ id: s.governance.initiatives.initiativesByRole[roleOf(actor)] }),
    body: () => ({ ...initiativeBody(`Ändrat initiativ ${unique()}`), version: 1 }),
  },
  'POST /api/initiatives/:id/transition': {
    success: 200,
    params: (s, actor) => ({ id: s.governance.initiatives.transitionsByRole[roleOf(actor)] }),
    body: () => transitionBody(),
  },
  'GET /api/meetings': { success: 200 },
  'POST /api/meetings': { success: 201, body: () => meetingBody(`Styrelsemöte ${unique()}`) },
  'GET /api/meetings/:id': { success: 200, params: (s, actor) => ({ id: s.governance.meetings.meetingsByRole[roleOf(actor)] }) },
  'PUT /api/meetings/:id': {
    success: 200,
    params: (s, actor) => ({ id: s.governance.meetings.meetingsByRole[roleOf(actor)] }),
    body: () => ({ ...meetingBody(`Ändrat möte ${unique()}`), version: 1 }),
  },
  'GET /api/meetings/:id/minutes.pdf': {
    success: 200,
    params: (s, actor) => ({ id: s.governance.meetings.meetingsByRole[roleOf(actor)] }),
  },
  'POST /api/meetings/:id/items': {
    success: 201,
    params: (s, actor) => ({ id: s.governance.meetings.meetingsByRole[roleOf(actor)] }),
    body: () => itemBody(`Nytt ärende ${unique()}`),
  },
  'PUT /api/agenda-items/:id': {
    success: 200,
    params: (s, actor) => ({ id: s.governance.meetings.itemsByRole[roleOf(actor)] }),
    body: () => ({ ...itemBody(`Ändrat ärende ${unique()}`), version: 1 }),
  },
  'POST /api/agenda-items/:id/documents': {
    success: 201,
    params: (s, actor) => ({ id: s.governance.meetings.itemsByRole[roleOf(actor)] }),
    body: () => documentBody(),
  },
  'GET /api/agenda-items/:id/documents/:documentId': {
    success: 200,
    params: (s) => ({ id: s.governance.meetings.document.itemId, documentId: s.governance.meetings.document.documentId }),
  },
  'POST /api/agenda-items/:id/decision': {
    success: 201,
    params: (s, actor) => ({ id: s.governance.meetings.decisionItemsByRole[roleOf(actor)] }),
    body: () => decisionBody(),
  },
  'GET /api/decisions': { success: 200 },
  'GET /api/goals': { success: 200 },
  'POST /api/goals': { success: 201, body: () => goalBody(`Mål ${unique()}`) },
  'PUT /api/goals/:id': {
    success: 200,
    params: (s, actor) => ({ id: s.governance.goals.goalsByRole[roleOf(actor)] }),
    body: () => ({ ...goalBody(`Ändrat mål ${unique()}`), version: 1 }),
  },
  'POST /api/goals/:id/indicators': {
    success: 201,
    params: (s, actor) => ({ id: s.governance.goals.goalsByRole[roleOf(actor)] }),
    body: () => ({ ...indicatorBody(), indicator: 'closed_loop_rate' }),
  },
  'PUT /api/goal-indicators/:id': {
    success: 200,
    params: (s, actor) => ({ id: s.governance.goals.indicatorsByRole[roleOf(actor)] }),
    body: () => ({ ...indicatorBody(), target: 55, version: 1 }),
  },
  'GET /api/sus/report': { success: 200 },
  'GET /api/sus/completeness': { success: 200 },
};

/** The governance level's routes aimed at tenant 2's records. */
export function governanceOtherTenantParams(s: Scenario, url: string): Record<string, string> | null {
  if (url.startsWith('/api/barometer/')) return barometerOtherTenantParams(s, url);
  if (url.startsWith('/api/forbund/parties/:id')) return { id: s.governance.forbund.otherParty };
  if (url.startsWith('/api/forbund/allocations/:id')) return { id: s.governance.forbund.otherAllocation };
  if (url.startsWith('/api/initiatives/:id')) return { id: s.governance.initiatives.otherInitiative };
  if (url.startsWith('/api/meetings/:id')) return { id: s.governance.meetings.other.meeting };
  if (url.startsWith('/api/goals/:id')) return { id: s.governance.goals.other.goal };
  if (url.startsWith('/api/goal-indicators/:id')) return { id: s.governance.goals.other.indicator };
  if (url.startsWith('/api/agenda-items/:id'))
    return { id: s.governance.meetings.other.item, documentId: s.governance.meetings.other.document.documentId };
  return null;
}
