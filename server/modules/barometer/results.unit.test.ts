import { describe, expect, it } from 'vitest';
import { ROLE_GROUPS, type RoleGroup } from '../../../common/governance.ts';
import type { Shown } from '../../../common/suppression.ts';
import { seededRandom } from '../../demo/numbers.ts';
import { ROLE_GROUPS_OF } from './policy.ts';
import { countOnly, publishRound, statementFigures, type AnswerRow, type RoundFigures } from './results.ts';

const STATEMENTS = [
  { key: 'picture', text: 'Vi har en gemensam bild' },
  { key: 'contact', text: 'Jag vet vem jag ska kontakta' },
];
const NAMES = new Map([
  ['a', 'Arbetsförmedlingen'],
  ['b', 'Försäkringskassan'],
  ['c', 'Kommunen'],
  ['d', 'Regionen'],
  ['e', 'Socialtjänsten'],
]);
const STAFF = ROLE_GROUPS_OF.staff;

/** `n` answers of an organisation, each rating both statements `rating` and saying `text` about what works well. */
const answers = (organisationId: string | null, n: number, rating = 4, roleGroup: RoleGroup = 'caseworker', text = 'Bra möten') =>
  Array.from({ length: n }, (): AnswerRow => ({
    organisationId,
    roleGroup,
    openAnswers: { works_well: text },
    ratings: { picture: rating, contact: rating },
  }));

const show = (s: Shown) => (s.kind === 'value' ? String(s.value) : s.kind === 'small' ? '<5' : 'X');
/** One line per organisation "name count mean", then the total, then who the texts are attributed to. */
function render(f: RoundFigures) {
  return [
    ...f.organisations.map((o) => `${o.organisation?.name ?? '(ingen)'} ${show(o.answers)} ${o.statements[0]!.mean ?? '–'}`),
    `totalt ${show(f.answers)} ${f.total[0]!.mean ?? '–'}`,
    `texter: ${f.texts[0]?.answers.map((a) => a.organisation?.name ?? '?').join(', ') ?? 'inga'}`,
  ];
}
const publish = (rows: AnswerRow[]) => publishRound(rows, STATEMENTS, STAFF, NAMES);

describe('publishRound: what a closed round shows', () => {
  it.each([
    [
      'an organisation with 3 answers is "< 5" without a mean; its complement is hidden, and the others together are ≥ 5',
      [...answers('a', 3, 1), ...answers('b', 6, 4), ...answers('c', 5, 5)],
      [
        'Arbetsförmedlingen <5 –',
        'Försäkringskassan 6 4',
        'Kommunen X –',
        'totalt 14 3.71',
        `texter: ${[...Array(8).fill('?'), ...Array(6).fill('Försäkringskassan')].join(', ')}`,
      ],
    ],
    [
      'two small organisations beside a large one: the total’s mean would give the four away, so it is withheld',
      [...answers('a', 2, 1), ...answers('b', 2, 2), ...answers('c', 9, 5)],
      ['Arbetsförmedlingen <5 –', 'Försäkringskassan <5 –', 'Kommunen 9 5', 'totalt 13 –', 'texter: ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?'],
    ],
    [
      'four and four: both "< 5" would pin each other at 4 under a total of 8, so both are hidden',
      [...answers('a', 4, 2), ...answers('b', 4, 3)],
      ['Arbetsförmedlingen X –', 'Försäkringskassan X –', 'totalt 8 2.5', 'texter: ?, ?, ?, ?, ?, ?, ?, ?'],
    ],
    [
      'large organisations: everything shown, texts named',
      [...answers('a', 5, 2), ...answers('b', 7, 4)],
      [
        'Arbetsförmedlingen 5 2',
        'Försäkringskassan 7 4',
        'totalt 12 3.17',
        `texter: ${[...Array(5).fill('Arbetsförmedlingen'), ...Array(7).fill('Försäkringskassan')].join(', ')}`,
      ],
    ],
    ['three answers in all: "< 5", no figures and no texts', answers('a', 3), ['Arbetsförmedlingen <5 –', 'totalt <5 –', 'texter: inga']],
    [
      'staff without an organisation are a group of their own, listed last',
      [...answers(null, 6, 3), ...answers('d', 5, 5)],
      ['Regionen 5 5', '(ingen) 6 3', 'totalt 11 3.91', `texter: ${[...Array(6).fill('?'), ...Array(5).fill('Regionen')].join(', ')}`],
    ],
    ['no answers', [], ['totalt 0 –', 'texter: inga']],
  ])('%s', (_label, rows, expected) => {
    const f = publish(rows);
    expect(render(f)).toEqual(expected);
  });

  it('publishes role groups as counts only, suppressed with the same total', () => {
    const rows = [...answers('a', 7, 3, 'caseworker'), ...answers('a', 2, 3, 'manager'), ...answers('b', 6, 3, 'provider_staff')];
    const f = publish(rows);
    expect(f.roleGroups.map((g) => `${g.roleGroup} ${show(g.answers)}`)).toEqual([
      'caseworker 7',
      'manager <5',
      'provider_staff X',
      'other_staff 0',
    ]);
    expect(show(f.answers)).toBe('15');
  });

  it('lists the open answers by their text, never in the order they were given, and leaves out empty ones', () => {
    const rows = [
      ...answers('a', 1, 3, 'caseworker', 'Öppna mottagningen'),
      ...answers('a', 1, 3, 'caseworker', '   '),
      ...answers('a', 1, 3, 'caseworker', 'Att vi ses varje vecka'),
      ...answers('a', 1, 3, 'caseworker', 'Bra möten'),
      ...answers('a', 1, 3, 'caseworker', 'Ärliga samtal'),
      ...answers('a', 1, 3, 'caseworker', 'Kaffet'),
    ];
    const f = publish(rows);
    expect(f.texts.map((t) => t.question)).toEqual(['works_well', 'could_be_better', 'challenges', 'needed']);
    expect(f.texts[0]!.answers.map((a) => a.text)).toEqual([
      'Att vi ses varje vecka',
      'Bra möten',
      'Kaffet',
      'Ärliga samtal',
      'Öppna mottagningen',
    ]);
    expect(f.texts[1]!.answers).toEqual([]);
  });

  it('shows only the count while the round is open', () => {
    expect(countOnly(3, STATEMENTS)).toEqual({
      answers: { kind: 'small' },
      organisations: [],
      roleGroups: [],
      total: STATEMENTS.map(({ key }) => ({ key, mean: null, distribution: null })),
      texts: [],
    });
    expect(countOnly(12, STATEMENTS).answers).toEqual({ kind: 'value', value: 12 });
  });
});

describe('statementFigures: mean and distribution', () => {
  it.each([
    [[1, 2, 2, 5], 2.5, [1, 2, 0, 0, 1]],
    [[3], 3, [0, 0, 1, 0, 0]],
    [[1, 2, 2], 1.67, [1, 2, 0, 0, 0]],
    [[5, 5, 5, 5, 4], 4.8, [0, 0, 0, 1, 4]],
  ])('%j: mean %d, distribution %j', (ratings, mean, distribution) => {
    const rows = ratings.map((r) => ({ organisationId: null, roleGroup: 'caseworker' as const, openAnswers: {}, ratings: { picture: r } }));
    expect(statementFigures([STATEMENTS[0]!], rows)).toEqual([{ key: 'picture', mean, distribution }]);
  });

  it('has no figures for no ratings', () => {
    expect(statementFigures(STATEMENTS, [])).toEqual(STATEMENTS.map(({ key }) => ({ key, mean: null, distribution: null })));
  });
});

describe('publishRound on seeded random rounds: no small group can be told apart', () => {
  const rand = seededRandom(20250311);
  const rounds: AnswerRow[][] = [];
  for (let k = 0; k < 400; k++) {
    const organisations = [...NAMES.keys(), null].slice(0, 1 + Math.floor(rand() * 6));
    rounds.push(
      organisations.flatMap((o) =>
        Array.from({ length: Math.floor(rand() * (k % 2 ? 13 : 7)) }, () => ({
          organisationId: o,
          roleGroup: STAFF[Math.floor(rand() * STAFF.length)]!,
          openAnswers: rand() < 0.6 ? { works_well: `svar ${Math.floor(rand() * 1000)}` } : {},
          ratings: { picture: 1 + Math.floor(rand() * 5), contact: 1 + Math.floor(rand() * 5) },
        })),
      ),
    );
  }
  const truth = (rows: AnswerRow[], of: (r: AnswerRow) => string | null, key: string | null) => rows.filter((r) => of(r) === key).length;

  it(`keeps every rule on ${rounds.length} rounds`, () => {
    for (const rows of rounds) {
      const f = publish(rows);
      const where = JSON.stringify(rows.map((r) => [r.organisationId, r.roleGroup]));
      const total = f.answers.kind === 'value' ? f.answers.value : null;
      // Counts: every 1–4 is suppressed, every shown count is true, and no small count follows from the total and the rest.
      const lists: [Shown[], number[]][] = [
        [
          f.organisations.map((o) => o.answers),
          f.organisations.map((o) => truth(rows, (r) => r.organisationId, o.organisation?.id ?? null)),
        ],
        [f.roleGroups.map((g) => g.answers), ROLE_GROUPS.filter((g) => STAFF.includes(g)).map((g) => truth(rows, (r) => r.roleGroup, g))],
      ];
      const derived = lists.map(([shown]) =>
        shown.every((s) => s.kind === 'value') ? shown.reduce((a, s) => a + (s.kind === 'value' ? s.value : 0), 0) : null,
      );
      const knownTotal = total ?? derived.find((d) => d !== null) ?? null;
      if (f.answers.kind === 'small') expect(rows.length, where).toBeLessThan(5);
      else expect(knownTotal === null || knownTotal === rows.length, where).toBe(true);
      for (const [shown, counts] of lists) {
        shown.forEach((s, i) => {
          if (counts[i]! >= 1 && counts[i]! <= 4) expect(s.kind, where).not.toBe('value');
          if (s.kind === 'value') expect(s.value, where).toBe(counts[i]);
          const othersShown = shown.every((x, j) => j === i || x.kind === 'value');
          if (s.kind !== 'value' && counts[i]! > 0) expect(knownTotal !== null && othersShown, `${where} pins entry ${i}`).toBe(false);
        });
      }
      // Figures: only for shown groups of five or more; the total's only when everyone else together is none or ≥ 5.
      let explained = 0;
      f.organisations.forEach((o) => {
        if (o.statements[0]!.mean === null) return;
        expect(o.answers.kind === 'value' && o.answers.value >= 5, where).toBe(true);
        explained += (o.answers as { value: number }).value;
      });
      if (f.total[0]!.mean !== null) {
        expect(rows.length, where).toBeGreaterThanOrEqual(5);
        const others = rows.length - explained;
        expect(others === 0 || others >= 5, where).toBe(true);
      }
      // Texts: only in a round of five or more, named only for an organisation whose figures are shown.
      if (f.texts.length > 0) expect(total !== null && total >= 5, where).toBe(true);
      for (const t of f.texts)
        for (const a of t.answers)
          if (a.organisation)
            expect(f.organisations.find((o) => o.organisation?.id === a.organisation!.id)!.statements[0]!.mean).not.toBeNull();
    }
  });
});
