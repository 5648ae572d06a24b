import { http, query } from '../../lib/http.ts';

/** The report's row kinds; the server's GROUP_BY. */
export const GROUP_BY = ['intervention', 'provider', 'referrer', 'targetGroup', 'gender', 'ageBand', 'quarter'] as const;
export type GroupBy = (typeof GROUP_BY)[number];

/** A count as published: the number, "< 5", or suppressed so that no small count can be recovered by subtraction. */
export type Shown = { kind: 'value'; value: number } | { kind: 'small' } | { kind: 'hidden' };

export interface Figures {
  referrals: {
    sent: Shown;
    acceptedOrLater: Shown;
    waitlisted: Shown;
    declined: Shown;
    expired: Shown;
    withdrawn: Shown;
    open: Shown;
    closedLoop: Shown;
    closedLoopRate: number | null;
    medianDaysToStart: number | null;
  } | null;
  participations: { started: Shown; running: Shown; ended: Shown; completed: Shown; droppedOut: Shown; completionRate: number | null };
  situationAtEnd: { work: Shown; studies: Shown; jobSeeking: Shown; other: Shown; shareInWorkOrStudies: number | null };
  followUps: {
    daysAfterEnd: number;
    workOrStudies: Shown;
    other: Shown;
    notReachable: Shown;
    missing: Shown;
    notYetDue: Shown;
    shareInWorkOrStudies: number | null;
  }[];
  cost: {
    people: Shown;
    peopleInWorkOrStudiesAtEnd: Shown;
    totalOre: number | null;
    perParticipantOre: number | null;
    perOutcomeOre: number | null;
  };
}

export interface EvaluationRow {
  key: string | null;
  label: string | null;
  figures: Figures;
}

export interface Evaluation {
  groupBy: GroupBy;
  from: string | null;
  to: string | null;
  smallCell: number;
  followUpDays: number[];
  rowsArePartition: boolean;
  rows: EvaluationRow[];
  total: Figures;
}

export interface EvaluationFilters {
  groupBy: GroupBy;
  from?: string;
  to?: string;
}

export const evaluationKeys = { report: (f: EvaluationFilters) => ['evaluation', f] as const };

export const getEvaluation = (f: EvaluationFilters) => http.get<Evaluation>(`/api/evaluation${query({ ...f })}`, 'read the evaluation');

/** The same report as a file, in the user's language where the export has it. */
export const evaluationExportUrl = (format: 'csv' | 'xlsx', f: EvaluationFilters, language: string) =>
  `/api/evaluation/export.${format}${query({ ...f, language: ['sv', 'en', 'ar'].includes(language) ? language : 'sv' })}`;
