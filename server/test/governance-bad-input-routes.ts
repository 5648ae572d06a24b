import { allocationBody, allocationFields, budgetYearBody, partyBody } from '../modules/forbund/scenario-records.ts';
import { initiativeBody, transitionBody } from '../modules/initiatives/scenario-records.ts';
import { decisionBody, documentBody, itemBody, meetingBody } from '../modules/meetings/scenario-records.ts';
import { goalBody, indicatorBody } from '../modules/goals/scenario-records.ts';
import { barometerBadInputUses } from '../modules/barometer/bad-input-uses.ts';
import { registerBadInputUses } from '../modules/register/route-expectations.ts';
import type { BadInputUse, Parts } from './bad-input-routes.ts';
import type { Scenario } from './scenario.ts';

type Quiet = BadInputUse['quiet'];

/** The governance level's routes in the bad-input test. */
export const governanceBadInputUses = (
  harmless: Quiet,
  refused: (parts: (s: Scenario) => Parts, carriers?: string[]) => Quiet,
): Record<string, BadInputUse> => ({
  ...registerBadInputUses(harmless, refused),
  ...barometerBadInputUses(harmless, refused),
  'GET /api/forbund/parties': { as: 'analyst', quiet: harmless },
  // An organisation that is not the area's: refused, nothing written.
  'POST /api/forbund/parties': {
    as: 'coordinator',
    quiet: refused((s) => ({ body: { ...partyBody('Kommun', 'municipality'), organisationIds: [s.other.org] } }), ['organisationIds']),
  },
  'PUT /api/forbund/parties/:id': {
    as: 'coordinator',
    quiet: refused((s) => ({
      params: { id: s.governance.forbund.otherParty },
      body: { ...partyBody('Kommun', 'municipality'), version: 1 },
    })),
  },
  'GET /api/forbund/budget': { as: 'analyst', quiet: harmless },
  'GET /api/forbund/budget/export.xlsx': { as: 'analyst', quiet: harmless },
  // A stale version of the open year (at version 3; 1 and null are stale too): 409, nothing written.
  'PUT /api/forbund/budget': {
    as: 'coordinator',
    quiet: refused((s) => ({ body: { ...budgetYearBody(s.governance.forbund.year), version: 5 } }), ['version', 'year']),
  },
  // A year never opened: 400, nothing written.
  'POST /api/forbund/allocations': { as: 'coordinator', quiet: refused(() => ({ body: allocationBody('Insats', 2099) }), ['year']) },
  'PUT /api/forbund/allocations/:id': {
    as: 'coordinator',
    quiet: refused((s) => ({ params: { id: s.governance.forbund.otherAllocation }, body: { ...allocationFields('Insats'), version: 1 } })),
  },
  'POST /api/forbund/allocations/:id/spending': {
    as: 'coordinator',
    quiet: refused((s) => ({ params: { id: s.governance.forbund.otherAllocation }, body: { month: 1, amountOre: 100, note: null } })),
  },
  'GET /api/initiatives': { as: 'analyst', quiet: harmless },
  // A linked intervention of another tenant: refused, nothing written.
  'POST /api/initiatives': {
    as: 'coordinator',
    quiet: refused((s) => ({ body: initiativeBody('Initiativ', { interventionIds: [s.offer.otherIntervention] }) }), ['interventionIds']),
  },
  'GET /api/initiatives/:id': { as: 'analyst', quiet: refused((s) => ({ params: { id: s.governance.initiatives.otherInitiative } })) },
  'PUT /api/initiatives/:id': {
    as: 'coordinator',
    quiet: refused((s) => ({
      params: { id: s.governance.initiatives.otherInitiative },
      body: { ...initiativeBody('Initiativ'), version: 1 },
    })),
  },
  'POST /api/initiatives/:id/transition': {
    as: 'coordinator',
    quiet: refused((s) => ({ params: { id: s.governance.initiatives.otherInitiative }, body: transitionBody() })),
  },
  'GET /api/meetings': { as: 'analyst', quiet: harmless },
  // Nothing in a new meeting names another record: only the schema's refusals are tried.
  'POST /api/meetings': { as: 'coordinator', quiet: null },
  'GET /api/meetings/:id': { as: 'analyst', quiet: refused((s) => ({ params: { id: s.governance.meetings.other.meeting } })) },
  'PUT /api/meetings/:id': {
    as: 'coordinator',
    quiet: refused((s) => ({ params: { id: s.governance.meetings.other.meeting }, body: { ...meetingBody('Möte'), version: 1 } })),
  },
  'GET /api/meetings/:id/minutes.pdf': { as: 'analyst', quiet: refused((s) => ({ params: { id: s.governance.meetings.other.meeting } })) },
  'POST /api/meetings/:id/items': {
    as: 'coordinator',
    quiet: refused((s) => ({ params: { id: s.governance.meetings.other.meeting }, body: itemBody('Ärende') })),
  },
  'PUT /api/agenda-items/:id': {
    as: 'coordinator',
    quiet: refused((s) => ({ params: { id: s.governance.meetings.other.item }, body: { ...itemBody('Ärende'), version: 1 } })),
  },
  'POST /api/agenda-items/:id/documents': {
    as: 'coordinator',
    quiet: refused((s) => ({ params: { id: s.governance.meetings.other.item }, body: documentBody() })),
  },
  'GET /api/agenda-items/:id/documents/:documentId': {
    as: 'analyst',
    quiet: refused((s) => ({
      params: { id: s.governance.meetings.other.item, documentId: s.governance.meetings.other.document.documentId },
    })),
  },
  'POST /api/agenda-items/:id/decision': {
    as: 'coordinator',
    quiet: refused((s) => ({ params: { id: s.governance.meetings.other.item }, body: decisionBody() })),
  },
  'GET /api/decisions': { as: 'analyst', quiet: harmless },
  'GET /api/goals': { as: 'analyst', quiet: harmless },
  // A party of another area: refused, nothing written.
  'POST /api/goals': {
    as: 'coordinator',
    quiet: refused((s) => ({ body: { ...goalBody('Mål'), partyId: s.governance.forbund.otherParty } }), ['partyId']),
  },
  'PUT /api/goals/:id': {
    as: 'coordinator',
    quiet: refused((s) => ({ params: { id: s.governance.goals.other.goal }, body: { ...goalBody('Mål'), version: 1 } })),
  },
  'POST /api/goals/:id/indicators': {
    as: 'coordinator',
    quiet: refused((s) => ({ params: { id: s.governance.goals.other.goal }, body: indicatorBody() })),
  },
  'PUT /api/goal-indicators/:id': {
    as: 'coordinator',
    quiet: refused((s) => ({ params: { id: s.governance.goals.other.indicator }, body: { ...indicatorBody(), version: 1 } })),
  },
  'GET /api/sus/report': { as: 'analyst', quiet: harmless },
  'GET /api/sus/completeness': { as: 'analyst', quiet: harmless },
});
