import { useParams } from 'react-router';
import { useCurrentUser } from '../../session/hooks.ts';
import { IntakeSection } from '../../intake/components/IntakeSection.tsx';
import { PlanSection } from '../../plan/components/PlanSection.tsx';
import { WeekSection } from '../../calendar/components/WeekSection.tsx';
import { ProgressionSection } from '../../progression/components/ProgressionSection.tsx';
import { MessagesSection } from '../../messages/components/MessagesSection.tsx';
import { AccessLogSection } from '../../access-log/components/AccessLogSection.tsx';
import { MyConsents } from '../../me/MyConsents.tsx';
import { ReferralsSection } from '../../referrals/components/ReferralsSection.tsx';
import type { PersonSection, PersonSectionProps } from '../types.ts';

const SECTIONS: Record<Exclude<PersonSection, 'overview'>, (props: PersonSectionProps) => React.ReactNode> = {
  intake: IntakeSection,
  plan: PlanSection,
  week: WeekSection,
  progression: ProgressionSection,
  referrals: ReferralsSection,
  messages: MessagesSection,
  consents: MyConsents,
  'access-log': AccessLogSection,
};

/** One section of a person's record: the participant from the path for staff, the signed-in person's own for `self`. */
export function PersonSectionRoute({
  section,
  viewer,
}: {
  section: Exclude<PersonSection, 'overview'>;
  viewer: PersonSectionProps['viewer'];
}) {
  const { id } = useParams();
  const me = useCurrentUser();
  const participantId = viewer === 'self' ? me.participantId : (id ?? null);
  if (!participantId) return null;
  const Section = SECTIONS[section];
  return <Section key={participantId} participantId={participantId} viewer={viewer} />;
}
