import { useTranslation } from 'react-i18next';
import type { DecisionOutcome, MaterialStatus, MeetingBody } from '../../../../../common/governance.ts';
import { StatusBadge } from '../../../ui/StatusBadge.tsx';

/** Which body meets: the board decides, the preparation group prepares. */
export function BodyBadge({ body }: { body: MeetingBody }) {
  const { t } = useTranslation();
  return <StatusBadge tone={body === 'board' ? 'info' : 'neutral'}>{t(`meetings.bodies.${body}`)}</StatusBadge>;
}

const MATERIAL_TONE = { on_time: 'success', late: 'warning', missing: 'warning', pending: 'neutral' } as const;

/** Whether an item's material reached the members in time, in words; nothing for an item that needs none. */
export function MaterialBadge({ status }: { status: MaterialStatus }) {
  const { t } = useTranslation();
  if (status === 'none') return null;
  return <StatusBadge tone={MATERIAL_TONE[status]}>{t(`meetings.material.${status}`)}</StatusBadge>;
}

const OUTCOME_TONE = { adopted: 'success', rejected: 'warning', tabled: 'neutral' } as const;

export function OutcomeBadge({ outcome }: { outcome: DecisionOutcome }) {
  const { t } = useTranslation();
  return <StatusBadge tone={OUTCOME_TONE[outcome]}>{t(`meetings.outcomes.${outcome}`)}</StatusBadge>;
}
