/** A section of one person's record, shown to staff (`/participants/:id/…`) and to the person (`/me/…`). */
export interface PersonSectionProps {
  participantId: string;
  viewer: 'staff' | 'self';
}

export const PERSON_SECTIONS = [
  'overview',
  'intake',
  'plan',
  'week',
  'progression',
  'referrals',
  'messages',
  'consents',
  'access-log',
] as const;
export type PersonSection = (typeof PERSON_SECTIONS)[number];

/** Staff reach consents from the overview; the person has their own consents page. Both see the log of who looked. */
export const SECTIONS_FOR: Record<PersonSectionProps['viewer'], readonly PersonSection[]> = {
  staff: ['overview', 'intake', 'plan', 'week', 'progression', 'referrals', 'messages', 'access-log'],
  self: ['overview', 'plan', 'week', 'progression', 'referrals', 'messages', 'consents', 'access-log', 'intake'],
};
