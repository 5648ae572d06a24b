import { describe, expect, it } from 'vitest';
import { achievementsOf, addYears, contractFulfilment, contractYears, requiredInYear, requirementStatus } from './fulfilment.ts';

const none = { placements: [], jobs: [] };
const SIX_AND_TWO = [
  { kind: 'placements' as const, perYear: 6 },
  { kind: 'jobs' as const, perYear: 2 },
];
const contract = (startDate: string, endDate: string, requirements = SIX_AND_TWO) => ({ startDate, endDate, requirements });

describe('addYears', () => {
  it.each([
    ['2024-03-15', 1, '2025-03-15'],
    ['2024-02-29', 1, '2025-03-01'],
    ['2024-02-29', 4, '2028-02-29'],
    ['2023-02-28', 1, '2024-02-28'],
    ['2099-12-31', 1, '2100-12-31'],
    ['2096-02-29', 4, '2100-03-01'],
  ] as const)('%s + %i years = %s', (date, years, expected) => expect(addYears(date, years)).toBe(expected));
});

describe('contractYears', () => {
  it('runs from the start date, year after year, the last one cut by the end', () => {
    expect(contractYears('2024-03-01', '2026-06-30')).toEqual([
      { year: 1, from: '2024-03-01', to: '2025-02-28', days: 365, fullDays: 365 },
      { year: 2, from: '2025-03-01', to: '2026-02-28', days: 365, fullDays: 365 },
      { year: 3, from: '2026-03-01', to: '2026-06-30', days: 122, fullDays: 365 },
    ]);
  });

  it('counts 366 days in a year over a 29 February, and keeps a leap-day start from drifting', () => {
    const years = contractYears('2024-02-29', '2028-12-31');
    expect(years.map((y) => [y.from, y.to, y.fullDays])).toEqual([
      ['2024-02-29', '2025-02-28', 366],
      ['2025-03-01', '2026-02-28', 365],
      ['2026-03-01', '2027-02-28', 365],
      ['2027-03-01', '2028-02-28', 365],
      ['2028-02-29', '2028-12-31', 366],
    ]);
    expect(contractYears('2023-03-01', '2024-02-29')).toEqual([
      { year: 1, from: '2023-03-01', to: '2024-02-29', days: 366, fullDays: 366 },
    ]);
  });

  it('has one day for a one-day contract and none when the dates are reversed', () => {
    expect(contractYears('2025-05-05', '2025-05-05')).toEqual([{ year: 1, from: '2025-05-05', to: '2025-05-05', days: 1, fullDays: 365 }]);
    expect(contractYears('2025-05-05', '2025-05-04')).toEqual([]);
  });
});

describe('requiredInYear', () => {
  it.each([
    [6, 365, 365, 6],
    [6, 122, 365, 2],
    [6, 91, 365, 1],
    [2, 92, 366, 1],
    [2, 91, 366, 0],
    [0, 100, 365, 0],
  ])('%i a year over %i of %i days requires %i', (perYear, days, fullDays, expected) =>
    expect(requiredInYear(perYear, { days, fullDays })).toBe(expected),
  );
});

describe('requirementStatus', () => {
  it.each([
    [{ required: 6, achieved: 6, expectedByToday: 3 }, 'running', 'met'],
    [{ required: 6, achieved: 3, expectedByToday: 3 }, 'running', 'on_track'],
    [{ required: 6, achieved: 2, expectedByToday: 3 }, 'running', 'behind'],
    [{ required: 6, achieved: 5, expectedByToday: 6 }, 'over', 'ended_unmet'],
    [{ required: 6, achieved: 7, expectedByToday: 6 }, 'over', 'met'],
    [{ required: 0, achieved: 0, expectedByToday: 0 }, 'running', 'met'],
    [{ required: 0, achieved: 0, expectedByToday: 0 }, 'future', 'not_started'],
  ] as const)('%j in a year %s is %s', (figures, year, expected) => expect(requirementStatus(figures, year)).toBe(expected));
});

describe('contractFulfilment', () => {
  const c = contract('2025-01-01', '2027-12-31');

  it('is not started before the first day, with the first year shown', () => {
    const f = contractFulfilment(c, none, '2024-12-31');
    expect(f.status).toBe('not_started');
    expect(f.currentYear).toBeNull();
    expect(f.years).toHaveLength(1);
    expect(f.years[0]!.requirements.map((r) => [r.required, r.achieved, r.expectedByToday, r.status])).toEqual([
      [6, 0, 0, 'not_started'],
      [2, 0, 0, 'not_started'],
    ]);
  });

  it('expects the elapsed share of each requirement, rounded down', () => {
    // 1 July is day 182 of 365: 6 × 182 / 365 = 2.99 → 2; 2 × 182 / 365 = 0.99 → 0.
    const f = contractFulfilment(c, { placements: ['2025-02-01', '2025-05-01'], jobs: [] }, '2025-07-01');
    expect(f.status).toBe('on_track');
    expect(f.currentYear).toBe(1);
    expect(f.years[0]!.requirements).toEqual([
      { kind: 'placements', required: 6, achieved: 2, expectedByToday: 2, status: 'on_track' },
      { kind: 'jobs', required: 2, achieved: 0, expectedByToday: 0, status: 'on_track' },
    ]);
    // The next day 6 × 183 / 365 = 3.008: two placements are now behind.
    expect(contractFulfilment(c, { placements: ['2025-02-01', '2025-05-01'], jobs: [] }, '2025-07-02').status).toBe('behind');
  });

  it('counts a day on the year’s last day in that year and on the next year’s first day in the next', () => {
    const achieved = { placements: ['2025-12-31', '2026-01-01'], jobs: ['2026-01-01', '2026-01-01'] };
    const f = contractFulfilment(c, achieved, '2026-01-01');
    expect(f.currentYear).toBe(2);
    expect(f.years.map((y) => y.requirements.map((r) => [r.achieved, r.status]))).toEqual([
      [
        [1, 'ended_unmet'],
        [0, 'ended_unmet'],
      ],
      [
        [1, 'on_track'],
        [2, 'met'],
      ],
    ]);
    // What happened after today is not counted yet.
    expect(contractFulfilment(c, achieved, '2025-12-31').years[0]!.requirements[0]!.achieved).toBe(1);
    expect(contractFulfilment(c, { placements: ['2026-01-01'], jobs: [] }, '2025-12-31').years[0]!.requirements[0]!.achieved).toBe(0);
  });

  it('measures a contract begun on 29 February over 366 days, and its second year from 1 March', () => {
    const leap = contract('2024-02-29', '2026-02-28', [{ kind: 'placements', perYear: 366 }]);
    const first = contractFulfilment(leap, none, '2024-03-01');
    expect(first.years[0]!.requirements[0]).toMatchObject({ required: 366, expectedByToday: 2, status: 'behind' });
    expect(contractFulfilment(leap, none, '2025-02-27').years[0]!.requirements[0]!.expectedByToday).toBe(365);
    expect(contractFulfilment(leap, none, '2025-02-28').years[0]!.requirements[0]!.expectedByToday).toBe(366);
    const second = contractFulfilment(leap, { placements: ['2025-02-28', '2025-03-01'], jobs: [] }, '2025-03-01');
    expect(second.currentYear).toBe(2);
    expect(second.years[1]).toMatchObject({ from: '2025-03-01', to: '2026-02-28' });
    expect(second.years[1]!.requirements[0]).toMatchObject({ required: 366, achieved: 1, expectedByToday: 1, status: 'on_track' });
  });

  it('requires a short last year’s share, and after the end is met or ended unmet', () => {
    const short = contract('2025-01-01', '2026-03-31');
    const all = {
      placements: ['2025-03-01', '2025-04-01', '2025-05-01', '2025-06-01', '2025-07-01', '2025-08-01', '2026-02-01'],
      jobs: [],
    };
    const jobs = ['2025-09-01', '2025-10-01', '2026-03-31'];
    const ended = contractFulfilment(short, { ...all, jobs }, '2026-04-01');
    // 1 January – 31 March 2026 is 90 of 365 days: 6 → 1.48 → 1, 2 → 0.49 → 0.
    expect(ended.years[1]!.requirements.map((r) => [r.required, r.achieved, r.status])).toEqual([
      [1, 1, 'met'],
      [0, 1, 'met'],
    ]);
    expect(ended).toMatchObject({ status: 'met', currentYear: null });
    const unmet = contractFulfilment(short, { ...all, jobs: jobs.slice(1) }, '2030-01-01');
    expect(unmet.status).toBe('ended_unmet');
    expect(unmet.years[0]!.requirements[1]).toMatchObject({ required: 2, achieved: 1, expectedByToday: 2, status: 'ended_unmet' });
  });

  it('treats a requirement of 0 as met from the first day, and a contract without requirements as met', () => {
    const zero = contract('2025-01-01', '2025-12-31', [
      { kind: 'placements', perYear: 0 },
      { kind: 'jobs', perYear: 1 },
    ]);
    const f = contractFulfilment(zero, none, '2025-01-01');
    expect(f.years[0]!.requirements.map((r) => r.status)).toEqual(['met', 'on_track']);
    expect(f.status).toBe('on_track');
    expect(contractFulfilment(contract('2025-01-01', '2025-12-31', []), none, '2025-06-01').status).toBe('met');
  });

  it('is met while running only when every requirement is', () => {
    const achieved = { placements: Array(6).fill('2025-03-01') as string[], jobs: ['2025-04-01', '2025-05-01'] };
    expect(contractFulfilment(c, achieved, '2025-06-01').status).toBe('met');
    expect(contractFulfilment(c, { ...achieved, jobs: [] }, '2025-06-01').status).toBe('on_track');
  });
});

describe('achievementsOf', () => {
  const p = (startDate: string, endDate: string | null, endReason: string | null, endOccupation: string | null) => ({
    startDate,
    endDate,
    endReason,
    endOccupation,
  });

  it('counts every start as a placement and an end in work as a job, never a wrong registration', () => {
    expect(
      achievementsOf([
        p('2025-01-10', null, null, null),
        p('2025-02-10', '2025-05-10', 'work', 'work_subsidised'),
        p('2025-03-10', '2025-06-10', 'own_choice', 'own_business'),
        p('2025-04-10', '2025-07-10', 'studies', 'studies'),
        p('2025-05-10', '2025-08-10', 'wrong_registration', 'work_unsubsidised'),
      ]),
    ).toEqual({ placements: ['2025-01-10', '2025-02-10', '2025-03-10', '2025-04-10'], jobs: ['2025-05-10', '2025-06-10'] });
  });
});
