import type { RouteSpec } from '../../test/authorisation-expectations.ts';
import { roleOf, unique } from '../../test/authorisation-expectations.ts';
import type { Scenario } from '../../test/scenario.ts';
import { responseBody, surveyBody } from './scenario-records.ts';

const records = (s: Scenario) => s.governance.barometer;

/**
 * The barometer's routes as the authorisation matrix calls them. Answering needs only a session (session.read): each
 * role answers a round of its own audience, so every signed-in actor succeeds once.
 */
export const BAROMETER_ROUTE_SPECS: Record<string, RouteSpec> = {
  'GET /api/barometer/surveys': { success: 200 },
  'POST /api/barometer/surveys': { success: 201, body: () => surveyBody(`Barometer ${unique()}`) },
  'PUT /api/barometer/surveys/:id': {
    success: 200,
    params: (s, actor) => ({ id: records(s).editableByRole[roleOf(actor)] }),
    body: () => ({ ...surveyBody(`Ändrad barometer ${unique()}`), version: 1 }),
  },
  'GET /api/barometer/open': { success: 200 },
  'POST /api/barometer/surveys/:id/responses': {
    success: 201,
    params: (s, actor) => ({ id: records(s).answerableByRole[roleOf(actor)] }),
    body: (_s, actor) => responseBody(actor === 'participant' ? 'participants' : 'staff'),
  },
  'GET /api/barometer/surveys/:id/results': { success: 200, params: (s) => ({ id: records(s).closed }) },
};

/** The barometer's routes aimed at tenant 2's round. */
export function barometerOtherTenantParams(s: Scenario, url: string): Record<string, string> | null {
  if (url.startsWith('/api/barometer/surveys/:id')) return { id: records(s).other };
  return null;
}
