import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { InitiativeState } from '../../../../../common/governance.ts';
import { formatDate } from '../../../lib/format.ts';
import { isolateLtr } from '../../../ui/Ltr.tsx';
import { Period } from '../../../ui/Period.tsx';
import { StatusBadge } from '../../../ui/StatusBadge.tsx';
import type { Initiative } from '../api.ts';

const TONE: Record<InitiativeState, 'neutral' | 'info' | 'success'> = {
  idea: 'neutral',
  proposed: 'info',
  decided: 'info',
  running: 'success',
  evaluated: 'info',
  implemented: 'success',
  ended: 'neutral',
};

/** Where an initiative is in its life, as a badge. */
export function StateBadge({ state }: { state: InitiativeState }) {
  const { t } = useTranslation();
  return <StatusBadge tone={TONE[state]}>{t(`initiatives.states.${state}`)}</StatusBadge>;
}

/** An initiative's period: either date may still be open. */
export function InitiativePeriod({ initiative: i }: { initiative: Pick<Initiative, 'startDate' | 'endDate'> }) {
  const { t } = useTranslation();
  if (i.startDate) return <Period from={i.startDate} to={i.endDate} />;
  if (i.endDate) return <>{t('initiatives.until', { date: isolateLtr(formatDate(i.endDate)) })}</>;
  return <>{t('initiatives.noPeriod')}</>;
}

/**
 * Why an initiative is at risk, in words, one sentence per reason. The end date keeps its order in right-to-left text
 * and, joined at its hyphens, is never broken over two lines.
 */
export function riskText(i: Pick<Initiative, 'atRisk' | 'endDate'>, t: TFunction) {
  const date = isolateLtr(formatDate(i.endDate).replace(/-/g, '-\u2060'));
  return i.atRisk.map((reason) => t(`initiatives.riskReasons.${reason}`, { date })).join(' ');
}
