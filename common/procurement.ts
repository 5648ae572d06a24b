/**
 * The municipality's three roles (procurer, employer, entrepreneur): the vocabulary the procurement module and the
 * web app share. Requirement and purchase kinds are in `offer.ts` with the rest of the offer level.
 */

/**
 * How one employment requirement of a contract stands in one contract year:
 * - `met`: as many as required (a requirement of 0 is always met);
 * - `on_track`: fewer, but at least as many as the year's elapsed share of the requirement;
 * - `behind`: fewer than that share, while the year runs — the warning;
 * - `not_started`: the year has not begun;
 * - `ended_unmet`: the year is over with fewer than required.
 */
export const FULFILMENT_STATUSES = ['met', 'on_track', 'behind', 'not_started', 'ended_unmet'] as const;
export type FulfilmentStatus = (typeof FULFILMENT_STATUSES)[number];

/** Contract dates and purchase years lie in this range of years. */
export const PROCUREMENT_YEARS = { min: 2000, max: 2099 } as const;

/** The largest amount one purchase records, in öre (ten billion kronor); amounts are whole öre, never fractions. */
export const PURCHASE_AMOUNT_MAX_ORE = 1_000_000_000_000;

/** The most employment requirements one contract carries per year, per kind. */
export const REQUIREMENT_PER_YEAR_MAX = 10_000;
