import type { Me } from '../session/api.ts';
import { allows } from '../session/roles.ts';

export type NavKey =
  | 'start'
  | 'participants'
  | 'intakes'
  | 'referrals'
  | 'followUps'
  | 'catalogue'
  | 'utbildningsplikt'
  | 'procurement'
  | 'overview'
  | 'goals'
  | 'initiatives'
  | 'evaluation'
  | 'sus'
  | 'forbund'
  | 'meetings'
  | 'barometer'
  | 'users'
  | 'organisations'
  | 'myPage'
  | 'retention'
  | 'outbox';

export interface NavItem {
  key: NavKey;
  to: string;
}

/**
 * The menu a user sees, from the verbs the server allows them. The server enforces access regardless of what the menu shows.
 */
export function navigationFor(me: Pick<Me, 'allowedVerbs' | 'participantId'>): NavItem[] {
  const items: NavItem[] = [{ key: 'start', to: '/' }];
  if (allows(me, 'participant.list')) items.push({ key: 'participants', to: '/participants' });
  if (allows(me, 'intake.list')) items.push({ key: 'intakes', to: '/intakes' });
  if (allows(me, 'referral.respond')) items.push({ key: 'referrals', to: '/referrals' });
  if (me.participantId === null && allows(me, 'participation.write')) items.push({ key: 'followUps', to: '/follow-ups' });
  if (me.participantId === null && allows(me, 'catalogue.read')) items.push({ key: 'catalogue', to: '/catalogue' });
  if (allows(me, 'utbildningsplikt.read')) items.push({ key: 'utbildningsplikt', to: '/utbildningsplikt' });
  if (allows(me, 'procurement.read')) items.push({ key: 'procurement', to: '/procurement' });
  // The board's overview leads the governance pages: the one page a board member needs before a meeting.
  if (allows(me, 'governance.read')) items.push({ key: 'overview', to: '/overview' }, { key: 'goals', to: '/goals' });
  if (allows(me, 'governance.read')) items.push({ key: 'initiatives', to: '/initiatives' });
  if (allows(me, 'evaluation.read')) items.push({ key: 'evaluation', to: '/evaluation' }, { key: 'sus', to: '/sus' });
  if (allows(me, 'governance.read')) items.push({ key: 'forbund', to: '/forbund' });
  if (allows(me, 'governance.read')) items.push({ key: 'meetings', to: '/meetings' });
  if (allows(me, 'governance.read')) items.push({ key: 'barometer', to: '/barometer' });
  if (me.participantId !== null) items.push({ key: 'myPage', to: '/me' });
  if (allows(me, 'user.list')) items.push({ key: 'users', to: '/admin/users' });
  if (allows(me, 'organisation.manage')) items.push({ key: 'organisations', to: '/admin/organisations' });
  if (allows(me, 'retention.manage')) items.push({ key: 'retention', to: '/admin/retention' });
  if (allows(me, 'outbox.read')) items.push({ key: 'outbox', to: '/admin/outbox' });
  return items;
}
