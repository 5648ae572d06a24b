import type { Row, RouteSpec } from './authorisation-expectations.ts';
import type { Role } from '../../common/roles.ts';
import { roleOf, unique } from './authorisation-expectations.ts';
import { ENDED, newIntervention, STARTED } from './offer-scenario.ts';
import { MATRIX_ACTORS, type Scenario } from './scenario.ts';
import { contractBody, purchaseBody } from '../modules/procurement/scenario-records.ts';

/** The offer level's verbs and who may attempt them, built with the matrix's own helpers. */
export const offerVerbExpectations = (only: (...roles: Role[]) => Row, signedIn: Row) => ({
  // The catalogue is no personal data: every signed-in user (the person too) reads and exports it; providers,
  // coordinators and managers publish their own organisation's interventions, administrators any organisation's.
  'catalogue.read': signedIn,
  'catalogue.export': signedIn,
  'catalogue.manage': only('provider', 'coordinator', 'manager', 'administrator'),
  // Circumstances are intake data: read like intake, recorded by casework staff.
  'circumstance.read': only('caseworker', 'coordinator', 'manager', 'provider', 'participant'),
  'circumstance.write': only('caseworker', 'coordinator'),
  // Referrals: casework staff send them, the provider's staff answer them, both sides and the person read them.
  'referral.read': only('caseworker', 'coordinator', 'manager', 'provider', 'participant'),
  'referral.create': only('caseworker', 'coordinator'),
  'referral.respond': only('provider', 'caseworker', 'coordinator', 'manager'),
  'participation.read': only('caseworker', 'coordinator', 'manager', 'provider', 'participant'),
  'participation.write': only('provider', 'caseworker', 'coordinator'),
  // Aggregates only: analysts, board members, coordinators and managers.
  'evaluation.read': only('analyst', 'coordinator', 'manager', 'board_member'),
  'procurement.read': only('coordinator', 'manager', 'analyst', 'board_member'),
  'procurement.manage': only('coordinator', 'manager'),
  'utbildningsplikt.read': only('caseworker', 'coordinator', 'manager', 'analyst'),
});

/** The offer level's routes as the authorisation matrix calls them (catalogue, circumstances, referrals). */
export const OFFER_ROUTE_SPECS: Record<string, RouteSpec> = {
  'GET /api/catalogue': { success: 200 },
  'GET /api/catalogue/hsds': { success: 200 },
  'GET /api/catalogue/export.csv': { success: 200 },
  'GET /api/catalogue/export.xlsx': { success: 200 },
  'GET /api/catalogue/contract-options': { success: 200 },
  'GET /api/catalogue/:id': { success: 200, params: (s) => ({ id: s.offer.intervention }) },
  'POST /api/catalogue': {
    success: 201,
    body: (s, actor) => ({ ...newIntervention(`Ny insats ${unique()}`), ...(actor === 'administrator' ? { organisationId: s.orgA } : {}) }),
  },
  'PUT /api/catalogue/:id': {
    success: 200,
    params: (s, actor) => ({ id: s.offer.interventionsByRole[roleOf(actor)] }),
    body: () => ({ ...newIntervention(`Ändrad insats ${unique()}`), version: 1 }),
  },
  'GET /api/participants/:id/circumstances': { success: 200, params: (s) => ({ id: s.p }) },
  'GET /api/participants/:id/referrals': { success: 200, params: (s) => ({ id: s.p }) },
  // Organisation A refers P to organisation B's intervention, as a draft.
  'POST /api/participants/:id/referrals': {
    success: 201,
    params: (s) => ({ id: s.p }),
    body: (s) => ({ interventionId: s.offer.interventionOfB, sharedCategories: ['identity'], send: false }),
  },
  'GET /api/referrals/box': { success: 200 },
  'GET /api/participants/:id/referral-options/:interventionId': {
    success: 200,
    params: (s) => ({ id: s.p, interventionId: s.offer.interventionOfB }),
  },
  // Organisation A's staff accept the referral B sent them (one per actor, each in state sent).
  'POST /api/referrals/:id/:action': {
    success: 200,
    params: (s, actor) => ({ id: s.offer.referralsByRole[roleOf(actor)], action: 'accept' }),
    body: () => ({ version: 1 }),
  },
  'POST /api/participants/:id/circumstances': {
    success: 201,
    params: (s) => ({ id: s.p }),
    // Each actor records a period of its own, so that no two overlap.
    body: (_s, actor) => ({
      kind: 'establishment_programme',
      fromDate: `${2030 + MATRIX_ACTORS.indexOf(actor)}-01-01`,
      toDate: `${2030 + MATRIX_ACTORS.indexOf(actor)}-12-31`,
    }),
  },
  'GET /api/participants/:id/participations': { success: 200, params: (s) => ({ id: s.p }) },
  // Organisation A's staff correct the start of their own participation of P (one per actor, at version 1).
  'PUT /api/participations/:id/situation': {
    success: 200,
    params: (s, actor) => ({ id: s.offer.participations.byRole[roleOf(actor)] }),
    body: () => ({ at: 'start', situation: { occupation: 'studies', incomeSources: ['student_aid'], extentPercent: 50 }, version: 1 }),
  },
  // Organisation A's staff start P in the intervention of a referral they accepted (one per actor).
  'POST /api/referrals/:id/participation': {
    success: 201,
    params: (s, actor) => ({ id: s.offer.acceptedReferralsByRole[roleOf(actor)] }),
    body: () => ({ ...STARTED, hoursPerWeek: 20, version: 1 }),
  },
  // Organisation A's staff end a running participation of P (one per actor).
  'POST /api/participations/:id/end': {
    success: 200,
    params: (s, actor) => ({ id: s.offer.participations.toEndByRole[roleOf(actor)] }),
    body: () => ENDED,
  },
  'GET /api/follow-ups': { success: 200 },
  'POST /api/follow-ups/:id': {
    success: 200,
    params: (s, actor) => ({ id: s.offer.participations.followUpsByRole[roleOf(actor)] }),
    body: () => ({ notReachable: true, version: 1 }),
  },
  'GET /api/settings/follow-up-days': { success: 200 },
  'PUT /api/settings/follow-up-days': { success: 200, body: () => ({ days: [90, 180] }) },
  // Procurement: organisation A's coordinators and managers procure and buy; each changes a contract and a purchase of its own.
  'GET /api/utbildningsplikt': { success: 200 },
  'GET /api/utbildningsplikt/quality': { success: 200 },
  // Aggregates of the whole area, by intervention unless the query says otherwise.
  'GET /api/evaluation': { success: 200 },
  'GET /api/evaluation/export.csv': { success: 200 },
  'GET /api/evaluation/export.xlsx': { success: 200 },
  'GET /api/procurement/contracts': { success: 200 },
  'POST /api/procurement/contracts': {
    success: 201,
    body: (s) => contractBody(s.offer.procurement.socialEnterprise, `Avtal ${unique()}`),
  },
  'PUT /api/procurement/contracts/:id': {
    success: 200,
    params: (s, actor) => ({ id: s.offer.procurement.contractsByRole[roleOf(actor)] }),
    body: (s) => ({ ...contractBody(s.offer.procurement.socialEnterprise, `Ändrat avtal ${unique()}`), version: 1 }),
  },
  'GET /api/procurement/workplaces': { success: 200 },
  'GET /api/procurement/purchases': { success: 200 },
  'POST /api/procurement/purchases': { success: 201, body: (s) => purchaseBody(s.offer.procurement.socialEnterprise) },
  'PUT /api/procurement/purchases/:id': {
    success: 200,
    params: (s, actor) => ({ id: s.offer.procurement.purchasesByRole[roleOf(actor)] }),
    body: (s) => ({ ...purchaseBody(s.offer.procurement.socialEnterprise), version: 1 }),
  },
  'POST /api/participants/:id/circumstances/:circumstanceId/end': {
    success: 200,
    params: (s, actor) => ({ id: s.p, circumstanceId: s.offer.circumstancesByRole[roleOf(actor)] }),
    body: () => ({ toDate: '2020-01-01' }),
  },
};

/** The offer level's routes aimed at tenant 2's records (the matrix's otherTenantParams asks here last). */
export function offerOtherTenantParams(s: Scenario, url: string): Record<string, string> | null {
  if (url.startsWith('/api/referrals/:id')) return { id: s.offer.otherReferral, action: 'accept' };
  if (url.startsWith('/api/participations/:id')) return { id: s.offer.participations.other };
  if (url.startsWith('/api/follow-ups/:id')) return { id: s.offer.participations.otherFollowUp };
  if (url.startsWith('/api/catalogue/:id')) return { id: s.offer.otherIntervention };
  if (url === '/api/procurement/contracts/:id') return { id: s.offer.procurement.otherContract };
  if (url === '/api/procurement/purchases/:id') return { id: s.offer.procurement.otherPurchase };
  return null;
}
