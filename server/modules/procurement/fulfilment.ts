import type { ContractRequirementKind } from '../../../common/offer.ts';
import type { FulfilmentStatus } from '../../../common/procurement.ts';
import { finsamGroup, isExcludedEndReason } from '../participations/rules.ts';

/**
 * Contract fulfilment, the municipality as procurer: a contract's employment requirements ("6 placements and 2 jobs
 * per contract year") against what the participations in the interventions linked to the contract achieved. Pure:
 * the service loads the contract and its participations, this decides.
 */

const DAY_MS = 86_400_000;
const time = (date: string) => Date.parse(`${date}T00:00:00Z`);
const addDays = (date: string, days: number) => new Date(time(date) + days * DAY_MS).toISOString().slice(0, 10);
/** Days from `from` to `to`, both counted. */
const daysFromTo = (from: string, to: string) => Math.round((time(to) - time(from)) / DAY_MS) + 1;
const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/**
 * The same day `years` years later. 29 February becomes 1 March in a year without it, as a person born on a leap day
 * ages on 1 March (common/offer.ts, ageOn).
 */
export function addYears(date: string, years: number): string {
  const year = Number(date.slice(0, 4)) + years;
  const monthDay = date.slice(5);
  return `${String(year).padStart(4, '0')}-${monthDay === '02-29' && !isLeapYear(year) ? '03-01' : monthDay}`;
}

export interface ContractYear {
  /** 1 for the contract's first year. */
  year: number;
  from: string;
  /** The year's last day: the day before the next contract year begins, or the contract's last day. */
  to: string;
  /** Days of the year within the contract, and days of a whole contract year (365, or 366 over a 29 February). */
  days: number;
  fullDays: number;
}

/**
 * The contract years: the first begins on the start date, each next one on the same day of the following year,
 * always counted from the start date (so a start on 29 February does not drift to 1 March for good); the last one
 * ends with the contract and may be short.
 */
export function contractYears(startDate: string, endDate: string): ContractYear[] {
  const years: ContractYear[] = [];
  for (let n = 0; addYears(startDate, n) <= endDate; n++) {
    const from = addYears(startDate, n);
    const lastDay = addDays(addYears(startDate, n + 1), -1);
    const to = lastDay < endDate ? lastDay : endDate;
    years.push({ year: n + 1, from, to, days: daysFromTo(from, to), fullDays: daysFromTo(from, lastDay) });
  }
  return years;
}

/** A year cut short by the contract's end requires its share of the yearly number, rounded half up. */
export function requiredInYear(perYear: number, year: Pick<ContractYear, 'days' | 'fullDays'>): number {
  if (year.days >= year.fullDays) return perYear;
  return Math.floor((2 * perYear * year.days + year.fullDays) / (2 * year.fullDays));
}

/** When a day is counted: a placement on the day it started, a job on the day the participation ended in work. */
export interface Achievements {
  placements: readonly string[];
  jobs: readonly string[];
}

export interface CountedParticipation {
  startDate: string;
  endDate: string | null;
  endReason: string | null;
  endOccupation: string | null;
}

/**
 * What participations achieve for a contract: each is a placement from its start; one that ended with an
 * occupation in the national follow-up's group `work` (with or without subsidy, own business) is also a job on its
 * end day. A participation ended as a wrong registration (end reason group `excluded`) counts for nothing.
 */
export function achievementsOf(participations: readonly CountedParticipation[]): Achievements {
  const placements: string[] = [];
  const jobs: string[] = [];
  for (const p of participations) {
    if (p.endReason !== null && isExcludedEndReason(p.endReason)) continue;
    placements.push(p.startDate);
    if (p.endDate !== null && p.endOccupation !== null && finsamGroup('occupation', p.endOccupation) === 'work') jobs.push(p.endDate);
  }
  return { placements, jobs };
}

export interface RequirementFulfilment {
  kind: ContractRequirementKind;
  required: number;
  achieved: number;
  /** The share of `required` due by today, rounded down: all of it once the year is over, none before it begins. */
  expectedByToday: number;
  status: FulfilmentStatus;
}

export interface YearFulfilment {
  year: number;
  from: string;
  to: string;
  requirements: RequirementFulfilment[];
}

export interface ContractFulfilment {
  /** The contract's status: its current year's (see below), `not_started` before it begins. */
  status: FulfilmentStatus;
  /** The contract year today falls in; null before the start and after the end. */
  currentYear: number | null;
  /** The years begun by today, oldest first (only the first year, not started, before the contract begins). */
  years: YearFulfilment[];
}

/** One requirement in one year: met when achieved; over and short is unmet; otherwise measured against the share due. */
export function requirementStatus(
  r: { required: number; achieved: number; expectedByToday: number },
  year: 'future' | 'running' | 'over',
): FulfilmentStatus {
  if (year === 'future') return 'not_started';
  if (r.achieved >= r.required) return 'met';
  if (year === 'over') return 'ended_unmet';
  return r.achieved >= r.expectedByToday ? 'on_track' : 'behind';
}

/**
 * The contract's fulfilment on `today`. Each requirement is counted per contract year from the achievements dated in
 * that year up to today. While the contract runs its status is its current year's: `behind` when any requirement is
 * behind, `met` when every one is met, otherwise `on_track`. After its end it is `ended_unmet` when any requirement
 * of any year went unmet, otherwise `met`. A contract without requirements is `met` once it has begun.
 */
export function contractFulfilment(
  contract: { startDate: string; endDate: string; requirements: readonly { kind: ContractRequirementKind; perYear: number }[] },
  achieved: Achievements,
  today: string,
): ContractFulfilment {
  const all = contractYears(contract.startDate, contract.endDate);
  const begun = all.filter((y) => y.from <= today);
  const shown = begun.length > 0 ? begun : all.slice(0, 1);
  const years = shown.map((y): YearFulfilment => {
    const state = today < y.from ? 'future' : today > y.to ? 'over' : 'running';
    const upTo = today < y.to ? today : y.to;
    const elapsed = state === 'future' ? 0 : daysFromTo(y.from, upTo);
    const count = (days: readonly string[]) => days.filter((d) => d >= y.from && d <= upTo).length;
    return {
      year: y.year,
      from: y.from,
      to: y.to,
      requirements: contract.requirements.map((r) => {
        const required = requiredInYear(r.perYear, y);
        const figures = {
          required,
          achieved: state === 'future' ? 0 : count(achieved[r.kind]),
          expectedByToday: Math.floor((required * elapsed) / y.days),
        };
        return { kind: r.kind, ...figures, status: requirementStatus(figures, state) };
      }),
    };
  });
  if (begun.length === 0) return { status: 'not_started', currentYear: null, years };
  if (today > contract.endDate) {
    const unmet = years.some((y) => y.requirements.some((r) => r.status === 'ended_unmet'));
    return { status: unmet ? 'ended_unmet' : 'met', currentYear: null, years };
  }
  const current = years[years.length - 1]!;
  const statuses = current.requirements.map((r) => r.status);
  const status = statuses.includes('behind') ? 'behind' : statuses.every((s) => s === 'met') ? 'met' : 'on_track';
  return { status, currentYear: current.year, years };
}
