import type { Network, NetworkNode } from './api.ts';

/**
 * Lays the network out without chance, so that the same register always looks the same and a node keeps its place
 * while the year slider adds the others: each municipality with its initiatives on a ring around it, the rings in a
 * grid of `columns`, in the order the server gives (by year, then name). Initiatives that name no municipality
 * form a last ring without a centre.
 */

export interface Point {
  x: number;
  y: number;
}

/** Where a node sits and where its label goes: beside it on the left or right side of its ring, or above or below. */
export interface Place extends Point {
  label: Point & { anchor: 'start' | 'middle' | 'end' };
}

export interface NetworkLayout {
  places: Map<string, Place>;
  width: number;
  height: number;
}

export const NODE_RADIUS: Record<NetworkNode['kind'], number> = { initiative: 9, municipality: 14 };
/** Room for a label beside a node: LABEL_MAX characters of 12-pixel text. */
const LABEL_WIDTH = 180;
export const LABEL_MAX = 26;
/** From a node's centre to its label: beyond the ring drawn around a node in focus. */
const LABEL_GAP = NODE_RADIUS.initiative + 10;
const RING_MIN = 80;
const RING_PER_NODE = 14;
const PAD = 12;

export const ringRadius = (count: number) => (count === 0 ? 0 : Math.max(RING_MIN, count * RING_PER_NODE));

/** A label of at most LABEL_MAX characters; the full name is the node's accessible name and tooltip. */
export function shortLabel(name: string): string {
  return name.length <= LABEL_MAX ? name : `${name.slice(0, LABEL_MAX - 1).trimEnd()}…`;
}

interface Group {
  center: NetworkNode | null;
  members: NetworkNode[];
}

/**
 * A ring's initiatives in the order they sit: each one that borrowed from another of the ring right after it (the
 * earliest borrower first), so that borrowed-from arrows are short chords between neighbours; otherwise as given.
 */
export function ringOrder(members: NetworkNode[], edges: Network['edges']): NetworkNode[] {
  const here = new Set(members.map((m) => m.id));
  const sourceOf = new Map(edges.filter((e) => e.kind === 'borrowed' && here.has(e.from) && here.has(e.to)).map((e) => [e.from, e.to]));
  const placed = new Set<string>();
  const order: NetworkNode[] = [];
  const place = (node: NetworkNode) => {
    if (placed.has(node.id)) return;
    placed.add(node.id);
    order.push(node);
    for (const borrower of members) if (sourceOf.get(borrower.id) === node.id) place(borrower);
  };
  for (const m of members) if (!sourceOf.has(m.id)) place(m);
  // A ring of borrowings (each borrowed from the next) has no first one: the rest keep the given order.
  for (const m of members) place(m);
  return order;
}

function groupsOf(network: Network): Group[] {
  const centres = network.nodes.filter((n) => n.kind === 'municipality');
  const initiatives = network.nodes.filter((n) => n.kind === 'initiative');
  const groups: Group[] = centres.map((center) => ({
    center,
    members: ringOrder(
      initiatives.filter((i) => i.kind === 'initiative' && i.municipalityId === center.id),
      network.edges,
    ),
  }));
  const known = new Set(centres.map((c) => c.id));
  const homeless = initiatives.filter((i) => i.kind === 'initiative' && (i.municipalityId === null || !known.has(i.municipalityId)));
  if (homeless.length > 0) groups.push({ center: null, members: ringOrder(homeless, network.edges) });
  return groups;
}

/** The ring of `count` around (0, 0), from the top clockwise, with each label on the outer side of its node. */
function ring(count: number): Place[] {
  const r = ringRadius(count);
  return Array.from({ length: count }, (_, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / count;
    const x = r * Math.cos(angle);
    const y = r * Math.sin(angle);
    if (Math.abs(Math.cos(angle)) < 0.25)
      return { x, y, label: { x, y: y < 0 ? y - LABEL_GAP : y + LABEL_GAP + 8, anchor: 'middle' as const } };
    const right = Math.cos(angle) > 0;
    return { x, y, label: { x: right ? x + LABEL_GAP : x - LABEL_GAP, y: y + 4, anchor: right ? ('start' as const) : ('end' as const) } };
  });
}

const moved = (p: Place, by: Point): Place => ({
  x: p.x + by.x,
  y: p.y + by.y,
  label: { ...p.label, x: p.label.x + by.x, y: p.label.y + by.y },
});

/** Every node's place in a network of `columns` rings a row (at least one). */
export function layoutNetwork(network: Network, columns: number): NetworkLayout {
  const groups = groupsOf(network);
  const cols = Math.max(1, Math.min(columns, groups.length));
  const half = groups.map((g) => {
    const r = ringRadius(g.members.length);
    return { x: r + LABEL_GAP + LABEL_WIDTH, y: Math.max(r + 34, NODE_RADIUS.municipality + 34) };
  });
  const cellWidth = Math.max(0, ...half.map((h) => 2 * h.x)) + 2 * PAD;
  const rows = Math.ceil(groups.length / cols);
  const rowHeights = Array.from(
    { length: rows },
    (_, row) => Math.max(0, ...half.slice(row * cols, row * cols + cols).map((h) => 2 * h.y)) + 2 * PAD,
  );
  const places = new Map<string, Place>();
  groups.forEach((g, index) => {
    const row = Math.floor(index / cols);
    const centre = {
      x: (index % cols) * cellWidth + cellWidth / 2,
      y: rowHeights.slice(0, row).reduce((a, b) => a + b, 0) + rowHeights[row]! / 2,
    };
    if (g.center)
      places.set(g.center.id, { ...centre, label: { x: centre.x, y: centre.y + NODE_RADIUS.municipality + 16, anchor: 'middle' } });
    ring(g.members.length).forEach((p, i) => places.set(g.members[i]!.id, moved(p, centre)));
  });
  return { places, width: cols * cellWidth, height: rowHeights.reduce((a, b) => a + b, 0) };
}

/** The network as it was in `year`: the nodes and edges of that year and before. */
export function visibleAt(network: Network, year: number): Network {
  return { nodes: network.nodes.filter((n) => n.year <= year), edges: network.edges.filter((e) => e.year <= year) };
}

/** The first and last year of the network, or null when it is empty. */
export function yearsOf(network: Network): { min: number; max: number } | null {
  if (network.nodes.length === 0) return null;
  const years = network.nodes.map((n) => n.year);
  return { min: Math.min(...years), max: Math.max(...years) };
}

/** The line between two nodes, cut back to their edges (and `gap` more at its end, for an arrowhead). */
export function edgeLine(from: Point, to: Point, fromRadius: number, toRadius: number, gap = 0) {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const length = Math.hypot(dx, dy);
  if (length <= fromRadius + toRadius + gap) return null;
  const ux = dx / length;
  const uy = dy / length;
  return {
    x1: from.x + ux * fromRadius,
    y1: from.y + uy * fromRadius,
    x2: to.x - ux * (toRadius + gap),
    y2: to.y - uy * (toRadius + gap),
  };
}
