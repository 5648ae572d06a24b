import { describe, expect, it } from 'vitest';
import type { Network, NetworkNode } from './api.ts';
import { edgeLine, LABEL_MAX, layoutNetwork, ringOrder, ringRadius, shortLabel, visibleAt, yearsOf } from './layout.ts';

const municipality = (id: string, year = 2022): NetworkNode => ({ kind: 'municipality', id, name: id, year });
const initiative = (id: string, municipalityId: string | null, year = 2022): NetworkNode => ({
  kind: 'initiative',
  id,
  name: `Initiativ ${id}`,
  state: 'running',
  areaName: 'Förbundet',
  municipalityId,
  year,
});
const network = (...nodes: NetworkNode[]): Network => ({ nodes, edges: [] });

describe('the layout of the network', () => {
  it('puts a municipality in the middle of its initiatives’ ring, from the top clockwise, labels outside', () => {
    const { places } = layoutNetwork(
      network(municipality('m'), initiative('a', 'm'), initiative('b', 'm'), initiative('c', 'm'), initiative('d', 'm')),
      2,
    );
    const m = places.get('m')!;
    const at = (id: string) => {
      const p = places.get(id)!;
      return [Math.round(p.x - m.x), Math.round(p.y - m.y), p.label.anchor];
    };
    const r = ringRadius(4);
    expect([at('a'), at('b'), at('c'), at('d')]).toEqual([
      [0, -r, 'middle'],
      [r, 0, 'start'],
      [0, r, 'middle'],
      [-r, 0, 'end'],
    ]);
    expect(places.get('a')!.label.y).toBeLessThan(places.get('a')!.y);
    expect(places.get('c')!.label.y).toBeGreaterThan(places.get('c')!.y);
  });

  it.each([
    ['side by side in two columns', 2, 'x'],
    ['one above the other in one column', 1, 'y'],
  ] as const)('places two municipalities %s', (_label, columns, axis) => {
    const { places } = layoutNetwork(network(municipality('m'), municipality('n'), initiative('a', 'm'), initiative('b', 'n')), columns);
    const other = axis === 'x' ? 'y' : 'x';
    expect(places.get('n')![axis]).toBeGreaterThan(places.get('m')![axis]);
    expect(places.get('n')![other]).toBe(places.get('m')![other]);
  });

  it('rings the initiatives that name no municipality, or an unknown one, without a centre', () => {
    const { places } = layoutNetwork(network(municipality('m'), initiative('a', 'm'), initiative('b', null), initiative('c', 'gone')), 1);
    expect([...places.keys()].sort()).toEqual(['a', 'b', 'c', 'm']);
    expect(places.get('b')!.y).toBeGreaterThan(places.get('a')!.y);
  });

  it('keeps every node and label inside the drawing, and lays the same network out the same way', () => {
    const nodes = [municipality('m'), municipality('n'), municipality('o')];
    for (let i = 0; i < 30; i++) nodes.push(initiative(`i${i}`, ['m', 'n', 'o', null][i % 4]!));
    const first = layoutNetwork(network(...nodes), 2);
    for (const p of first.places.values()) {
      const left = p.label.anchor === 'end' ? p.label.x - 180 : p.label.anchor === 'middle' ? p.label.x - 90 : p.label.x;
      expect(Math.min(p.x - 14, left)).toBeGreaterThanOrEqual(0);
      expect(Math.max(p.x + 14, left + 180)).toBeLessThanOrEqual(first.width);
      expect(Math.min(p.y - 14, p.label.y - 12)).toBeGreaterThanOrEqual(0);
      expect(Math.max(p.y + 14, p.label.y)).toBeLessThanOrEqual(first.height);
    }
    expect(layoutNetwork(network(...nodes), 2)).toEqual(first);
  });

  it('places nothing for an empty network', () => {
    expect(layoutNetwork(network(), 2).places.size).toBe(0);
  });
});

describe('the order on a ring', () => {
  const borrowed = (from: string, to: string) => ({ kind: 'borrowed' as const, from, to, year: 2024 });
  const members = ['a', 'b', 'c', 'd', 'e'].map((id) => initiative(id, 'm'));
  it.each([
    ['as given without borrowings', [], 'a b c d e'],
    ['a borrower right after its source', [borrowed('e', 'a')], 'a e b c d'],
    ['two borrowers after their source, in the given order', [borrowed('d', 'b'), borrowed('c', 'b')], 'a b c d e'],
    ['a chain in its order', [borrowed('b', 'e'), borrowed('a', 'b')], 'c d e b a'],
    ['a borrowing from another ring left aside', [borrowed('a', 'x')], 'a b c d e'],
    ['a circle of borrowings kept whole', [borrowed('a', 'b'), borrowed('b', 'a')], 'c d e a b'],
  ])('%s', (_label, edges, order) => {
    expect(
      ringOrder(members, edges)
        .map((n) => n.id)
        .join(' '),
    ).toBe(order);
  });
});

describe('the network over time', () => {
  const grown: Network = {
    nodes: [municipality('m', 2021), initiative('a', 'm', 2021), initiative('b', 'm', 2023)],
    edges: [
      { kind: 'works_in', from: 'a', to: 'm', year: 2021 },
      { kind: 'works_in', from: 'b', to: 'm', year: 2023 },
      { kind: 'borrowed', from: 'b', to: 'a', year: 2023 },
    ],
  };
  it.each([
    [2020, [], []],
    [2021, ['m', 'a'], ['a works_in m']],
    [2022, ['m', 'a'], ['a works_in m']],
    [2023, ['m', 'a', 'b'], ['a works_in m', 'b works_in m', 'b borrowed a']],
  ])('in %i', (year, nodes, edges) => {
    const shown = visibleAt(grown, year);
    expect(shown.nodes.map((n) => n.id)).toEqual(nodes);
    expect(shown.edges.map((e) => `${e.from} ${e.kind} ${e.to}`)).toEqual(edges);
  });

  it.each([
    ['an empty network', network(), null],
    ['one year', network(initiative('a', null, 2024)), { min: 2024, max: 2024 }],
    ['several', grown, { min: 2021, max: 2023 }],
  ])('knows the years of %s', (_label, n, years) => {
    expect(yearsOf(n)).toEqual(years);
  });
});

describe('an edge between two nodes', () => {
  it.each([
    ['cut back to both nodes', { x: 0, y: 0 }, { x: 100, y: 0 }, 0, { x1: 10, y1: 0, x2: 80, y2: 0 }],
    ['with room for an arrowhead', { x: 0, y: 0 }, { x: 100, y: 0 }, 5, { x1: 10, y1: 0, x2: 75, y2: 0 }],
    ['upwards', { x: 0, y: 100 }, { x: 0, y: 0 }, 0, { x1: 0, y1: 90, x2: 0, y2: 20 }],
    ['none between nodes that touch', { x: 0, y: 0 }, { x: 25, y: 0 }, 0, null],
  ])('%s', (_label, from, to, gap, line) => {
    expect(edgeLine(from, to, 10, 20, gap)).toEqual(line);
  });
});

describe('a node’s label', () => {
  it.each([
    ['Jobbspåret Sjöstad', 'Jobbspåret Sjöstad'],
    ['x'.repeat(LABEL_MAX), 'x'.repeat(LABEL_MAX)],
    ['Samordnad rehabilitering Försäkringskassan–Regionen', 'Samordnad rehabilitering…'],
  ])('%s', (name, label) => {
    expect(shortLabel(name)).toBe(label);
    expect(shortLabel(name).length).toBeLessThanOrEqual(LABEL_MAX);
  });
});
