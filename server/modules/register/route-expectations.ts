import type { RouteSpec } from '../../test/authorisation-expectations.ts';
import type { BadInputUse, Parts } from '../../test/bad-input-routes.ts';
import type { Scenario } from '../../test/scenario.ts';

type Quiet = BadInputUse['quiet'];

/** The register's routes as the authorisation matrix calls them: public, so everyone succeeds, without a session too. */
export const REGISTER_ROUTE_SPECS: Record<string, RouteSpec> = {
  'GET /api/register': { success: 200 },
  'GET /api/register/network': { success: 200 },
};

/** The register's routes in the bad-input test: sent without a session, and a read with any filter is harmless. */
export const registerBadInputUses = (
  harmless: Quiet,
  _refused: (parts: (s: Scenario) => Parts, carriers?: string[]) => Quiet,
): Record<string, BadInputUse> => ({
  'GET /api/register': { as: null, quiet: harmless },
  'GET /api/register/network': { as: null, quiet: harmless },
});
