/** A section of one person's record, shown to staff (`/participants/:id/…`) and to the person (`/me/…`). */
export interface PersonSectionProps {
  participantId: string;
  viewer: 'staff' | 'self';
}

export const PERSON_SECTIONS = ['overview', 'intake', 'plan', 'week', 'progression'] as const;
export type PersonSection = (typeof PERSON_SECTIONS)[number];
