import { DATA_CATEGORIES } from '../../../common/roles.ts';

/**
 * Every table holding a participant's data, and where the export (gdpr/export.ts) puts it. A test reads the schema
 * and fails when a table with a `participant_id` column is in neither list, so a new table cannot be left out of
 * the person's right of access (GDPR art. 15) unnoticed.
 */
export const EXPORTED_TABLES: Record<string, string> = {
  participants: 'identity, contact',
  users: 'accounts (the person’s own login, without its password)',
  engagements: 'engagements',
  consents: 'consents (given, withdrawn: the history)',
  joint_intakes: 'intake.housingDate',
  intake_meetings: 'intake.meetings',
  intake_invitations: 'intake.meetings[].invitations',
  intake_sections: 'intake.sections',
  intake_section_versions: 'intake.sections[].versions',
  circumstances: 'intake.circumstances',
  plans: 'plan',
  goals: 'plan.goals',
  goal_versions: 'plan.goals[].versions',
  activities: 'plan.activities',
  activity_versions: 'plan.activities[].versions',
  warning_acknowledgements: 'acknowledgements',
  progression_entries: 'progression',
  referrals: 'referrals',
  referral_events: 'referrals[].events',
  participations: 'participations (category progression)',
  follow_ups: 'participations[].followUps',
  message_threads: 'messages.threads (those the person takes part in; the others counted)',
  messages: 'messages.threads[].messages',
  audit_events: 'accessLog (organisation and role, never the user)',
  retention_log: 'removals',
};

/** Tables with a `participant_id` the export leaves out, each with the reason. */
export const EXCLUDED_TABLES: Record<string, string> = {};

/** The categories an export is audited as: one look at each. */
export const EXPORT_AUDIT_CATEGORIES: readonly string[] = [...DATA_CATEGORIES, 'consent'];
