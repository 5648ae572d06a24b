import type { BadInputUse, Parts } from '../../test/bad-input-routes.ts';
import type { Scenario } from '../../test/scenario.ts';
import { responseBody, surveyBody } from './scenario-records.ts';

// Apart from the matrix's specs: this file must not import the matrix, which imports the specs (an import cycle).
const records = (s: Scenario) => s.governance.barometer;
type Quiet = BadInputUse['quiet'];

/** The barometer's routes in the bad-input test: every quiet request is refused before anything is written. */
export const barometerBadInputUses = (
  harmless: Quiet,
  refused: (parts: (s: Scenario) => Parts, carriers?: string[]) => Quiet,
): Record<string, BadInputUse> => ({
  'GET /api/barometer/surveys': { as: 'analyst', quiet: harmless },
  // The last day before the first: 400, nothing written.
  'POST /api/barometer/surveys': {
    as: 'coordinator',
    quiet: refused(
      () => ({ body: { ...surveyBody('Barometer'), opensOn: '2030-02-01', closesOn: '2030-01-01' } }),
      ['opensOn', 'closesOn'],
    ),
  },
  'PUT /api/barometer/surveys/:id': {
    as: 'coordinator',
    quiet: refused((s) => ({ params: { id: records(s).other }, body: { ...surveyBody('Barometer'), version: 1 } })),
  },
  'GET /api/barometer/open': { as: 'caseworker', quiet: harmless },
  'POST /api/barometer/surveys/:id/responses': {
    as: 'caseworker',
    quiet: refused((s) => ({ params: { id: records(s).other }, body: responseBody('staff') })),
  },
  'GET /api/barometer/surveys/:id/results': { as: 'analyst', quiet: refused((s) => ({ params: { id: records(s).other } })) },
});
