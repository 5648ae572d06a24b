import type { Executor } from '../db/client.ts';

/** What the demo's feature seeders get from the core seeder: the area's ids and its people, in creation order. */
export interface DemoContext {
  tx: Executor;
  tenantId: string;
  today: string;
  /** Organisation id by demo key (af, amf, sfi, soc, fk, region, asf, supplier, forbund). */
  org: (key: string) => string;
  /** User id by demo e-mail address. */
  user: (email: string) => string;
  /** The participants in creation order; index 0 is the demo participant account's own record. */
  participants: DemoPerson[];
  random: () => number;
}

export interface DemoPerson {
  index: number;
  id: string;
  preferredLanguage: string | null;
  interpreterNeeded: boolean;
  /** The day the person got housing in the municipality (the joint intake counts from it). */
  arrived: string;
  /** Demo keys of the organisations engaged with the person. */
  engaged: string[];
}

export const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
