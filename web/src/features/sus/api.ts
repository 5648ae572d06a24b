import { http, query } from '../../lib/http.ts';
import type { Shown } from '../evaluation/api.ts';

/** Counts per category code (the national follow-up's, plus `unknown` where a record lacks it), with their total. */
export interface CountList {
  codes: string[];
  cells: Shown[];
  total: Shown;
}

/** The report for the förbund or one initiative and a period (GET /api/sus/report). */
export interface SusReport {
  scope: { initiativeId: string | null; initiativeName: string | null; from: string; to: string };
  /** Different people who took part in the period. */
  people: Shown;
  genderByAge: {
    genders: string[];
    ageBands: string[];
    cells: Shown[][];
    rowTotals: Shown[];
    columnTotals: Shown[];
    total: Shown;
  };
  timeInSupport: CountList;
  educationLevel: CountList;
  occupationBefore: CountList;
  occupationAfter: CountList;
  endReasons: CountList;
  /** Several per participation, so no total. */
  incomeBefore: Omit<CountList, 'total'>;
  incomeAfter: Omit<CountList, 'total'>;
}

/** What a participation can lack that the report needs (the server's Completeness.missing). */
export const MISSING_FIELDS = ['age', 'gender', 'timeInSupport', 'educationLevel', 'endOccupation', 'endIncomeSources'] as const;
export type MissingField = (typeof MISSING_FIELDS)[number];

export interface Completeness {
  organisations: {
    organisationId: string;
    organisationName: string;
    /** Participations lacking something. */
    incomplete: number;
    missing: Record<MissingField, number>;
  }[];
  incomplete: number;
}

export interface SusFilters {
  initiativeId?: string;
  from: string;
  to: string;
}

export const susKeys = {
  report: (f: SusFilters) => ['sus', 'report', f] as const,
  completeness: (f: SusFilters) => ['sus', 'completeness', f] as const,
};

export const getSusReport = (f: SusFilters) => http.get<SusReport>(`/api/sus/report${query({ ...f })}`, 'read the SUS report');

export const getCompleteness = (f: SusFilters) =>
  http.get<Completeness>(`/api/sus/completeness${query({ ...f })}`, 'read what the SUS report lacks');
