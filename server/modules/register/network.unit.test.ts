import { describe, expect, it } from 'vitest';
import type { Searchable, NetworkInitiative } from './network.ts';
import { buildNetwork, initiativeYear, matchesRegister, municipalitiesOf, municipalityNodeId, statusDates } from './network.ts';

describe('the year an initiative enters the network', () => {
  it.each([
    ['its start year', { startDate: '2023-09-01', createdAt: '2021-05-05T10:00:00Z' }, 2023],
    ['a start before it was recorded', { startDate: '2019-01-01', createdAt: '2024-05-05T10:00:00Z' }, 2019],
    ['without a start, the year it was recorded', { startDate: null, createdAt: '2024-05-05T10:00:00Z' }, 2024],
    ['recorded on New Year’s night, in Swedish time', { startDate: null, createdAt: '2024-12-31T23:30:00Z' }, 2025],
  ])('%s', (_label, initiative, year) => {
    expect(initiativeYear(initiative)).toBe(year);
  });
});

describe('the days of running, implementation and end', () => {
  const at = (toState: 'running' | 'implemented' | 'ended' | 'evaluated', timestamp: string) => ({ toState, at: timestamp });
  it.each([
    ['never started', [], { running: null, implemented: null, ended: null }],
    ['running since its first start', [at('running', '2024-03-01T09:00:00Z')], { running: '2024-03-01', implemented: null, ended: null }],
    [
      'implemented, in Swedish time',
      [at('running', '2023-02-01T09:00:00Z'), at('evaluated', '2024-01-10T09:00:00Z'), at('implemented', '2024-06-30T22:30:00Z')],
      { running: '2023-02-01', implemented: '2024-07-01', ended: null },
    ],
    ['ended before it ran', [at('ended', '2024-02-02T12:00:00Z')], { running: null, implemented: null, ended: '2024-02-02' }],
    [
      'events out of order',
      [at('ended', '2025-05-05T12:00:00Z'), at('running', '2024-04-04T12:00:00Z'), at('running', '2024-01-01T12:00:00Z')],
      { running: '2024-01-01', implemented: null, ended: '2025-05-05' },
    ],
  ] as const)('%s', (_label, events, expected) => {
    expect(statusDates(events)).toEqual(expected);
  });
});

describe('the filters', () => {
  const entry: Searchable = {
    name: 'Jobbspåret Sjöstad',
    description: 'Träningsplatser i sociala företag',
    targetGroup: 'Nyanlända',
    origin: 'Arbetsmarknadsenhetens jobbcoacher',
    municipality: 'Sjöstad',
    areaName: 'Samordningsförbundet Sjöland',
    homeOrganisation: 'Sjöstads kommun',
    municipalityRoles: ['entrepreneur', 'employer'],
    state: 'running',
  };
  it.each([
    ['no filter', {}, true],
    ['a word of the name, in another case', { q: 'JOBBSPÅRET' }, true],
    ['words from different fields', { q: '  nyanlända   sociala ' }, true],
    ['a word of the area', { q: 'sjöland' }, true],
    ['a word of the home organisation', { q: 'kommun' }, true],
    ['a word it does not have', { q: 'jobbspåret ungdomar' }, false],
    ['spaces only', { q: '   ' }, true],
    ['a wildcard is a plain character', { q: '%' }, false],
    ['the municipality, case and spaces aside', { municipality: ' sjöstad ' }, true],
    ['another municipality', { municipality: 'Lund' }, false],
    ['a part of the municipality is not it', { municipality: 'Sjö' }, false],
    ['one of its roles', { role: 'employer' }, true],
    ['a role it does not have', { role: 'procurer' }, false],
    ['its state', { state: 'running' }, true],
    ['another state', { state: 'ended' }, false],
    ['all at once', { q: 'jobb', municipality: 'Sjöstad', role: 'entrepreneur', state: 'running' }, true],
  ] as const)('%s', (_label, query, expected) => {
    expect(matchesRegister(entry, query)).toBe(expected);
  });
});

describe('the municipalities of the register', () => {
  it.each([
    ['none', [], []],
    ['each once, by name', ['Sjöstad', 'Lund', 'Ängelholm', 'Arboga'], ['Arboga', 'Lund', 'Sjöstad', 'Ängelholm']],
    ['an empty one left out', ['', '  ', 'Lund'], ['Lund']],
    ['under the most used spelling', ['lund', 'Lund ', 'Lund', 'LUND'], ['Lund']],
    ['capitals first between spellings used as often', ['sjöstad', 'Sjöstad'], ['Sjöstad']],
    ['spaces inside collapsed', ['Upplands  Väsby', 'Upplands Väsby'], ['Upplands Väsby']],
  ])('%s', (_label, names, expected) => {
    expect(municipalitiesOf(names.map((municipality) => ({ municipality })))).toEqual(expected);
  });
});

describe('the network of who borrowed from whom', () => {
  const initiative = (id: string, year: number, municipality: string, inspiredBy: string | null = null): NetworkInitiative => ({
    id,
    name: `Initiativ ${id}`,
    state: 'running',
    municipality,
    areaName: 'Förbundet',
    inspiredBy,
    year,
  });
  const lund = municipalityNodeId('Lund');
  const sjostad = municipalityNodeId('Sjöstad');
  const edges = (list: NetworkInitiative[]) => buildNetwork(list).edges.map((e) => `${e.from} ${e.kind} ${e.to} ${e.year}`);
  const nodes = (list: NetworkInitiative[]) => buildNetwork(list).nodes.map((n) => `${n.kind} ${n.id} ${n.year}`);

  it.each([
    ['empty', [], [], []],
    [
      'one initiative in its municipality',
      [initiative('a', 2022, 'Lund')],
      [`municipality ${lund} 2022`, 'initiative a 2022'],
      [`a works_in ${lund} 2022`],
    ],
    [
      'a borrowing across municipalities, in the year of the borrower',
      [initiative('b', 2024, 'Sjöstad', 'a'), initiative('a', 2022, 'Lund')],
      [`municipality ${lund} 2022`, `municipality ${sjostad} 2024`, 'initiative a 2022', 'initiative b 2024'],
      [`a works_in ${lund} 2022`, `b works_in ${sjostad} 2024`, `b borrowed a 2024`],
    ],
    [
      'a borrowing from one that started later, in the later year',
      [initiative('a', 2025, 'Lund'), initiative('b', 2023, 'Lund', 'a')],
      [`municipality ${lund} 2023`, 'initiative b 2023', 'initiative a 2025'],
      [`b works_in ${lund} 2023`, `a works_in ${lund} 2025`, `b borrowed a 2025`],
    ],
    [
      'one outside the register, or itself, is no edge',
      [initiative('a', 2022, 'Lund', 'secret'), initiative('b', 2023, 'Lund', 'b')],
      [`municipality ${lund} 2022`, 'initiative a 2022', 'initiative b 2023'],
      [`a works_in ${lund} 2022`, `b works_in ${lund} 2023`],
    ],
    [
      'a municipality once, case and spaces aside, from its first year',
      [initiative('a', 2024, 'lund '), initiative('b', 2021, 'Lund')],
      [`municipality ${lund} 2021`, 'initiative b 2021', 'initiative a 2024'],
      [`b works_in ${lund} 2021`, `a works_in ${lund} 2024`],
    ],
    ['no municipality, no municipality node', [initiative('a', 2022, ' ')], ['initiative a 2022'], []],
    [
      'two that borrowed from one, and a chain',
      [
        initiative('a', 2020, 'Lund'),
        initiative('b', 2021, 'Lund', 'a'),
        initiative('c', 2022, 'Lund', 'a'),
        initiative('d', 2023, 'Lund', 'c'),
      ],
      [`municipality ${lund} 2020`, 'initiative a 2020', 'initiative b 2021', 'initiative c 2022', 'initiative d 2023'],
      [
        `a works_in ${lund} 2020`,
        `b works_in ${lund} 2021`,
        `c works_in ${lund} 2022`,
        `d works_in ${lund} 2023`,
        'b borrowed a 2021',
        'c borrowed a 2022',
        'd borrowed c 2023',
      ],
    ],
  ])('%s', (_label, list, expectedNodes, expectedEdges) => {
    expect(nodes(list)).toEqual(expectedNodes);
    expect(edges(list)).toEqual(expectedEdges);
  });

  it('names a municipality by its most used spelling and an initiative by its municipality’s node', () => {
    const network = buildNetwork([initiative('a', 2022, 'sjöstad'), initiative('b', 2022, 'Sjöstad'), initiative('c', 2023, 'Sjöstad')]);
    expect(network.nodes[0]).toEqual({ kind: 'municipality', id: sjostad, name: 'Sjöstad', year: 2022 });
    expect(network.nodes.filter((n) => n.kind === 'initiative').map((n) => n.kind === 'initiative' && n.municipalityId)).toEqual([
      sjostad,
      sjostad,
      sjostad,
    ]);
  });
});
