import { contractBody, purchaseBody } from '../modules/procurement/scenario-records.ts';
import type { BadInputUse, Parts } from './bad-input-routes.ts';
import { ENDED, newIntervention, STARTED } from './offer-scenario.ts';
import type { Scenario } from './scenario.ts';

type Quiet = BadInputUse['quiet'];

/**
 * The offer level's routes in the bad-input test (catalogue, circumstances, referrals, participations, follow-ups,
 * utbildningsplikt, procurement, evaluation), built with the test's own `harmless` and `refused`.
 */
export const offerBadInputUses = (
  harmless: Quiet,
  refused: (parts: (s: Scenario) => Parts, carriers?: string[]) => Quiet,
): Record<string, BadInputUse> => ({
  'GET /api/participants/:id/circumstances': { as: 'caseworker', quiet: refused((s) => ({ params: { id: s.other.participant } })) },
  'GET /api/participants/:id/referrals': { as: 'caseworker', quiet: refused((s) => ({ params: { id: s.other.participant } })) },
  'POST /api/participants/:id/referrals': {
    as: 'caseworker',
    quiet: refused((s) => ({
      params: { id: s.other.participant },
      body: { interventionId: s.offer.interventionOfB, sharedCategories: ['identity'], send: false },
    })),
  },
  // Organisation B's caseworker has no incoming referral, so the box shows no name and writes no audit row.
  'GET /api/referrals/box': { as: 'caseworker_b', quiet: harmless },
  'GET /api/participants/:id/referral-options/:interventionId': {
    as: 'caseworker',
    quiet: refused((s) => ({ params: { id: s.other.participant, interventionId: s.offer.interventionOfB } })),
  },
  'POST /api/referrals/:id/:action': {
    as: 'provider',
    quiet: refused((s) => ({ params: { id: s.offer.otherReferral, action: 'accept' }, body: { version: 1 } })),
  },
  'GET /api/participants/:id/participations': { as: 'caseworker', quiet: refused((s) => ({ params: { id: s.other.participant } })) },
  'PUT /api/participations/:id/situation': {
    as: 'provider',
    quiet: refused((s) => ({
      params: { id: s.offer.participations.other },
      body: { at: 'start', situation: { occupation: 'other', incomeSources: ['other'], extentPercent: null }, version: 1 },
    })),
  },
  'POST /api/referrals/:id/participation': {
    as: 'provider',
    quiet: refused((s) => ({ params: { id: s.offer.otherReferral }, body: { ...STARTED, hoursPerWeek: 20, version: 1 } })),
  },
  'POST /api/participations/:id/end': {
    as: 'provider',
    quiet: refused((s) => ({ params: { id: s.offer.participations.other }, body: ENDED })),
  },
  // Organisation B runs no intervention: its list of follow-ups is empty and shows no name.
  'GET /api/follow-ups': { as: 'caseworker_b', quiet: harmless },
  'POST /api/follow-ups/:id': {
    as: 'provider',
    quiet: refused((s) => ({ params: { id: s.offer.participations.otherFollowUp }, body: { notReachable: true, version: 1 } })),
  },
  'GET /api/settings/follow-up-days': { as: 'administrator', quiet: harmless },
  // Points out of order are refused after validation, before anything is written.
  'PUT /api/settings/follow-up-days': { as: 'administrator', quiet: refused(() => ({ body: { days: [180, 90] } }), ['days']) },
  'POST /api/participants/:id/circumstances': {
    as: 'caseworker',
    quiet: refused((s) => ({ params: { id: s.other.participant }, body: { kind: 'social_assistance', fromDate: '2026-01-01' } })),
  },
  'POST /api/participants/:id/circumstances/:circumstanceId/end': {
    as: 'caseworker',
    quiet: refused((s) => ({
      params: { id: s.other.participant, circumstanceId: s.offer.otherCircumstance },
      body: { toDate: '2026-06-30' },
    })),
  },
  // Organisation B's caseworker sees nobody covered by utbildningsplikt: the list writes no audit row.
  'GET /api/utbildningsplikt': { as: 'caseworker_b', quiet: harmless },
  'GET /api/utbildningsplikt/quality': { as: 'analyst', quiet: harmless },
  // Procurement: a contract with another tenant's organisation, a purchase from an organisation that is no social
  // enterprise, and another tenant's records are refused before anything is written.
  'GET /api/procurement/contracts': { as: 'analyst', quiet: harmless },
  'POST /api/procurement/contracts': {
    as: 'coordinator',
    quiet: refused((s) => ({ body: contractBody(s.other.org, 'Avtal') }), ['supplierOrganisationId']),
  },
  'PUT /api/procurement/contracts/:id': {
    as: 'coordinator',
    quiet: refused((s) => ({ params: { id: s.offer.procurement.otherContract }, body: { ...contractBody(s.orgB, 'Avtal'), version: 1 } })),
  },
  'GET /api/procurement/workplaces': { as: 'analyst', quiet: harmless },
  'GET /api/procurement/purchases': { as: 'analyst', quiet: harmless },
  'POST /api/procurement/purchases': {
    as: 'coordinator',
    quiet: refused((s) => ({ body: purchaseBody(s.orgB) }), ['supplierOrganisationId']),
  },
  'PUT /api/procurement/purchases/:id': {
    as: 'manager',
    quiet: refused((s) => ({ params: { id: s.offer.procurement.otherPurchase }, body: { ...purchaseBody(s.orgB), version: 1 } })),
  },
  // The evaluation holds aggregates only and writes nothing.
  'GET /api/evaluation': { as: 'analyst', quiet: harmless },
  'GET /api/evaluation/export.csv': { as: 'analyst', quiet: harmless },
  'GET /api/evaluation/export.xlsx': { as: 'analyst', quiet: harmless },
  'GET /api/catalogue': { as: 'analyst', quiet: harmless },
  'GET /api/catalogue/hsds': { as: 'analyst', quiet: harmless },
  'GET /api/catalogue/export.csv': { as: 'analyst', quiet: harmless },
  'GET /api/catalogue/export.xlsx': { as: 'analyst', quiet: harmless },
  'GET /api/catalogue/contract-options': { as: 'provider', quiet: harmless },
  'GET /api/catalogue/:id': { as: 'analyst', quiet: refused((s) => ({ params: { id: s.offer.otherIntervention } })) },
  // The provider may publish only for its own organisation: naming another tenant's is refused.
  'POST /api/catalogue': {
    as: 'provider',
    quiet: refused((s) => ({ body: { ...newIntervention('Insats'), organisationId: s.other.org } }), ['organisationId']),
  },
  'PUT /api/catalogue/:id': {
    as: 'provider',
    quiet: refused((s) => ({ params: { id: s.offer.otherIntervention }, body: { ...newIntervention('Insats'), version: 1 } })),
  },
});
