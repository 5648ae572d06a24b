import type { ActivityKind, WarningKind } from '../../../../common/plan.ts';

/** What waits for the user themself (their own participants) or for their whole organisation. */
export type WorklistScope = 'mine' | 'organisation';

/** The person an item is about, as far as the user may see them (GET /api/worklist). */
export interface WorklistParticipant {
  id: string;
  name: string | null;
  protectedIdentity: boolean;
  identityReadable: boolean;
}

interface Item {
  key: string;
  /** The item's place in the web app; null where the user has no page to go to. */
  link: string | null;
}

export interface QuestionItem extends Item {
  participant: WorklistParticipant;
  threadId: string;
  askedByOrganisationName: string | null;
  askedAt: string;
  dueDate: string;
  overdue: boolean;
}

export interface MeetingItem extends Item {
  source: 'joint_intake' | 'activity';
  date: string;
  start: string;
  end: string;
  place: string | null;
  title: string | null;
  answer: 'pending' | 'accepted' | 'declined' | null;
  participant: WorklistParticipant | null;
}

export interface WindowItem extends Item {
  participant: WorklistParticipant;
  opens: string;
  closes: string;
  state: 'not_yet_open' | 'open' | 'closed';
  workingDaysLeft: number;
}

export interface ConsentItem extends Item {
  participant: WorklistParticipant;
  validTo: string;
  categories: string[];
}

export interface ActivityItem extends Item {
  participant: WorklistParticipant;
  activityId: string;
  title: string;
  kind: ActivityKind;
  status: string;
  endDate: string;
}

export interface WarningItem extends Item {
  participant: WorklistParticipant;
  kind: WarningKind;
  week: string;
  titles: string[];
}

export interface FollowUpItem extends Item {
  participant: WorklistParticipant;
  interventionName: string;
  daysAfterEnd: number;
  dueDate: string;
  state: 'due' | 'missed';
}

export interface Group<T> {
  count: number;
  items: T[];
}

export interface Worklist {
  scope: WorklistScope;
  today: string;
  week: string;
  groups: {
    questionsWaiting: Group<QuestionItem>;
    repliesOverdue: Group<QuestionItem>;
    meetingsToday: Group<MeetingItem>;
    meetingsThisWeek: Group<MeetingItem>;
    windowsClosing: Group<WindowItem>;
    consentsExpiring: Group<ConsentItem>;
    activitiesEnding: Group<ActivityItem>;
    warnings: Group<WarningItem>;
    followUps: Group<FollowUpItem>;
  };
}

export type GroupName = keyof Worklist['groups'];

/** The groups in the order the start page shows them: what is late or today first. */
export const GROUP_ORDER: readonly GroupName[] = [
  'repliesOverdue',
  'questionsWaiting',
  'meetingsToday',
  'meetingsThisWeek',
  'windowsClosing',
  'warnings',
  'activitiesEnding',
  'consentsExpiring',
  'followUps',
];
