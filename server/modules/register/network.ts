import type { Static } from 'typebox';
import type { InitiativeState, MunicipalityRole } from '../../../common/governance.ts';
import { todayInSweden } from '../../lib/dates.ts';
import type { NetworkEdge, NetworkNode, RegisterNetwork, RegisterQuery } from './schema.ts';

/**
 * The register's rules, free of the database: the year an initiative enters the network, its days of running,
 * implementation and end, which entries the filters select, and the network of who borrowed from whom.
 */

const lower = (text: string) => text.toLocaleLowerCase('sv');

/** A municipality's name as a key: case, surrounding and repeated spaces do not make another municipality. */
export const municipalityKey = (name: string) => lower(name.trim().replace(/\s+/g, ' '));

/** The network node of a municipality (an initiative's node is its id, a uuid, which never starts like this). */
export const municipalityNodeId = (name: string) => `municipality:${municipalityKey(name)}`;

/** The day in Sweden of a timestamp, as YYYY-MM-DD. */
const swedishDay = (timestamp: string) => todayInSweden(new Date(timestamp));

/** The year an initiative enters the network: the year it starts, or, without a start date, the year it was recorded. */
export function initiativeYear(i: { startDate: string | null; createdAt: string }): number {
  return Number((i.startDate ?? swedishDay(i.createdAt)).slice(0, 4));
}

export interface StateEvent {
  toState: InitiativeState;
  at: string;
}

/**
 * From an initiative's moves between states: the first day it ran, and the last day it was implemented in regular
 * operations or ended (both are final), each as a Swedish calendar day, or null when it never got there.
 */
export function statusDates(events: readonly StateEvent[]) {
  const days = (state: InitiativeState) =>
    events
      .filter((e) => e.toState === state)
      .map((e) => swedishDay(e.at))
      .sort();
  return { running: days('running')[0] ?? null, implemented: days('implemented').at(-1) ?? null, ended: days('ended').at(-1) ?? null };
}

/** What the filters read of an entry. */
export interface Searchable {
  name: string;
  description: string;
  targetGroup: string;
  origin: string;
  municipality: string;
  areaName: string;
  homeOrganisation: string | null;
  municipalityRoles: readonly MunicipalityRole[];
  state: InitiativeState;
}

/**
 * Whether an entry passes the filters: every word of `q` somewhere in its texts (case aside), the municipality by
 * name (case and spacing aside), one of the municipality's roles, and the state.
 */
export function matchesRegister(entry: Searchable, query: Static<typeof RegisterQuery>): boolean {
  if (query.state !== undefined && entry.state !== query.state) return false;
  if (query.role !== undefined && !entry.municipalityRoles.includes(query.role)) return false;
  const municipality = query.municipality?.trim();
  if (municipality && municipalityKey(entry.municipality) !== municipalityKey(municipality)) return false;
  const words = lower(query.q ?? '')
    .split(/\s+/)
    .filter((w) => w !== '');
  if (words.length === 0) return true;
  const text = lower(
    [entry.name, entry.description, entry.targetGroup, entry.origin, entry.municipality, entry.areaName, entry.homeOrganisation ?? ''].join(
      '\n',
    ),
  );
  return words.every((w) => text.includes(w));
}

// Capitals first, so that of two spellings used as often "Sjöstad" wins over "sjöstad".
const byName = (a: string, b: string) => a.localeCompare(b, 'sv', { caseFirst: 'upper' });

/**
 * The municipalities the entries name, each once (case and spacing aside) under its most used spelling (capitals
 * first, when two are used as often), by name.
 * An entry without a municipality names none.
 */
export function municipalitiesOf(entries: readonly { municipality: string }[]): string[] {
  const spellings = new Map<string, Map<string, number>>();
  for (const { municipality } of entries) {
    const name = municipality.trim().replace(/\s+/g, ' ');
    if (name === '') continue;
    const key = municipalityKey(name);
    const counts = spellings.get(key) ?? new Map<string, number>();
    counts.set(name, (counts.get(name) ?? 0) + 1);
    spellings.set(key, counts);
  }
  return [...spellings.values()].map((counts) => [...counts.entries()].sort(([a, m], [b, n]) => n - m || byName(a, b))[0]![0]).sort(byName);
}

/** What the network reads of a public initiative; `inspiredBy` may name one outside the register, which is left out. */
export interface NetworkInitiative {
  id: string;
  name: string;
  state: InitiativeState;
  municipality: string;
  areaName: string;
  inspiredBy: string | null;
  year: number;
}

type Node = Static<typeof NetworkNode>;
type Edge = Static<typeof NetworkEdge>;

const byYearAndName = (a: { year: number; name: string }, b: { year: number; name: string }) => a.year - b.year || byName(a.name, b.name);

/**
 * The network of the register: a node per initiative and per municipality, an edge from each initiative to the
 * municipality it works in, and one from each initiative to the one it borrowed from when both are in the register.
 * A municipality enters the network with its first initiative, and an edge when both its ends are there.
 */
export function buildNetwork(initiatives: readonly NetworkInitiative[]): Static<typeof RegisterNetwork> {
  const names = new Map(municipalitiesOf(initiatives).map((name) => [municipalityKey(name), name]));
  const municipalities = new Map<string, Node & { kind: 'municipality' }>();
  const nodes = new Map<string, Node & { kind: 'initiative' }>();
  for (const i of initiatives) {
    const key = municipalityKey(i.municipality);
    const municipalityId = key === '' ? null : municipalityNodeId(i.municipality);
    if (municipalityId) {
      const known = municipalities.get(municipalityId);
      if (!known || known.year > i.year)
        municipalities.set(municipalityId, { kind: 'municipality', id: municipalityId, name: names.get(key)!, year: i.year });
    }
    nodes.set(i.id, { kind: 'initiative', id: i.id, name: i.name, state: i.state, areaName: i.areaName, municipalityId, year: i.year });
  }
  const edges: Edge[] = [];
  for (const node of [...nodes.values()].sort(byYearAndName)) {
    if (node.municipalityId) edges.push({ kind: 'works_in', from: node.id, to: node.municipalityId, year: node.year });
  }
  const borrowed: Edge[] = [];
  for (const i of initiatives) {
    const source = i.inspiredBy === null || i.inspiredBy === i.id ? undefined : nodes.get(i.inspiredBy);
    if (source) borrowed.push({ kind: 'borrowed', from: i.id, to: source.id, year: Math.max(i.year, source.year) });
  }
  const nameOf = (id: string) => nodes.get(id)!.name;
  borrowed.sort((a, b) => a.year - b.year || byName(nameOf(a.from), nameOf(b.from)) || byName(nameOf(a.to), nameOf(b.to)));
  return {
    nodes: [...[...municipalities.values()].sort(byYearAndName), ...[...nodes.values()].sort(byYearAndName)],
    edges: [...edges, ...borrowed],
  };
}
