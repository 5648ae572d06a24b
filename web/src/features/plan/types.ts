import type {
  ActivityField,
  ActivityKind,
  ActivityStatus,
  GoalStatus,
  PlanWarning,
  Prerequisites,
  Schedule,
} from '../../../../common/plan.ts';

export interface Goal {
  id: string;
  text: string;
  language: string | null;
  status: GoalStatus;
  writtenByParticipant: boolean;
  writtenByName: string | null;
  writtenByOrganisationName: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  /** Whether this user may edit the goal (the server decides again). */
  mayEdit: boolean;
}

export interface Activity {
  id: string;
  kind: ActivityKind;
  title: string;
  description: string | null;
  ownerOrganisationId: string | null;
  ownerOrganisationName: string | null;
  status: ActivityStatus;
  cancelReason: string | null;
  startDate: string;
  endDate: string | null;
  schedule: Schedule;
  place: string | null;
  goalId: string | null;
  agreed: boolean;
  prerequisites: Prerequisites | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  /** What this user may do with it, as the server's rules say. */
  allowed: { change: boolean; agree: boolean; transitions: ActivityStatus[] };
}

export interface PlanView {
  plan: { fullTimeHours: number; version: number };
  goals: Goal[];
  activities: Activity[];
}

export interface SavedActivity {
  activity: Activity;
  warnings: PlanWarning[];
}

/** The fields of a new activity, as the API takes them. */
export interface NewActivity {
  kind: ActivityKind;
  title: string;
  description?: string | null;
  ownerOrganisationId: string | null;
  startDate: string;
  endDate?: string | null;
  schedule: Schedule;
  place?: string | null;
  goalId?: string | null;
  agreed?: boolean;
  /** Null: the kind's defaults apply (DEFAULT_PREREQUISITES). */
  prerequisites?: Prerequisites | null;
  status?: 'proposed' | 'planned';
}

export type ActivityChange = Partial<Omit<NewActivity, 'status'>> & { version: number };

export interface ActivityVersion {
  version: number;
  changedAt: string;
  changedByName: string | null;
  changedByOrganisationName: string | null;
  byParticipant: boolean;
  changes: { field: ActivityField; from: unknown; to: unknown }[];
}
