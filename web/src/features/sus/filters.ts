import type { SusFilters } from './api.ts';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The report's filters from the address (`?initiativeId=&from=&to=`): what is not a day or an id is left out, and the
 * period is this year so far unless asked, as the server's default, so that the form shows the period counted.
 */
export function filtersFrom(params: URLSearchParams, today: string): SusFilters {
  const day = (key: string) => {
    const value = params.get(key);
    return value && DAY.test(value) ? value : null;
  };
  const initiativeId = params.get('initiativeId');
  return {
    ...(initiativeId && UUID.test(initiativeId) ? { initiativeId } : {}),
    from: day('from') ?? `${today.slice(0, 4)}-01-01`,
    to: day('to') ?? today,
  };
}

/** A period that ends before it starts counts nothing: the form says so rather than asking. */
export const periodRunsBackwards = (f: SusFilters) => f.to < f.from;

/** The address with one filter changed: an empty or null value takes its key away. */
export function withFilter(current: URLSearchParams, key: keyof SusFilters, value: string | null): URLSearchParams {
  const next = new URLSearchParams(current);
  if (value) next.set(key, value);
  else next.delete(key);
  return next;
}
