import type { SfiLevel } from '../../../../common/plan.ts';
import type { ProgressionEntryFields } from '../../../../common/progression.ts';

/** What the form sends: every field, null for those left empty. */
export interface ProgressionEntryInput extends ProgressionEntryFields {
  note: string | null;
}

/** One step on the person's timeline, as GET /api/participants/:id/progression returns it. */
export interface ProgressionEntry extends ProgressionEntryInput {
  id: string;
  sourceOrganisationId: string;
  sourceOrganisationName: string;
  recordedByName: string | null;
  recordedAt: string;
  version: number;
  /** The server lets the signed-in user change this entry (its source organisation's staff). */
  mayChange: boolean;
}

export interface ProgressionSummary {
  sfiLevel: SfiLevel | null;
  sfiLevelPassed: SfiLevel | null;
  civicOrientationDone: boolean;
}

export interface ProgressionTimeline {
  entries: ProgressionEntry[];
  summary: ProgressionSummary;
  mayRecord: boolean;
}
