import type { AccessLogEntry } from './types.ts';

/** Kinds of record the log names in plain words (accessLog.what.*); any other reads as "information about you". */
export const NAMED_RECORDS = [
  'participant',
  'participant_match',
  'engagement',
  'consent',
  'access_log',
  'intake',
  'intake_section',
  'interpreter_need',
  'preferred_language',
  'joint_intake',
  'intake_meeting',
  'intake_invitation',
  'plan',
  'goal',
  'activity',
  'activity_history',
  'calendar_week',
  'warning_acknowledgement',
  'progression',
  'progression_entry',
  'progression_facts',
  'message',
  'message_thread',
  'message_threads',
  'data_export',
  'plan_pdf',
  'eligibility',
  'circumstance',
  'referral',
  'participation',
  'follow_up',
] as const;

const ACTIONS = ['read', 'create', 'update', 'delete'];
const GRANTS = ['consent', 'own_organisation', 'engagement'];

/** Who did it: a translation key and its values (`role` is itself a key, translated by the caller). */
export type Who =
  | { key: 'accessLog.who.you' | 'accessLog.who.system' | 'roles.participant' }
  | { key: 'accessLog.who.staff'; organisation: string | null; role: string | null };

/** One row of the log as a plain sentence: "{who} {read|changed|…} {what}", and on which grant. */
export interface Description {
  sentenceKey: string;
  who: Who;
  whatKey: string;
  /** Why they could: with the person's consent, their own organisation's record, their engagement; none for the person. */
  grantKey: string | null;
}

/**
 * The plain-language parts of one row. The person reads their own rows as "you"; staff producing the log read them
 * as "the participant". A row without organisation or role was written by Kitt itself (a scheduled job).
 */
export function describeAccess(entry: AccessLogEntry, viewer: 'self' | 'staff'): Description {
  const sentenceKey = `accessLog.action.${ACTIONS.includes(entry.action) ? entry.action : entry.kind === 'read' ? 'read' : 'update'}`;
  let who: Who;
  if (entry.own) who = { key: viewer === 'self' ? 'accessLog.who.you' : 'roles.participant' };
  else if (entry.organisationName === null && entry.role === null) who = { key: 'accessLog.who.system' };
  else who = { key: 'accessLog.who.staff', organisation: entry.organisationName, role: entry.role === null ? null : `roles.${entry.role}` };
  const whatKey = `accessLog.what.${(NAMED_RECORDS as readonly string[]).includes(entry.resourceType) ? entry.resourceType : 'other'}`;
  const grantKey = !entry.own && GRANTS.includes(entry.grant) ? `accessLog.grant.${entry.grant}` : null;
  return { sentenceKey, who, whatKey, grantKey };
}
